/**
 * Foundations/Targets and focus: the target size of each mode (44px standard and high contrast, 60px elder:
 * MIIT APP 2.1, WCAG 2.5.5) shown on real controls with their measured size, and the one focus ring
 * (≥ 2px, ≥ 3:1 against what it sits on: WCAG 2.4.13 / 1.4.11) with its measured contrast in each mode.
 */
import { contrastRatio, MODE_BARS } from '@yinfa/core';
import type { YinfaMode } from '@yinfa/tokens';
import type { ReactNode } from 'react';
import { Button } from '../button/Button';
import { Checkbox } from '../checkbox/Checkbox';
import { IconButton } from '../icon-button/IconButton';
import { CloseIcon } from '../icons/icons';
import { Cluster, Stack } from '../layout/Layout';
import { Link } from '../link/Link';
import { useYinfa } from '../provider/context';
import { Switch } from '../switch/Switch';
import { boxOf, cardGrid, ModeSection, MODES, remFormula, token, useMeasured } from './parts';

const WORDS = {
  'zh-CN': {
    target: '最小点击区域',
    measured: '实测',
    controls: '真实控件（量出的大小）',
    button: '确认',
    close: '关闭',
    checkbox: '记住我的选择',
    switch: '到账提醒',
    link: '查看收费标准',
    focus: '焦点框',
    focusHint: '用键盘 Tab 到下面的按钮，就能看到焦点框：外圈是焦点色，里圈是衬底色，所以在彩色按钮上也看得见。',
    width: '宽度',
    offset: '与控件的间隙',
    ring: '焦点色',
    onPage: '对页面底色',
    onCard: '对卡片底色',
    onHalo: '对衬底色',
    meets: '达标',
    fails: '不达标',
    tryIt: '按 Tab 到这里',
  },
  'en-US': {
    target: 'Smallest target',
    measured: 'measured',
    controls: 'Real controls (measured size)',
    button: 'Confirm',
    close: 'Close',
    checkbox: 'Remember my choice',
    switch: 'Arrival alerts',
    link: 'See the fees',
    focus: 'Focus ring',
    focusHint: 'Tab to the button below to see the ring: the focus colour outside, the halo colour inside, so it shows on coloured buttons too.',
    width: 'width',
    offset: 'gap to the control',
    ring: 'ring colour',
    onPage: 'on the page',
    onCard: 'on a card',
    onHalo: 'on its halo',
    meets: 'meets',
    fails: 'fails',
    tryIt: 'Tab to me',
  },
};
type Words = (typeof WORDS)['zh-CN'];

/** A control with its drawn size beside it (the box the audit measures: a checkbox's or switch's label). */
function Measured({ children, label, box }: { children: ReactNode; label: string; box: string }) {
  const { mode, textScale } = useYinfa();
  const [ref, size] = useMeasured<HTMLSpanElement>((el) => boxOf(el.querySelector<HTMLElement>(box) ?? el), [mode, textScale]);
  return (
    <li data-measured={size}>
      <Stack gap={1}>
        <span ref={ref} style={{ display: 'inline-flex' }}>
          {children}
        </span>
        <span>
          {label}: {size}
        </span>
      </Stack>
    </li>
  );
}

function Targets({ mode, words }: { mode: YinfaMode; words: Words }) {
  const target = token(mode, 'size-target');
  return (
    <>
      <p data-target={target}>
        {words.target} <code>--yf-size-target</code>: {remFormula(target)}
      </p>
      <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.controls}</h4>
      <ul style={cardGrid('14em')}>
        <Measured box="button" label={`Button · ${words.measured}`}>
          <Button variant="primary">
            {words.button}
          </Button>
        </Measured>
        <Measured box="button" label={`IconButton · ${words.measured}`}>
          <IconButton label={words.close} icon={<CloseIcon />} />
        </Measured>
        <Measured box="label" label={`Checkbox · ${words.measured}`}>
          <Checkbox label={words.checkbox} />
        </Measured>
        <Measured box="button" label={`Switch · ${words.measured}`}>
          <Switch label={words.switch} />
        </Measured>
        <Measured box="a" label={`Link · ${words.measured}`}>
          <Link standalone href="#fees">{words.link}</Link>
        </Measured>
      </ul>
    </>
  );
}

function Ratio({ fg, bg, bar, label, words }: { fg: string; bg: string; bar: number; label: string; words: Words }) {
  const ratio = contrastRatio(fg, bg);
  return (
    <li data-ring-ratio={ratio.toFixed(2)}>
      {label} {bg}: {ratio.toFixed(2)}:1 (≥ {bar}:1, {ratio >= bar ? words.meets : words.fails})
    </li>
  );
}

function Focus({ mode, words }: { mode: YinfaMode; words: Words }) {
  const focus = token(mode, 'color-focus');
  const bar = MODE_BARS[mode].nonText;
  return (
    <>
      <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.focus}</h4>
      <p>{words.focusHint}</p>
      <ul style={{ margin: 0, paddingInlineStart: 'var(--yf-space-5)' }}>
        <li>
          {words.width} <code>--yf-focus-width</code>: {remFormula(token(mode, 'focus-width'))}
        </li>
        <li>
          {words.offset} <code>--yf-focus-offset</code>: {remFormula(token(mode, 'focus-offset'))}
        </li>
        <li>
          {words.ring} <code>--yf-color-focus</code>: {focus} · <code>--yf-color-focus-halo</code>: {token(mode, 'color-focus-halo')}
        </li>
        <Ratio fg={focus} bg={token(mode, 'color-background')} bar={bar} label={words.onPage} words={words} />
        <Ratio fg={focus} bg={token(mode, 'color-surface')} bar={bar} label={words.onCard} words={words} />
        <Ratio fg={focus} bg={token(mode, 'color-focus-halo')} bar={bar} label={words.onHalo} words={words} />
      </ul>
      <Cluster gap={4} style={{ padding: 'var(--yf-space-3)' }}>
        <Button variant="primary" data-focus-try={mode}>
          {words.tryIt}
        </Button>
        <Button variant="secondary">{words.tryIt}</Button>
      </Cluster>
    </>
  );
}

export function TargetsAndFocus() {
  const { locale } = useYinfa();
  const words = WORDS[locale] ?? WORDS['zh-CN'];
  return (
    <Stack gap={5}>
      {MODES.map((mode) => (
        <ModeSection key={mode} mode={mode} idPrefix="targets">
          <Targets mode={mode} words={words} />
          <Focus mode={mode} words={words} />
        </ModeSection>
      ))}
    </Stack>
  );
}
