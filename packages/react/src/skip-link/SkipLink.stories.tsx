import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';

const meta = {
  title: 'Controls/SkipLink',
  component: SkipLink,
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: '页面第一个链接，按 Tab 时出现，跳到主要内容。\n\nThe first link on a page: appears on Tab and jumps to the main content.' } },
  },
  render: (args, { globals }) => {
    const en = globals.locale === 'en-US';
    return (
      <div>
        <SkipLink {...args} />
        <nav aria-label={en ? 'Site menu' : '网站导航'}>
          <p>{en ? 'Home · Services · Help' : '首页 · 办事 · 帮助'}</p>
        </nav>
        <main id="main">
          <h1>{en ? 'Main content' : '主要内容'}</h1>
        </main>
      </div>
    );
  },
} satisfies Meta<typeof SkipLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const link = canvas.getByRole('link', { name: '跳到主要内容' });
    await expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};
export const English: Story = { globals: { locale: 'en-US' } };
