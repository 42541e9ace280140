import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useState } from 'react';
import { useLocale } from '../provider/context';
import { TextField } from '../text-field/TextField';
import { ErrorSummary } from './ErrorSummary';

const LABELS: Record<string, { 'zh-CN': string; 'en-US': string }> = {
  'demo-phone': { 'zh-CN': '手机号码', 'en-US': 'Mobile number' },
  'demo-name': { 'zh-CN': '姓名', 'en-US': 'Name' },
};

function ErrorSummaryDemo({ errors }: { errors: { field: string; message: string }[] }) {
  const [locale] = useLocale();
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ErrorSummary errors={errors} manageTitle />
      {errors.map((e) => (
        <TextField key={e.field} id={e.field} label={LABELS[e.field]?.[locale] ?? 'Name'} error={e.message} />
      ))}
    </div>
  );
}

const meta = {
  title: 'Flows/Error summary',
  component: ErrorSummaryDemo,
  parameters: {
    docs: {
      description: {
        component:
          '错误汇总：一个或多个错误都显示，出现时获得焦点，每条链接到对应输入框，文字与框旁的提示相同，页面标题前加“错误：”。\n\n' +
          'Shown for one error or many; takes focus; links each error to its field with the same words; prefixes the page title with "Error: ".',
      },
    },
  },
} satisfies Meta<typeof ErrorSummaryDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OneError: Story = {
  args: { errors: [{ field: 'demo-phone', message: '请输入 11 位手机号，以 1 开头，例如 138 0013 8000' }] },
  parameters: { localeArgs: { 'en-US': { errors: [{ field: 'demo-phone', message: 'Enter an 11-digit mobile number starting with 1, for example 138 0013 8000' }] } } },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await waitFor(() => expect(c.getByRole('alert')).toHaveFocus());
    await expect(document.title.startsWith('错误：')).toBe(true);
    await userEvent.click(c.getByRole('link'));
    await expect(c.getByLabelText(/手机号码/)).toHaveFocus();
  },
};
export const SeveralErrors: Story = {
  args: {
    errors: [
      { field: 'demo-name', message: '请输入老人的姓名' },
      { field: 'demo-phone', message: '号码少了几位。手机号是 11 位，例如 138 0013 8000' },
    ],
  },
  parameters: {
    localeArgs: {
      'en-US': {
        errors: [
          { field: 'demo-name', message: 'Enter the older person’s name' },
          { field: 'demo-phone', message: 'The number is too short. A mobile number has 11 digits, for example 138 0013 8000' },
        ],
      },
    },
  },
};
export const English: Story = { globals: { locale: 'en-US' }, args: { errors: [{ field: 'demo-en', message: 'Enter your full name' }] } };

/** A field that fixes itself: the summary goes away when the error does, and the title loses its prefix. */
function Fixable() {
  const en = useLocale()[0] === 'en-US';
  const [value, setValue] = useState('');
  const errors = value.trim() ? [] : [{ field: 'demo-fix', message: en ? 'Enter your name' : '请输入您的姓名' }];
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ErrorSummary errors={errors} />
      <TextField id="demo-fix" label={en ? 'Name' : '姓名'} error={errors[0]?.message} value={value} onChange={(e) => setValue(e.target.value)} />
    </div>
  );
}
export const ClearsWhenFixed: Story = {
  args: { errors: [] },
  render: () => <Fixable />,
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByLabelText('姓名'), '王');
    await expect(c.queryByRole('alert')).toBeNull();
    await expect(document.title.startsWith('错误：')).toBe(false);
  },
};
