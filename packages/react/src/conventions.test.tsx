/**
 * One API convention over every @yinfa/react export (the rule: docs/contributing.md, "API convention"; the check:
 * test/setup/conventions.tsx). Each row renders a component with the least props it needs; a new PascalCase
 * export without a row or a reasoned exemption fails the completeness check at the end.
 */
import { createFakeEngine, createFakeRecognition } from '@yinfa/core';
import * as Yinfa from '@yinfa/react';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conventionSuite, inside, itself, type Row } from '../../../test/setup/conventions';

const {
  Button, IconButton, Link, FieldShell, FieldLabel, FieldHint, FieldError, TextField, Textarea, PhoneField, AmountField,
  Checkbox, RadioGroup, Switch, Select, Alert, Banner, Card, Stack, Cluster, VisuallyHidden, SkipLink, Spinner, Progress,
  BackLink, FlowActions, LinkButton, ConfirmationPanel, ErrorSummary, CheckAnswers, SummaryList, Confirmation, DayPicker,
  TimeSlots, SpeakButton, ReadAloudButton, ReadAloud, SpeechSettings, TaskGrid, TaskTile, VoiceInput,
  CloseIcon, QuestionPage, Flow, DialogRoot, DialogContent, SpeechProvider, VoiceInputProvider,
} = Yinfa;

const flow = { current: 'a', steps: ['a'], state: { errorCount: 0 }, errors: [], navigation: undefined } as never;
const days = [{ date: '2026-12-03', available: true }];
const slots = [{ id: 's1', start: '2026-12-03T09:00:00+08:00', end: '2026-12-03T10:30:00+08:00', available: true }];

const REACT: Record<string, Row> = {
  Button: { make: (p) => <Button {...p}>确定</Button> },
  IconButton: { make: (p) => <IconButton {...p} label="关闭" icon={<CloseIcon />} /> },
  Link: { make: (p) => <Link {...p} href="/a">链接</Link> },
  FieldShell: { make: (p) => <FieldShell {...p} label="姓名" ids={{ inputId: 'f1', labelId: 'f1-l', hintId: 'f1-h', errorId: 'f1-e', extraId: 'f1-x' }}><input id="f1" /></FieldShell> },
  FieldLabel: { make: (p) => <FieldLabel {...p} htmlFor="x">姓名</FieldLabel> },
  FieldHint: { make: (p) => <FieldHint {...p}>提示</FieldHint> },
  FieldError: { make: (p) => <FieldError {...p}>错误</FieldError> },
  TextField: { make: (p) => <TextField {...p} label="姓名" />, control: inside('input') },
  Textarea: { make: (p) => <Textarea {...p} label="备注" />, control: inside('textarea') },
  PhoneField: { make: (p) => <PhoneField {...p} label="手机号" />, control: inside('input') },
  AmountField: { make: (p) => <AmountField {...p} label="金额" />, control: inside('input') },
  Checkbox: { make: (p) => <Checkbox {...p} label="同意" />, control: inside('input') },
  RadioGroup: { make: (p) => <RadioGroup {...p} label="性别" options={[{ value: 'a', label: '甲' }]} />, control: itself, inputPropsOn: inside('input') },
  Switch: { make: (p) => <Switch {...p} label="开关" />, control: inside('button') },
  Select: { make: (p) => <Select {...p} label="城市" options={[{ value: 'a', label: '甲' }]} />, control: inside('select') },
  DayPicker: { make: (p) => <DayPicker {...p} days={days} today="2026-12-02" />, control: inside('fieldset'), inputPropsOn: inside('input') },
  TimeSlots: { make: (p) => <TimeSlots {...p} slots={slots} />, control: itself, inputPropsOn: inside('input') },
  Alert: { make: (p) => <Alert {...p}>注意</Alert> },
  Banner: { make: (p) => <Banner {...p}>注意</Banner> },
  Card: { make: (p) => <Card {...p}>内容</Card> },
  Stack: { make: (p) => <Stack {...p}>内容</Stack> },
  Cluster: { make: (p) => <Cluster {...p}>内容</Cluster> },
  VisuallyHidden: { make: (p) => <VisuallyHidden {...p}>内容</VisuallyHidden> },
  SkipLink: { make: (p) => <SkipLink {...p} href="#main" /> },
  Spinner: { make: (p) => <Spinner {...p} /> },
  Progress: { make: (p) => <Progress {...p} label="上传" value={1} max={3} /> },
  BackLink: { make: (p) => <BackLink {...p} onClick={() => {}} /> },
  FlowActions: { make: (p) => <FlowActions {...p}><Button>继续</Button></FlowActions> },
  LinkButton: { make: (p) => <LinkButton {...p}>修改</LinkButton> },
  ConfirmationPanel: { make: (p) => <ConfirmationPanel {...p} title="已提交" /> },
  ErrorSummary: { make: (p) => <ErrorSummary {...p} errors={[{ field: 'a', message: '请填写' }]} /> },
  CheckAnswers: { make: (p) => <CheckAnswers {...p} rows={[{ key: 'a', label: '姓名', value: '张三' }]} /> },
  SummaryList: { make: (p) => <SummaryList {...p} rows={[{ key: 'a', label: '姓名', value: '张三' }]} /> },
  Confirmation: { make: (p) => <Confirmation {...p} title="已提交" /> },
  Flow: { make: (p) => <Flow {...p} flow={flow}>内容</Flow> },
  QuestionPage: { make: (p) => <QuestionPage {...p} title="您的姓名">内容</QuestionPage> },
  DialogContent: {
    make: (p) => <DialogRoot open><DialogContent {...p} title="标题">内容</DialogContent></DialogRoot>,
    outer: () => document.querySelector<HTMLElement>('[role="dialog"]'),
  },
  SpeakButton: { make: (p) => <SpeechProvider engine={createFakeEngine()}><SpeakButton {...p} text="您好" /></SpeechProvider> },
  ReadAloudButton: { make: (p) => <SpeechProvider engine={createFakeEngine()}><ReadAloudButton {...p} /></SpeechProvider> },
  ReadAloud: { make: (p) => <ReadAloud {...p}>内容</ReadAloud>, refIsHandle: true },
  SpeechSettings: { make: (p) => <SpeechSettings {...p} /> },
  TaskGrid: { make: (p) => <TaskGrid {...p}><TaskTile href="/a">缴费</TaskTile></TaskGrid> },
  TaskTile: { make: (p) => <TaskTile {...p} href="/a">缴费</TaskTile> },
  VoiceInput: { make: (p) => <VoiceInputProvider engine={createFakeRecognition()}><VoiceInput {...p} inputId="answer" /></VoiceInputProvider> },
};

