import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Switch } from './Switch';

const meta = {
  title: 'Forms/Switch',
  component: Switch,
  tags: ['autodocs'],
  args: { label: '长辈模式', hint: '字更大，按钮更大', onCheckedChange: fn() },
  parameters: {
    localeArgs: { 'en-US': { label: 'Elder mode', hint: 'Larger text and buttons' } },
    docs: {
      description: {
        component: '立即生效的开关；状态用“开/关”文字写出，不只靠颜色或位置。\n\nAn on/off setting that applies at once; the state is written as words.',
      },
    },
  },
} satisfies Meta<typeof Switch>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvasElement, args }) => {
    const sw = within(canvasElement).getByRole('switch', { name: '长辈模式' });
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(within(canvasElement).getByText('长辈模式'));
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
    sw.focus();
    await userEvent.keyboard(' ');
    await expect(sw).toHaveAttribute('aria-checked', 'false');
  },
};
export const On: Story = { args: { defaultChecked: true } };
export const Disabled: Story = { args: { disabled: true } };
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { defaultChecked: true } };
export const English: Story = { globals: { locale: 'en-US' } };
