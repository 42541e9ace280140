import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button/Button';
import { Card } from './Card';

const meta = {
  title: 'Layout/Card',
  component: Card,
  tags: ['autodocs'],
  args: {
    title: '幸福社区长者食堂',
    description: '距您 350 米，步行约 6 分钟',
    children: <p>今日午餐 11:30–13:30，您的价格 ¥8。</p>,
    footer: <Button variant="secondary">拨打电话</Button>,
  },
  parameters: {
    localeArgs: {
      'en-US': {
        title: 'Xingfu Community Canteen',
        description: '350 metres away, about a 6-minute walk',
        children: <p>Lunch today is served 11:30–13:30. Your price is ¥8.</p>,
        footer: <Button variant="secondary">Call</Button>,
      },
    },
    docs: { description: { component: '平面的内容块，带标题。\n\nA flat block of related content with a heading.' } },
  },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Surface: Story = { args: { tone: 'surface' } };
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' } };
