import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Forms/Checkbox',
  component: Checkbox,
  tags: ['autodocs'],
  args: { label: '我已阅读并同意服务协议', name: 'agree' },
  parameters: {
    localeArgs: { 'en-US': { label: 'I have read and agree to the service terms' } },
    docs: {
      description: {
        component: '整张卡片都可以点击（至少 44×44，长辈模式 60×60）。\n\nThe whole card is the target (≥ 44×44, ≥ 60×60 in elder mode).',
      },
    },
  },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: /服务协议/ });
    await userEvent.click(within(canvasElement).getByText(/服务协议/));
    await expect(box).toBeChecked();
  },
};
export const WithHint: Story = {
  args: { label: '需要服务人员帮忙买菜', hint: '服务人员会先打电话确认要买什么' },
  parameters: { localeArgs: { 'en-US': { label: 'I need a care worker to do my food shopping', hint: 'The care worker will call you first to check what to buy' } } },
};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithError: Story = {
  args: { error: '请先阅读并同意服务协议' },
  parameters: { localeArgs: { 'en-US': { error: 'Please read and agree to the service terms first' } } },
};
export const Disabled: Story = {
  args: { disabled: true, label: '长护险抵扣（您目前不符合条件）' },
  parameters: { localeArgs: { 'en-US': { label: 'Pay with long-term care insurance (you are not eligible at the moment)' } } },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { defaultChecked: true } };
export const English: Story = { globals: { locale: 'en-US' }, args: { hint: 'You can cancel at any time' } };
