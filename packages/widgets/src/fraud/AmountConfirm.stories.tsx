import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AmountConfirm } from './AmountConfirm';

const meta = {
  title: 'Widgets/Fraud/AmountConfirm',
  component: AmountConfirm,
  tags: ['autodocs'],
  args: { amountFen: 1_200_000, payeeName: '王小明', payeeAccount: '6222 **** **** 1234', payeeBank: '中国工商银行', onConfirm: fn(), onBack: fn() },
  decorators: [(Story) => <div style={{ padding: 'var(--yf-space-4)' }}>{Story()}</div>],
  parameters: {
    localeArgs: { 'en-US': { payeeName: 'Wang Xiaoming', payeeBank: 'Industrial and Commercial Bank of China' } },
    docs: {
      description: {
        component:
          '最后确认：收款人姓名大字显示，金额同时显示数字和大写，可以“读给我听”（语音按钮放在 speakSlot，或用 onReadAloud 回调）。\n\n' +
          'The last check: the payee name large, the amount in figures and 大写, read aloud on request (a speech control in `speakSlot`, or the `onReadAloud` callback).',
      },
    },
  },
} satisfies Meta<typeof AmountConfirm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('¥12,000.00')).toBeVisible();
    await expect(canvas.getByText('壹万贰仟元整')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '确认转账' }));
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
  },
};

export const ReadAloudCallback: Story = {
  args: { onReadAloud: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '读给我听' }));
    await expect(args.onReadAloud).toHaveBeenCalledWith('向 王小明 转账 一万二千元。');
  },
};

export const WithFen: Story = { args: { amountFen: 1_640_902 } };
export const LongPayeeName: Story = {
  args: { payeeName: '北京市朝阳区某某养老服务有限责任公司第一分公司（长者食堂）Golden Years Elderly Care Co., Ltd.' },
  parameters: { localeArgs: { 'en-US': { payeeName: 'Golden Years Elderly Care Services Co., Ltd., First Branch (Senior Canteen), Chaoyang District, Beijing' } } },
};
export const InvalidAmount: Story = {
  args: { amountFen: Number.NaN },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('金额有误，请返回修改。')).toBeVisible();
    await expect(within(canvasElement).queryByRole('button', { name: '确认转账' })).toBeNull();
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const LargeTextNarrow: Story = {
  globals: { mode: 'elder', textScale: '2' },
  args: { amountFen: 12_345_678_900 },
  decorators: [(Story) => <div style={{ inlineSize: '100%', maxInlineSize: '320px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const section = within(canvasElement).getByRole('region');
    await expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth + 1);
  },
};
export const HighContrast: Story = { globals: { mode: 'high-contrast' } };
export const English: Story = {
  globals: { locale: 'en-US' },
  args: { payeeName: 'Wang Xiaoming', payeeBank: 'Industrial and Commercial Bank of China', onReadAloud: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('twelve thousand yuan')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Read it to me' }));
    await expect(args.onReadAloud).toHaveBeenCalledWith('Paying twelve thousand yuan to Wang Xiaoming.');
  },
};
