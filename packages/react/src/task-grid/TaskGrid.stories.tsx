import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { TaskGrid, TaskTile } from './TaskGrid';
import { TaskIcons } from './taskIcons';

const meta = {
  title: 'Layout/TaskGrid',
  component: TaskGrid,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '大字版首页的任务格：4 到 8 个大方块，图标加文字，每块是链接或按钮；角标一定是文字，不只靠颜色。可以用 Tab 逐个到达，也可以用方向键、Home、End 移动；窄屏和 200% 文字时排成一列。\n\n' +
          'The big-tile grid of a simplified home: 4 to 8 large tiles, icon and words, each a link or a button; badges are always words, never colour alone. Tab reaches every tile, and the arrow keys, Home and End move between them; one column on narrow screens and at 200% text.',
      },
    },
  },
} satisfies Meta<typeof TaskGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

const links = (
  <>
    <TaskTile href="#balance" icon={<TaskIcons.Wallet />}>
      查余额
    </TaskTile>
    <TaskTile href="#transfer" icon={<TaskIcons.Transfer />}>
      转账
    </TaskTile>
    <TaskTile href="#bills" icon={<TaskIcons.Bill />} badge="2 笔待缴">
      缴费
    </TaskTile>
    <TaskTile href="#fraud" icon={<TaskIcons.Shield />} description="常见骗局和求助电话">
      防骗
    </TaskTile>
  </>
);

const linksEnglish = (
  <>
    <TaskTile href="#balance" icon={<TaskIcons.Wallet />}>
      Check balance
    </TaskTile>
    <TaskTile href="#transfer" icon={<TaskIcons.Transfer />}>
      Transfer money
    </TaskTile>
    <TaskTile href="#bills" icon={<TaskIcons.Bill />} badge="2 to pay">
      Pay bills
    </TaskTile>
    <TaskTile href="#fraud" icon={<TaskIcons.Shield />} description="Common scams and who to call for help">
      Scam help
    </TaskTile>
  </>
);
const englishLinks = { localeArgs: { 'en-US': { children: linksEnglish } } };

export const Links: Story = { args: { children: links }, parameters: englishLinks };

export const Buttons: Story = {
  args: {
    label: '便民服务',
    children: (
      <>
        <TaskTile icon={<TaskIcons.Guide />} onClick={fn()}>
          办事指南
        </TaskTile>
        <TaskTile icon={<TaskIcons.Meal />} onClick={fn()} badge="新">
          助餐点
        </TaskTile>
        <TaskTile icon={<TaskIcons.Phone />} onClick={fn()}>
          咨询电话
        </TaskTile>
        <TaskTile icon={<TaskIcons.Shield />} onClick={fn()}>
          防骗
        </TaskTile>
      </>
    ),
  },
  parameters: {
    localeArgs: {
      'en-US': {
        label: 'Everyday services',
        children: (
          <>
            <TaskTile icon={<TaskIcons.Guide />} onClick={fn()}>
              Service guides
            </TaskTile>
            <TaskTile icon={<TaskIcons.Meal />} onClick={fn()} badge="New">
              Meal points
            </TaskTile>
            <TaskTile icon={<TaskIcons.Phone />} onClick={fn()}>
              Helplines
            </TaskTile>
            <TaskTile icon={<TaskIcons.Shield />} onClick={fn()}>
              Scam help
            </TaskTile>
          </>
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: '便民服务' });
    await expect(within(list).getAllByRole('button')).toHaveLength(4);
    await expect(canvas.getByRole('button', { name: /助餐点\s*新/ })).toBeVisible();
  },
};

/** Arrow keys follow the tiles' real positions: Right to the next, Down to the row below, End to the last. */
export const KeyboardNavigation: Story = {
  args: { children: links },
  parameters: englishLinks,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first, second, , last] = canvas.getAllByRole('link');
    first!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(second).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(last).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    const below = document.activeElement!;
    // Whatever the column count, Down moves to a tile lower on the screen (or stays at the bottom row).
    await expect(below.getBoundingClientRect().top).toBeGreaterThanOrEqual(first!.getBoundingClientRect().top);
    await userEvent.tab();
    await expect(document.activeElement).not.toBe(below);
  },
};

export const ElderMode: Story = {
  args: { children: links },
  parameters: englishLinks,
  globals: { mode: 'elder' },
  play: async ({ canvasElement }) => {
    for (const tile of within(canvasElement).getAllByRole('link')) {
      const box = tile.getBoundingClientRect();
      await expect(box.height).toBeGreaterThanOrEqual(60);
      await expect(box.width).toBeGreaterThanOrEqual(60);
    }
  },
};

export const English: Story = {
  args: { children: links },
  parameters: englishLinks,
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Common tasks' })).toBeVisible();
  },
};
