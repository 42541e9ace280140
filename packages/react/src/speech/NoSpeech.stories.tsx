import type { Meta, StoryObj } from '@storybook/react-vite';
import { createNoneEngine } from '@yinfa/core';
import { useRef } from 'react';
import { expect, within } from 'storybook/test';
import { Alert } from '../alert/Alert';
import { useLocale } from '../provider/context';
import { ReadAloud } from './ReadAloud';
import { ReadAloudButton, SpeakButton } from './SpeakButton';
import { SpeechProvider } from './SpeechProvider';

const NONE = createNoneEngine('no-speech-api');

function Webview() {
  const english = useLocale()[0] === 'en-US';
  const alert = useRef<HTMLDivElement>(null);
  return (
    <SpeechProvider engine={NONE}>
      <ReadAloud>
        <p>{english ? 'This page is open in an app that cannot read aloud.' : '本页在一个不能朗读的 App 里打开。'}</p>
      </ReadAloud>
      <Alert ref={alert} variant="warning" title={english ? 'Beware of scams' : '谨防诈骗'} actions={<ReadAloudButton target={alert} />}>
        {english ? 'Never share your verification code.' : '不要把验证码告诉任何人。'}
      </Alert>
      <SpeakButton text={english ? 'Hello' : '你好'} whenUnavailable="explain" />
    </SpeechProvider>
  );
}

const meta = {
  title: 'Speech/No speech (webview)',
  component: Webview,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '安卓 WebView、微信内置浏览器等没有朗读功能：朗读区说明原因并隐藏播放按钮，“读给我听”按钮不出现，什么都不会报错。银行 App 可以用 createBridgeEngine 接上自己的朗读。\n\n' +
          'Android WebView, WeChat and similar have no speech: the region says why and hides its play controls, "Read to me" buttons disappear, nothing throws. A bank app can plug in its native TTS with createBridgeEngine.',
      },
    },
  },
} satisfies Meta<typeof Webview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByText(/本设备不能朗读/)).length).toBeGreaterThanOrEqual(2);
    await expect(canvas.queryByRole('button', { name: '朗读全文' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: '读给我听' })).toBeNull();
  },
};

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByText(/cannot read aloud/)).length).toBeGreaterThanOrEqual(2);
    await expect(canvas.queryByRole('button', { name: 'Read to me' })).toBeNull();
  },
};
