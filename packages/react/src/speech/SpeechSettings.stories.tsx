import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SpeechSettings } from './SpeechSettings';
import { FakeSpeech, useStoryEngine } from './storyParts';

function Demo() {
  const engine = useStoryEngine();
  return (
    <FakeSpeech engine={engine}>
      <SpeechSettings />
    </FakeSpeech>
  );
}

const meta = {
  title: 'Speech/Settings',
  component: Demo,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '朗读设置：语速 0.7–1.5（默认 0.9，稍慢）、声音（有多个时）、“我在用自己的读屏软件”（关闭自动朗读）、鼠标停留朗读（默认关闭）。\n\n' +
          'Speed 0.7–1.5 (default 0.9, a little slow), voice (when there is a choice), "I use my own screen reader" (turns automatic reading off), hover reading (off by default).',
      },
    },
  },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: /适中/ })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: /自己的读屏软件/ }));
    await expect(canvas.getByRole('checkbox', { name: /鼠标停在文字上/ })).toBeDisabled();
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' } };
