import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from '../button/Button';
import { Alert, Banner } from './Alert';

const meta = {
  title: 'Feedback/Alert',
  component: Alert,
  tags: ['autodocs'],
  args: { variant: 'info', title: '服务时间调整', children: '春节期间（2月9日至2月12日）助餐点午餐照常供应，晚餐暂停。' },
  parameters: {
    localeArgs: {
      'en-US': {
        title: 'Changes to opening hours',
        children: 'Over the Spring Festival (9 to 12 February), meal points will serve lunch as usual but no dinner.',
      },
    },
    docs: {
      description: {
        component:
          '图标加文字：类别也用文字说明（“警告：”），从不只靠颜色。只有需要打断用户时才用 role="alert"。\n\n' +
          'Icon plus words: the kind is said in text too, never by colour alone. role="alert" only where interrupting is right.',
      },
    },
  },
} satisfies Meta<typeof Alert>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = {
  args: { variant: 'success', title: '预约已提交', children: '服务站会在 2 小时内打电话和您确认。' },
  parameters: { localeArgs: { 'en-US': { title: 'Booking sent', children: 'The care station will call you within 2 hours to confirm.' } } },
};
export const Warning: Story = {
  args: { variant: 'warning', title: '该时段剩余名额不多', children: '建议尽快提交预约。' },
  parameters: { localeArgs: { 'en-US': { title: 'Only a few places left at this time', children: 'Please send your booking soon.' } } },
};
export const Danger: Story = {
  args: { variant: 'danger', title: '提交没有成功', children: '网络出了问题，您填写的内容都还在。请再试一次，或拨打 0518-12349。', live: 'assertive' },
  parameters: {
    localeArgs: {
      'en-US': {
        title: 'Your form was not sent',
        children: 'There was a network problem. Everything you filled in is still here. Please try again, or call 0518-12349.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('警告：提交没有成功');
  },
};
export const Dismissible: Story = {
  args: { onDismiss: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '关闭提示' }));
    await expect(args.onDismiss).toHaveBeenCalled();
  },
};
export const WithActions: Story = {
  args: { variant: 'warning', actions: <Button variant="secondary">查看详情</Button> },
  parameters: { localeArgs: { 'en-US': { actions: <Button variant="secondary">See details</Button> } } },
};
export const PageBanner: Story = {
  render: (args, { globals }) => (
    <Banner {...args} variant="info" title={globals.locale === 'en-US' ? 'This website now has elder mode' : '本网站已支持长辈模式'} onDismiss={fn()} />
  ),
};
export const LongText: Story = {
  args: { children: '服务人员不会向您收取现金或索要银行卡密码。如有人以服务站名义要求转账，请立即挂断并拨打 96110。'.repeat(6) },
  parameters: {
    localeArgs: {
      'en-US': {
        children:
          'Care workers will never ask you for cash or for your bank card PIN. If anyone asks you to transfer money in the name of the care station, hang up at once and call 96110. '.repeat(
            6,
          ),
      },
    },
  },
};
export const ElderMode: Story = {
  globals: { mode: 'elder' },
  args: { variant: 'warning', title: '请注意' },
  parameters: { localeArgs: { 'en-US': { title: 'Please note' } } },
};
export const HighContrast: Story = {
  globals: { mode: 'high-contrast' },
  args: { variant: 'danger', title: '请注意' },
  parameters: { localeArgs: { 'en-US': { title: 'Please note' } } },
};
/** The Success alert, dismissible, in English. */
export const English: Story = {
  ...Success,
  globals: { locale: 'en-US' },
  args: { ...Success.args, onDismiss: fn() },
};
