import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Progress } from './Progress';
import { Spinner } from './Spinner';

const meta = {
  title: 'Feedback/Spinner and Progress',
  component: Spinner,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: '转圈旁边总有文字；进度条用文字说出百分比。\n\nA spinner always has words; a progress bar says its amount in words.',
      },
    },
  },
} satisfies Meta<typeof Spinner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  play: async ({ canvasElement }) => {
    const spinner = canvasElement.querySelector('.yf-spinner');
    await expect(spinner).toHaveAttribute('role', 'status');
    await expect(spinner).toHaveTextContent('正在加载');
  },
};
export const CustomLabel: Story = { args: { label: '正在查找附近的助餐点…' }, parameters: { localeArgs: { 'en-US': { label: 'Looking for meal points near you…' } } } };
export const ProgressBar: Story = {
  render: (_args, { globals }) => <Progress label={globals.locale === 'en-US' ? 'Uploading photo' : '上传照片'} value={40} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '已完成 40%');
  },
};
export const ProgressUnknown: Story = {
  render: (_args, { globals }) => <Progress label={globals.locale === 'en-US' ? 'Confirming your booking' : '正在确认预约'} />,
};
export const ElderMode: Story = {
  globals: { mode: 'elder' },
  render: (_args, { globals }) => <Progress label={globals.locale === 'en-US' ? 'Uploading photo' : '上传照片'} value={75} />,
};
export const English: Story = { globals: { locale: 'en-US' }, render: ProgressBar.render };
