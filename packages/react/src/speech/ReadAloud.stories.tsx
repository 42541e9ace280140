import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useLocale } from '../provider/context';
import { TextField } from '../text-field/TextField';
import { ReadAloud } from './ReadAloud';
import { FakeSpeech, SpokenMonitor, useStoryEngine } from './storyParts';

function Article() {
  const [locale] = useLocale();
  if (locale === 'en-US') {
    return (
      <>
        <h2>Before you transfer money</h2>
        <p>Check the payee's name and account number. The police and banks will never ask you to move your money to a "safe account".</p>
        <p>Questions? Call the anti-fraud hotline 96110, or our customer service line 95588, from 8 a.m. to 8 p.m.</p>
        <p>This transfer is ¥1,234.50. It should arrive by 14:30 on 2025-10-29. The fee is 0.5%.</p>
        <TextField label="Transfer amount" defaultValue="¥1,234.50" />
      </>
    );
  }
  return (
    <>
      <h2>转账前请看</h2>
      <p>请核对收款人姓名和账号。公安和银行不会让您把钱转到“安全账户”。</p>
      <p>有疑问请拨打反诈专线96110，或客服电话95588，服务时间8:00-20:00。</p>
      <p>本次转账¥1,234.50，预计2025-10-29 14:30前到账，手续费0.5%。</p>
      <TextField label="转账金额" defaultValue="¥1,234.50" />
    </>
  );
}

function FakeEngineDemo({ caption = false, mode }: { caption?: boolean; mode?: 'continuous' | 'point' }) {
  const engine = useStoryEngine({ msPerChar: 150, minMs: 1200 });
  return (
    <FakeSpeech engine={engine} defaultCaption={caption}>
      <SpokenMonitor engine={engine} />
      <ReadAloud defaultMode={mode}>
        <Article />
      </ReadAloud>
    </FakeSpeech>
  );
}

const meta = {
  title: 'Speech/ReadAloud (silent demo engine)',
  component: FakeEngineDemo,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '朗读区域：连读（从头或从选中处一句接一句读）和指读（键盘移到哪里读哪里；鼠标停留朗读默认关闭）。这里用不出声的演示引擎，屏幕上显示“此刻会读出”的文字（电话、金额、日期已经转成读法）和高亮的句子。不会自动朗读。\n\n' +
          'A read-aloud region: continuous (连读) and point (指读) reading. This demo engine is silent: the panel shows what would be spoken (numbers, money and dates already in words) and which sentence is highlighted. Nothing reads by itself.',
      },
    },
  },
} satisfies Meta<typeof FakeEngineDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Press 朗读全文: the panel shows the spoken form while the page highlights the sentence. */
export const Continuous: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('spoken-now')).toHaveTextContent('（没有声音）');
    await userEvent.click(await canvas.findByRole('button', { name: '朗读全文' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('转账前请看'));
    await expect(canvas.getByTestId('highlighted')).toHaveTextContent('1/');
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('请核对收款人姓名和账号。'), { timeout: 4000 });
    await userEvent.click(canvas.getByRole('button', { name: '暂停' }));
    await expect(canvas.getByTestId('spoken-now')).toHaveTextContent('（没有声音）');
    await userEvent.click(canvas.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('请核对收款人姓名和账号。'));
    await userEvent.click(canvas.getByRole('button', { name: '停止' }));
  },
};

/** The spoken form of numbers: 96110 → 九六幺幺零, ¥1,234.50 → 一千二百三十四元五角, 2025-10-29 → 二〇二五年十月二十九日. */
export const NumbersInWords: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.pointer({ keys: '[MouseLeft]', target: canvas.getByText(/本次转账/) });
    await userEvent.click(await canvas.findByRole('button', { name: '从选中处读' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('本次转账一千二百三十四元五角，'));
    await userEvent.click(canvas.getByRole('button', { name: '停止' }));
  },
};

/** 大字幕: the current sentence in very large type at the bottom, with pause and close. */
export const BigCaption: Story = {
  args: { caption: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '朗读全文' }));
    const bar = await canvas.findByRole('region', { name: '大字幕：正在朗读的句子' });
    await expect(bar).toHaveTextContent('转账前请看');
    await userEvent.click(within(bar).getByRole('button', { name: '关闭大字幕' }));
    await expect(canvas.queryByRole('region', { name: '大字幕：正在朗读的句子' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: '停止' }));
  },
};

/** 指读: Tab to the amount field and it is read as "label: value". */
export const PointReading: Story = {
  args: { mode: 'point' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: '朗读全文' });
    canvas.getByRole('textbox').focus();
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('转账金额：一千二百三十四元五角。'));
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' } };
export const HighContrast: Story = { globals: { mode: 'high-contrast' } };

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Read all' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('Before you transfer money'));
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
  },
};
