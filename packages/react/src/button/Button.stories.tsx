import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from './Button';

const meta = {
  title: 'Controls/Button',
  component: Button,
  tags: ['autodocs'],
  args: { children: '确认转账', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'quiet'] },
  },
  parameters: {
    localeArgs: { 'en-US': { children: 'Confirm transfer' } },
    docs: {
      description: {
        component:
          '大按钮：至少 44×44 CSS 像素，长辈模式至少 60×60。忙碌状态保留文字（从不只显示转圈），并忽略重复点击。\n\n' +
          'A large native button: ≥ 44×44 CSS px, ≥ 60×60 in elder mode. The busy state keeps words beside the spinner and ignores repeat clicks.',
      },
    },
  },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { args: { variant: 'primary' } };
/** The English words for a story's own label. */
const english = (children: string) => ({ localeArgs: { 'en-US': { children } } });

export const Secondary: Story = { args: { variant: 'secondary', children: '返回修改' }, parameters: english('Go back and change') };
export const Danger: Story = { args: { variant: 'danger', children: '删除收款人' }, parameters: english('Delete payee') };
export const Quiet: Story = { args: { variant: 'quiet', children: '稍后再说' }, parameters: english('Not now') };
export const Disabled: Story = { args: { disabled: true, children: '今日已约满' }, parameters: english('Fully booked today') };
export const WithIcon: Story = {
  parameters: english('Call 96110'),
  args: {
    children: '拨打 96110',
    icon: (
      <svg viewBox="0 0 24 24">
        <path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z" />
      </svg>
    ),
  },
};

/** Busy keeps words and swallows the second click: exactly one submission. */
export const Busy: Story = {
  args: { busy: true, busyLabel: '正在提交…', children: '提交预约' },
  parameters: { localeArgs: { 'en-US': { busyLabel: 'Sending…', children: 'Send booking' } } },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /正在提交/ });
    await userEvent.click(button);
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FullWidth: Story = { args: { fullWidth: true, children: '下一步' }, parameters: english('Next') };

/** A 500-character label wraps inside the button at 320px instead of overflowing. */
export const LongLabel: Story = {
  args: { children: '请确认您已经核对过收款人的姓名、账号和开户银行，并且没有任何人在电话里指导您操作。'.repeat(12) },
  parameters: english(
    'Please confirm that you have checked the payee’s name, account number and bank, and that nobody is telling you what to do over the phone. '.repeat(4),
  ),
};

export const ElderMode: Story = { globals: { mode: 'elder' }, args: { children: '确认转账' } };
export const HighContrast: Story = { globals: { mode: 'high-contrast' }, args: { children: '确认转账' } };

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm transfer' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const EnglishBusy: Story = { globals: { locale: 'en-US' }, args: { busy: true, children: '提交预约' }, parameters: english('Send booking') };
