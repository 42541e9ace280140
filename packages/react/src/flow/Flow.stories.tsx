import type { Meta, StoryObj } from '@storybook/react-vite';
import type { FlowDefinition } from '@yinfa/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RadioGroup } from '../radio-group/RadioGroup';
import { TextField } from '../text-field/TextField';
import { useLocale } from '../provider/context';
import { CheckAnswers } from './CheckAnswers';
import { Confirmation } from './Confirmation';
import { Flow, FlowStep, QuestionPage } from './Flow';
import { useFlow } from './useFlow';

type Answers = { meal?: 'dine' | 'deliver'; address?: string; name?: string };

const definition: FlowDefinition<Answers> = {
  id: 'story-meal',
  checkStep: 'check',
  steps: [
    { id: 'meal', fields: ['meal'], validate: (a) => (a.meal ? [] : [{ field: 'meal', message: 'meal' }]) },
    { id: 'address', fields: ['address'], when: (a) => a.meal === 'deliver', validate: (a) => (a.address?.trim() ? [] : [{ field: 'address', message: 'address' }]) },
    { id: 'name', fields: ['name'], validate: (a) => (a.name?.trim() ? [] : [{ field: 'name', message: 'name' }]) },
    { id: 'check', countInProgress: false },
  ],
};

const words = {
  'zh-CN': {
    meal: '请选择在哪里吃饭', address: '请输入送餐地址，例如：幸福小区 3 号楼 501', name: '请输入您的姓名',
    qMeal: '您想怎么用餐？', dine: '到助餐点吃', deliver: '送餐到家', qAddress: '送到哪里？', addressLabel: '送餐地址', qName: '您的姓名', nameLabel: '姓名',
    check: '核对信息', submit: '提交', done: '已提交', next: '助餐点会在今天 17:00 前打电话给您。',
  },
  'en-US': {
    meal: 'Choose where to eat', address: 'Enter the delivery address, for example: Flat 501, Building 3', name: 'Enter your name',
    qMeal: 'How would you like your meals?', dine: 'At the meal point', deliver: 'Delivered home', qAddress: 'Where should we deliver?', addressLabel: 'Delivery address', qName: 'Your name', nameLabel: 'Name',
    check: 'Check your answers', submit: 'Send', done: 'Request sent', next: 'The meal point will call you before 5 pm today.',
  },
};

/** A three-question journey with a branch (the address is asked only for delivery). */
function MealFlow() {
  const [locale] = useLocale();
  const w = words[locale];
  const flow = useFlow<Answers>({ definition, draft: false });
  const err = (field: string) => flow.errors.find((e) => e.field === field);
  // Question pages read progress, back, continue and errors from the Flow; it only needs the error words and field ids.
  const pages = { errorText: (e: { message: string }) => w[e.message as 'meal'], fieldId: (field: string) => `story-${field}` };
  // The confirmation stays inside the same Flow, so its heading takes focus like every other page's.
  if (flow.submittedView === 'done')
    return (
      <Flow flow={flow} {...pages}>
        <Confirmation title={w.done} reference="ZC20260610" tone="pending" whatNext={<p>{w.next}</p>} />
      </Flow>
    );
  return (
    <Flow flow={flow} {...pages}>
      <FlowStep id="meal">
        <QuestionPage>
          <RadioGroup id="story-meal" legendAsHeading={1} label={w.qMeal} error={err('meal') && w.meal} value={flow.answers.meal ?? ''} onValueChange={(v) => flow.setAnswers({ meal: v as Answers['meal'] })}
            options={[{ value: 'dine', label: w.dine }, { value: 'deliver', label: w.deliver }]} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="address">
        <QuestionPage title={w.qAddress}>
          <TextField id="story-address" label={w.addressLabel} error={err('address') && w.address} value={flow.answers.address ?? ''} onChange={(e) => flow.setAnswers({ address: e.target.value })} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="name">
        <QuestionPage title={w.qName}>
          <TextField id="story-name" label={w.nameLabel} error={err('name') && w.name} value={flow.answers.name ?? ''} onChange={(e) => flow.setAnswers({ name: e.target.value })} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="check">
        <QuestionPage title={w.check} continueLabel={w.submit} onContinue={() => flow.markSubmitted('ZC20260610')}>
          <CheckAnswers
            rows={[
              { key: 'meal', label: w.qMeal, value: flow.answers.meal ? w[flow.answers.meal] : undefined, onChangeRequest: () => flow.change('meal') },
              ...(flow.answers.meal === 'deliver' ? [{ key: 'address', label: w.addressLabel, value: flow.answers.address, onChangeRequest: () => flow.change('address') }] : []),
              { key: 'name', label: w.nameLabel, value: flow.answers.name, onChangeRequest: () => flow.change('name') },
            ]}
          />
        </QuestionPage>
      </FlowStep>
    </Flow>
  );
}

const meta = {
  title: 'Flows/Question pages',
  component: MealFlow,
  parameters: {
    docs: {
      description: {
        component:
          '一页一个问题：返回链接不丢答案、不破坏浏览器的“后退”；问题就是页面标题；“继续”按钮；可选的“第 2 步，共 3 步”。流程状态（答案、当前步骤、校验、分支）是 @yinfa/core 里的纯状态机。\n\n' +
          'One question per page: a back link that never loses answers and keeps the browser’s Back working, the question as the heading, a Continue button, optional progress text. The state machine lives in @yinfa/core.',
      },
    },
  },
} satisfies Meta<typeof MealFlow>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Journey: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByText('第 1 步，共 2 步')).toBeInTheDocument();
    await userEvent.click(c.getByRole('radio', { name: '送餐到家' }));
    await expect(c.getByText('第 1 步，共 3 步')).toBeInTheDocument(); // the branch adds a step
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.type(await c.findByLabelText('送餐地址'), '幸福小区 3 号楼 501');
    await userEvent.click(c.getByRole('button', { name: '返回' }));
    await c.findByRole('radio', { name: '送餐到家', checked: true });
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await expect(await c.findByLabelText('送餐地址')).toHaveValue('幸福小区 3 号楼 501'); // back never loses answers
  },
};

export const ErrorOnContinue: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    const summary = await c.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getByRole('link', { name: '请选择在哪里吃饭' })).toHaveAttribute('href', '#story-meal');
  },
};

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: 'Continue' }));
    await expect(await c.findByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' } };
