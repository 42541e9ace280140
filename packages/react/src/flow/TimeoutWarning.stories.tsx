import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within, screen } from 'storybook/test';
import { useLocale } from '../provider/context';
import { TextField } from '../text-field/TextField';
import { TimeoutWarning } from './TimeoutWarning';

function Page(props: Parameters<typeof TimeoutWarning>[0]) {
  const en = useLocale()[0] === 'en-US';
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <TimeoutWarning {...props} />
      <TextField id="timeout-demo" label={en ? 'Name' : '姓名'} defaultValue={en ? 'Wang Xiuying' : '王秀英'} />
    </div>
  );
}

const meta = {
  title: 'Flows/Timeout warning',
  component: Page,
  args: { timeoutMs: 21_000, warnBeforeMs: 20_000, onExtend: fn(), onTimeout: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '超时提醒（WCAG 2.2.1）：至少提前 20 秒提醒，读屏会播报，一个大的“继续填写”按钮，至少可延长 10 次；超时只暂停页面，不清除已填内容。\n\n' +
          'Warns at least 20 s ahead, is announced, has one large "Stay" button, extends at least 10 times; when time runs out the page only pauses and nothing typed is lost.',
      },
    },
  },
} satisfies Meta<typeof Page>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The limit is 21 s here, so the warning opens after about a second. */
export const Warning: Story = {
  play: async ({ args }) => {
    const dialog = await screen.findByRole('dialog', {}, { timeout: 4000 });
    await expect(within(dialog).getByText(/页面将在/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '继续填写' }));
    await expect(args.onExtend).toHaveBeenCalledWith(1);
    await expect(screen.queryByRole('dialog')).toBeNull();
  },
};

let fakeNow = Date.parse('2026-06-10T08:00:00+08:00');

/** Time ran out: the page pauses with a message; the answer in the box is still there. */
export const Expired: Story = {
  args: { timeoutMs: 20_000, warnBeforeMs: 20_000, maxExtensions: 10, now: () => fakeNow },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    fakeNow += 60_000; // a minute passes without a key press
    await c.findByRole('heading', { name: /页面已暂停/ }, { timeout: 3000 });
    await expect(args.onTimeout).toHaveBeenCalledTimes(1);
    await expect(c.getByLabelText('姓名')).toHaveValue('王秀英');
  },
};
export const English: Story = { globals: { locale: 'en-US' } };
