import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { useLocale } from '../provider/context';
import { ReadAloud } from './ReadAloud';
import { SpeakButton } from './SpeakButton';
import { SpeechProvider } from './SpeechProvider';
import { SpeechSettings } from './SpeechSettings';

function RealSpeech() {
  const english = useLocale()[0] === 'en-US';
  return (
    <SpeechProvider>
      <ReadAloud>
        {english ? (
          <>
            <h2>Opening hours</h2>
            <p>This branch is open from 9 a.m. to 5 p.m. If you need help, call 95588.</p>
          </>
        ) : (
          <>
            <h2>营业时间</h2>
            <p>本网点营业时间为9:00-17:00。如需帮助，请拨打95588。</p>
          </>
        )}
      </ReadAloud>
      <SpeakButton text={english ? 'Your balance is ¥1,234.50.' : '您的余额是¥1,234.50。'} whenUnavailable="explain" />
      <SpeechSettings />
    </SpeechProvider>
  );
}

const meta = {
  title: 'Speech/Web Speech (real voice)',
  component: RealSpeech,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '用浏览器自带的朗读（speechSynthesis）。只有点按钮才会出声。没有中文语音时说明原因，不会用英文语音读中文；无头浏览器里通常没有语音，这个故事也能正常显示。\n\n' +
          'The browser’s own speech. It only speaks after a click. Without a Chinese voice it explains why (Chinese is never read with an English voice); headless browsers usually have no voices and the story still renders.',
      },
    },
  },
} satisfies Meta<typeof RealSpeech>;
export default meta;
type Story = StoryObj<typeof meta>;

async function settled(canvasElement: HTMLElement, readLabel: string, notePattern: RegExp) {
  const canvas = within(canvasElement);
  // Either a play button (voices found) or a note saying why not — after the voice check (≤ 3 s).
  await waitFor(() => expect(canvas.queryByRole('button', { name: readLabel }) ?? canvas.queryAllByText(notePattern)[0] ?? null).not.toBeNull(), { timeout: 5000 });
}

/** Nothing is spoken here without a click; the play function only waits for the voice check. */
export const Default: Story = {
  play: ({ canvasElement }) => settled(canvasElement, '朗读全文', /不能朗读|没有中文语音/),
};

export const English: Story = {
  globals: { locale: 'en-US' },
  play: ({ canvasElement }) => settled(canvasElement, 'Read all', /cannot read aloud|no English voice/),
};
