import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button/Button';
import { Cluster, Stack } from './Layout';

const meta = {
  title: 'Layout/Stack and Cluster',
  component: Stack,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Stack 纵向排列；Cluster 横向排列并在窄屏自动换行，不会横向滚动。\n\nStack lays children out vertically; Cluster side by side, wrapping on narrow screens.',
      },
    },
  },
} satisfies Meta<typeof Stack>;
export default meta;
type Story = StoryObj<typeof meta>;

export const StackOfButtons: Story = {
  render: () => (
    <Stack gap={3}>
      <Button>助餐</Button>
      <Button variant="secondary">助医</Button>
      <Button variant="secondary">助浴</Button>
    </Stack>
  ),
};
export const ClusterWraps: Story = {
  render: () => (
    <Cluster gap={3}>
      {['助餐', '助医', '助浴', '助洁', '助行', '助购'].map((s) => (
        <Button key={s} variant="secondary">
          {s}
        </Button>
      ))}
    </Cluster>
  ),
};
export const ElderMode: Story = { ...ClusterWraps, globals: { mode: 'elder' } };
export const English: Story = {
  globals: { locale: 'en-US' },
  render: () => (
    <Cluster gap={3}>
      {['Meals', 'Medical escort', 'Bathing', 'Cleaning', 'Mobility', 'Shopping'].map((s) => (
        <Button key={s} variant="secondary">
          {s}
        </Button>
      ))}
    </Cluster>
  ),
};
