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

const SERVICES = {
  'zh-CN': ['助餐', '助医', '助浴', '助洁', '助行', '助购'],
  'en-US': ['Meals', 'Doctor visits', 'Bathing', 'Cleaning', 'Getting about', 'Shopping'],
};

export const StackOfButtons: Story = {
  render: (_args, { globals }) => {
    const [meals, medical, bathing] = SERVICES[globals.locale === 'en-US' ? 'en-US' : 'zh-CN'];
    return (
      <Stack gap={3}>
        <Button>{meals}</Button>
        <Button variant="secondary">{medical}</Button>
        <Button variant="secondary">{bathing}</Button>
      </Stack>
    );
  },
};
export const ClusterWraps: Story = {
  render: (_args, { globals }) => (
    <Cluster gap={3}>
      {SERVICES[globals.locale === 'en-US' ? 'en-US' : 'zh-CN'].map((s) => (
        <Button key={s} variant="secondary">
          {s}
        </Button>
      ))}
    </Cluster>
  ),
};
export const ElderMode: Story = { ...ClusterWraps, globals: { mode: 'elder' } };
export const English: Story = { ...ClusterWraps, globals: { locale: 'en-US' } };
