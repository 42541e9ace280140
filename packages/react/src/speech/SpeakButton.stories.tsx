import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button';
import { DialogContent, DialogRoot, DialogTrigger } from '../dialog/Dialog';
import { Alert } from '../alert/Alert';
import { useLocale } from '../provider/context';
import { SpeakButton } from './SpeakButton';
import { FakeSpeech, SpokenMonitor, useStoryEngine } from './storyParts';

function Demo() {
  const english = useLocale()[0] === 'en-US';
  const engine = useStoryEngine();
  const alert = useRef<HTMLDivElement>(null);
  return (
    <FakeSpeech engine={engine}>
      <SpokenMonitor engine={engine} />
      <p>{english ? 'Balance: ¥12,345.67' : '余额：¥12,345.67'}</p>
      <SpeakButton text={english ? 'Your balance is ¥12,345.67.' : '您的余额是¥12,345.67。'} />
      {/* `readAloud` asks the SpeechProvider for its "读给我听" button; the same as actions={<ReadAloudButton target={ref} />}. */}
      <Alert ref={alert} variant="danger" title={english ? 'Possible scam' : '疑似诈骗'} readAloud>
        {english ? 'Anyone who asks for your verification code is a scammer. Call 96110 for advice.' : '索要验证码的都是骗子。请拨打96110咨询。'}
      </Alert>
    </FakeSpeech>
  );
}

const meta = {
  title: 'Speech/SpeakButton',
  component: Demo,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '“朗读 / 停止”按钮，读一段文字；“读给我听”（ReadAloudButton）放在提示框或对话框的操作区，读出整个框的内容（跳过按钮），逐句高亮。按钮卸载时朗读停止。\n\n' +
          '"Read aloud / Stop" for a piece of text; "Read to me" (ReadAloudButton) goes in an Alert or Dialog action slot and reads the whole box (skipping buttons), highlighting each sentence. Speech stops when the button unmounts.',
      },
    },
  },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '朗读' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('您的余额是一万二千三百四十五元六角七分。'));
    await userEvent.click(canvas.getByRole('button', { name: '停止' }));
    await expect(canvas.getByRole('button', { name: '朗读' })).toBeVisible();
  },
};

/** "读给我听" in an Alert reads its title and body, not its buttons. */
export const InAnAlert: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '读给我听' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('警告：疑似诈骗'));
  },
};

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Read to me' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).not.toHaveTextContent('(silence)'));
  },
};

function DialogDemo() {
  const english = useLocale()[0] === 'en-US';
  const engine = useStoryEngine();
  const content = useRef<HTMLDivElement>(null);
  return (
    <FakeSpeech engine={engine}>
      <SpokenMonitor engine={engine} />
      <DialogRoot>
        <DialogTrigger asChild>
          <Button variant="secondary">{english ? 'Read the transfer notes' : '查看转账须知'}</Button>
        </DialogTrigger>
        <DialogContent ref={content} title={english ? 'Transfer notes' : '转账须知'} readAloud>
          <p>
            {english
              ? 'Check the payee’s name and account number. A single transfer over ¥50,000.00 must be made at a bank counter.'
              : '请核对收款人姓名和账号。单笔超过¥50,000.00需要到柜台办理。'}
          </p>
        </DialogContent>
      </DialogRoot>
    </FakeSpeech>
  );
}

/** "读给我听" in a Dialog's header: reads the title and body; closing the dialog stops the reading. */
export const InADialog: Story = {
  render: () => <DialogDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '查看转账须知' }));
    const dialog = await screen.findByRole('dialog', { name: '转账须知' });
    await userEvent.click(within(dialog).getByRole('button', { name: '读给我听' }));
    await waitFor(() => expect(canvas.getByTestId('spoken-now')).toHaveTextContent('转账须知'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByTestId('spoken-now')).toHaveTextContent('（没有声音）');
  },
};
