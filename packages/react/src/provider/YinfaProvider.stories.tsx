import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button';
import { Switch } from '../switch/Switch';
import { useAnnounce, useLocale, useYinfa } from './context';
import { YinfaProvider } from './YinfaProvider';

function ModeControls() {
  const { mode, setMode, textScale, setTextScale, t } = useYinfa();
  const announce = useAnnounce();
  const [locale] = useLocale();
  return (
    <div style={{ display: 'grid', gap: 'var(--yf-space-4)' }}>
      <p>
        {t(`mode.${mode}` as 'mode.elder')} · {Math.round(textScale * 100)}%
      </p>
      <Switch label={t('mode.elder')} checked={mode === 'elder'} onCheckedChange={(on) => setMode(on ? 'elder' : 'standard')} />
      <Button variant="secondary" onClick={() => setTextScale(textScale + 0.25)}>
        A+
      </Button>
      <Button variant="quiet" onClick={() => announce(locale === 'en-US' ? 'Saved' : '已保存', 'polite')}>
        announce
      </Button>
    </div>
  );
}

const meta = {
  title: 'Introduction/YinfaProvider',
  component: YinfaProvider,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '为一个区域设置模式（标准、长辈、高对比）、语言、文字大小和动效；挂载唯一的共享朗读区（announce）。可以嵌套。\n\n' +
          'Sets mode, locale, text scale and motion for a subtree and mounts the one shared live announcer. Nestable.',
      },
    },
  },
} satisfies Meta<typeof YinfaProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A region switches itself to elder mode; the shared announcer speaks without a new live region. */
export const SwitchModeInARegion: Story = {
  render: () => (
    <YinfaProvider defaultMode="standard">
      <ModeControls />
    </YinfaProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('switch', { name: '长辈模式' }));
    const region = canvasElement.querySelectorAll('[data-yinfa-mode]')[1] as HTMLElement;
    await expect(region).toHaveAttribute('data-yinfa-mode', 'elder');
    await expect(parseFloat(getComputedStyle(region).fontSize)).toBeGreaterThanOrEqual(20);
    await userEvent.click(canvas.getByRole('button', { name: 'announce' }));
    await waitFor(() => expect(canvasElement.ownerDocument.querySelector('[data-politeness="polite"]')).toHaveTextContent('已保存'));
    await expect(canvasElement.ownerDocument.querySelectorAll('[data-yinfa-announcer]')).toHaveLength(1);
  },
};

export const TextScale150: Story = {
  render: (_args, { globals }) => (
    <YinfaProvider mode="elder" textScale={1.5}>
      <p>{globals.locale === 'en-US' ? 'Elder mode at 150%: body text is 30 pixels.' : '长辈模式 150%：正文 30 像素。'}</p>
      <Button>{globals.locale === 'en-US' ? 'Confirm' : '确认'}</Button>
    </YinfaProvider>
  ),
  play: async ({ canvasElement }) => {
    const p = canvasElement.querySelector('p') as HTMLElement;
    await expect(parseFloat(getComputedStyle(p).fontSize)).toBeGreaterThanOrEqual(30);
  },
};

export const English: Story = {
  globals: { locale: 'en-US' },
  render: () => (
    <YinfaProvider>
      <ModeControls />
    </YinfaProvider>
  ),
};