/** Exports that are not components rendering an element of their own, each with the reason. */
const REACT_EXEMPT: Record<string, string> = {
  YinfaProvider: 'provider: its root is the .yf-root the host styles through its own props',
  ModeScope: 'context scope around children',
  MessagesScope: 'context scope around children',
  RouterProvider: 'context provider',
  SpeechProvider: 'context provider',
  SpeechPlayer: 'context provider (SpeechProvider without the read-aloud slot)',
  VoiceInputProvider: 'context provider',
  YinfaContext: 'React context',
  ReadAloudSlotContext: 'React context',
  ReadAloudOutlet: 'fills a slot with the read-aloud button the provider was given (renders the host’s element)',
  CaptionBar: 'renders only while something is read aloud (its className is checked in speech tests, not here)',
  FlowStep: 'renders its children only when its step is current (no element of its own)',
  Dialog: 'composes DialogRoot + DialogContent; host props go to DialogContent (checked above)',
  DialogRoot: 'Radix context root, no element',
  DialogTrigger: 'Radix part (asChild trigger), Radix’s own convention',
  DialogClose: 'Radix part (asChild close), Radix’s own convention',
  DialogPortal: 'Radix portal, no element',
  ConfirmDialog: 'a whole dialog configured by props; its panel is DialogContent (checked above)',
  TimeoutWarning: 'renders nothing until the warning opens a ConfirmDialog',
  Toolbar: 'being rebuilt under its own issue (packages/react/src/toolbar is owned there)',
  ReadingGuide: 'toolbar part, owned by the toolbar rebuild',
  TextOnlyView: 'toolbar part (the toolbar’s own 纯文本 content from @yinfa/dom in a Dialog): documented with the Toolbar',
  MessageWithPart: 'text for inside the caller’s own element: words and one lang span, no element of its own for className or ref',
  TaskIcons: 'constant: a map of icon components',
  SpinnerIcon: 'icon (decorative svg)',
  CloseIcon: 'icon (decorative svg)',
  InfoIcon: 'icon (decorative svg)',
  SuccessIcon: 'icon (decorative svg)',
  WarningIcon: 'icon (decorative svg)',
  DangerIcon: 'icon (decorative svg)',
  ExternalIcon: 'icon (decorative svg)',
};

conventionSuite('@yinfa/react', Yinfa, REACT, REACT_EXEMPT);

/** Radix's `data-state` words (Dialog, Checkbox, Tabs, Toggle, Progress); docs/contributing.md lists them. */
const RADIX_STATES = new Set(['open', 'closed', 'checked', 'unchecked', 'indeterminate', 'active', 'inactive', 'on', 'off', 'complete', 'loading']);

describe('data-state values follow Radix vocabulary', () => {
  it('every data-state value written in packages/*/src (JSX, dataset, CSS selectors) is a Radix word', () => {
    const root = path.resolve(__dirname, '../..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\/src\/.*\.(tsx?|css)$/.test(`/${f}`) && !f.includes('node_modules') && !/\.(test|stories)\.tsx?$/.test(f))
      .map((f) => path.join(root, f));
    const found = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const uses = [
        ...text.matchAll(/data-state=\{([^}]*)\}/g), // JSX expression: every quoted word in it
        ...text.matchAll(/data-state=["']([^"']*)["']/g), // JSX literal or CSS [data-state='x']
        ...text.matchAll(/dataset\.state\s*=\s*([^;\n]*)/g),
      ];
      for (const [, expr = ''] of uses) {
        const words = /['"]/.test(expr) ? [...expr.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '') : [expr];
        for (const w of words) if (!RADIX_STATES.has(w)) found.set(`${path.relative(root, file)}: ${w}`, w);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect([...found.keys()]).toEqual([]);
  });
});
