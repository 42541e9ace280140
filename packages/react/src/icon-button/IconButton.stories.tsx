import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { CloseIcon, InfoIcon } from '../icons/icons';
import { IconButton } from './IconButton';

const meta = {
  title: 'Controls/IconButton',
  component: IconButton,
  tags: ['autodocs'],
  args: { label: '帮助', icon: <InfoIcon />, onClick: fn() },
  parameters: {
    localeArgs: { 'en-US': { label: 'Help' } },
    docs: {
      description: {
        component: '图标按钮必须有名称（类型要求）；长辈模式下名称显示在图标旁边。\n\nAn icon button must have a label (required by its type); elder mode shows it beside the icon.',
      },
    },
  },
} satisfies Meta<typeof IconButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: '帮助' })).toBeVisible();
  },
};
export const Quiet: Story = { args: { variant: 'quiet', label: '关闭', icon: <CloseIcon /> }, parameters: { localeArgs: { 'en-US': { label: 'Close' } } } };
export const ElderModeShowsLabel: Story = {
  globals: { mode: 'elder' },
  play: async ({ canvasElement }) => {
    const label = within(canvasElement).getByText('帮助');
    await expect(label.getBoundingClientRect().width).toBeGreaterThan(10);
  },
};
export const English: Story = { globals: { locale: 'en-US' } };
