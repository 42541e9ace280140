import type { Meta, StoryObj } from '@storybook/react-vite';
import { createFakeRecognition, type FakeRecognitionOptions } from '@yinfa/core';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AmountField } from '../amount-field/AmountField';
import { PhoneField } from '../phone-field/PhoneField';
import { Stack } from '../layout/Layout';
import { useLocale } from '../provider/context';
import { Textarea, TextField } from '../text-field/TextField';
import { VoiceInputProvider } from './context';
import { VoiceInput } from './VoiceInput';

/** The fields with voice input, listening through the fake engine (no microphone, no network). */
function Form({ answers, delayMs = 300 }: Pick<FakeRecognitionOptions, 'answers' | 'delayMs'>) {
  const engine = useMemo(() => createFakeRecognition({ answers, delayMs }), [answers, delayMs]);
  const en = useLocale()[0] === 'en-US';
  return (
    <VoiceInputProvider engine={engine}>
      <Stack>
        <PhoneField voiceInput={<VoiceInput />} />
        <AmountField label={en ? 'Amount (yuan)' : '转账金额（元）'} voiceInput={<VoiceInput />} />
        <TextField label={en ? 'Address' : '详细地址'} hint={en ? 'For example: Building 3, Unit 2, Flat 501' : '例如：幸福小区 3 号楼 2 单元 501'} voiceInput={<VoiceInput kind="address" />} />
        <Textarea label={en ? 'Notes' : '备注'} optional voiceInput={<VoiceInput />} />
      </Stack>
    </VoiceInputProvider>
  );
}

const meta = {
  title: 'Forms/Voice input',
  component: Form,
  tags: ['autodocs'],
  args: { answers: ['幺三八 零零幺三 八零零零', '两千块五毛', '幸福小区三号楼二单元五零一', '家里有一只猫，请敲门'] },
  parameters: {
    // What an English recogniser would hear: the same phone number, amount, address and note.
    localeArgs: { 'en-US': { answers: ['138 0013 8000', '2,000.50 yuan', 'Building 3, Unit 2, Flat 501, Xingfu Estate', 'There is a cat at home, please knock'] } },
    docs: {
      description: {
        component:
          '语音输入：按“语音输入”后才开始听，听的时候有一个大的“停止”按钮；听完先显示“您说的是：…”，按“用这个”才填进输入框，不会自动提交。电话、金额、地址会按说法整理（幺三八…、两千块五毛、三号楼二单元）。没有语音识别的设备不显示按钮。示例用假识别引擎。\n\n' +
          'Voice input: listening starts only when “Speak” is pressed, with a large Stop button while it listens; what was heard is shown first (“You said: …”) and goes into the field only on “Use this” — nothing is submitted. Phone numbers, amounts and addresses are normalised as people say them. No button where nothing can listen. Stories use the fake recognition engine.',
      },
    },
  },
} satisfies Meta<typeof Form>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Fields: Story = {};

/** Phone: press, stop, check, use — the field gets 138 0013 8000. */
export const FillPhone: Story = {
  args: { delayMs: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mic] = await canvas.findAllByRole('button', { name: /语音输入/ });
    await userEvent.click(mic!);
    await userEvent.click(canvas.getByRole('button', { name: '停止' }));
    await expect(await canvas.findByText('138 0013 8000')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '用这个' }));
    await expect(canvas.getByRole('textbox', { name: /手机号码/ })).toHaveValue('138 0013 8000');
  },
};

/** Amount: the heard amount with its 大写 line, waiting for 用这个. */
export const HeardAmount: Story = {
  args: { answers: ['两千块五毛'], delayMs: 0 },
  parameters: { localeArgs: { 'en-US': { answers: ['2,000.50 yuan'] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mics = await canvas.findAllByRole('button', { name: /语音输入/ });
    await userEvent.click(mics[1]!);
    const capitals = await canvas.findByText('贰仟元伍角');
    await expect(capitals).toBeVisible();
    await expect(capitals).toHaveAttribute('lang', 'zh-CN');
  },
};

/** An unclear amount (两三千) is never guessed: it asks again. */
export const Unclear: Story = {
  args: { answers: ['两三千'], delayMs: 0 },
  parameters: { localeArgs: { 'en-US': { answers: ['two or three thousand'] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mics = await canvas.findAllByRole('button', { name: /语音输入/ });
    await userEvent.click(mics[1]!);
    await waitFor(() => expect(canvas.getByRole('button', { name: '重说' })).toHaveFocus());
  },
};

/** The microphone was refused: the message says what to try. */
export const MicrophoneRefused: Story = {
  args: { answers: [{ error: 'not-allowed' }], delayMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mic] = await canvas.findAllByRole('button', { name: /语音输入/ });
    await userEvent.click(mic!);
    await expect(await canvas.findByText(/允许使用麦克风/)).toBeVisible();
  },
};

/** While listening: the large 停止 button. */
export const Listening: Story = {
  args: { delayMs: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mic] = await canvas.findAllByRole('button', { name: /语音输入/ });
    await userEvent.click(mic!);
    await expect(canvas.getByRole('button', { name: '停止' })).toHaveFocus();
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' } };

export const English: Story = {
  globals: { locale: 'en-US' },
  args: { answers: ['138 0013 8000'], delayMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mic] = await canvas.findAllByRole('button', { name: /Speak/ });
    await userEvent.click(mic!);
    await expect(await canvas.findByText('You said:')).toBeVisible();
  },
};
