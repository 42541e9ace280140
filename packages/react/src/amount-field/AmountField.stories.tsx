import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AmountField } from './AmountField';

const meta = {
  title: 'Forms/AmountField',
  component: AmountField,
  tags: ['autodocs'],
  args: { label: '转账金额', hint: '可以写 1,000 或 1.5万', onAmountChange: fn() },
  parameters: {
    localeArgs: {
      'en-US': {
        label: 'Amount to transfer',
        // 万 (ten thousand) is a way of writing the amount that the field accepts: marked as Chinese.
        hint: (
          <>
            You can type 1,000 or <span lang="zh-CN">1.5万</span> (15,000)
          </>
        ),
      },
    },
    docs: {
      description: {
        component:
          '金额以整数“分”保存；接受逗号、万、全角数字；在数字旁实时显示大写金额（如 壹万贰仟元整），与银行单据一致；拒绝负数和过大的金额。\n\n' +
          'Money as integer fen. Accepts commas, 万 and full-width digits; shows the 大写 amount live beside the figure; rejects negative or absurd amounts.',
      },
    },
  },
} satisfies Meta<typeof AmountField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Typing 1.2万 shows ¥12,000.00 and 壹万贰仟元整 at once. */
export const ShowsUppercase: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /转账金额/ }), '1.2万');
    await expect(canvas.getByTestId('amount-uppercase')).toHaveTextContent('¥12,000.00大写：壹万贰仟元整');
    await expect(args.onAmountChange).toHaveBeenLastCalledWith(1200000);
  },
};
export const WithCents: Story = { args: { defaultValue: '16,409.02' } };
export const Negative: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /转账金额/ }), '-50');
    await userEvent.tab();
    await expect(canvas.getByText('金额不能是负数')).toBeVisible();
  },
};
export const TooLarge: Story = {
  args: { defaultValue: '3亿', error: '金额太大了，最多 ¥100,000,000' },
  parameters: { localeArgs: { 'en-US': { defaultValue: '300,000,000', error: 'This amount is too large. The most you can transfer is ¥100,000,000' } } },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { defaultValue: '50000' } };
export const HighContrast: Story = { globals: { mode: 'high-contrast' }, args: { defaultValue: '1409.50' } };
export const English: Story = { globals: { locale: 'en-US' }, args: { defaultValue: '1200' } };
