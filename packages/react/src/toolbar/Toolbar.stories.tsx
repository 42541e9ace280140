import type { Meta, StoryObj } from '@storybook/react-vite';
import { createFakeEngine } from '@yinfa/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HostPage } from './storyParts';
import { Toolbar } from './Toolbar';

/** The bar is rendered into the page body (outside the story's root), as on a real site. */
async function findBar(canvasElement: HTMLElement) {
  const doc = canvasElement.ownerDocument;
  return { doc, bar: within(await waitFor(() => doc.querySelector<HTMLElement>('.yf-toolbar')!)) };
}

/** The controls: in the phone panel, or in the bar — with `more`, its 更多 row opened (wide screens). */
async function findControls(canvasElement: HTMLElement, more = false) {
  const { doc, bar } = await findBar(canvasElement);
  if (!doc.querySelector('.yf-toolbar[data-layout="phone"]')) {
    const button = bar.queryByRole('button', { name: /^(更多|More)$/ });
    if (more && button?.getAttribute('aria-expanded') === 'false') await userEvent.click(button);
    return { doc, bar };
  }
  await userEvent.click(bar.getByRole('button', { name: /无障碍|Accessibility/ }));
  return { doc, bar: within(await waitFor(() => within(doc.body).getByRole('dialog', { name: /适老化及无障碍工具条|Accessibility toolbar/ }))) };
}

/** Silent: stories never speak. The fake engine keeps the real timing and events. */
const engine = createFakeEngine();

const meta = {
  title: 'Toolbar/Toolbar',
  component: Toolbar,
  tags: ['autodocs'],
  args: { remember: false, speechEngine: engine },
  render: (args) => (
    <>
      <HostPage />
      <Toolbar {...args} />
    </>
  ),
  parameters: {
    docs: {
      description: {
        component:
          '适老化及无障碍工具条：给不是用 Yinfa 做的网页加上文字放大（到 200%）、四种配色、大鼠标、阅读线/十字线、纯文本、指读/连读、大字幕（可加拼音、换繁体字）、语速、音量、声音开关、恢复原样、帮助和快捷键。' +
          '只改外观不改内容，不联网，给自己留出位置、从不挡住键盘焦点；卸载或“恢复原样”后网页完全回到原样。它是补充，代替不了网页本身的无障碍改造。\n\n' +
          'An accessibility toolbar for pages not built with Yinfa: text to 200%, four colour schemes, large cursor, reading guide, text-only view, ' +
          'read-aloud with captions (pinyin or traditional characters on request), speed, volume and a sound switch, reset, help and shortcuts. Presentation only, no network, never covers the focused element; reset or unmount restores the page. ' +
          'It complements, never replaces, accessibility work on the page itself.',
      },
    },
  },
} satisfies Meta<typeof Toolbar>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The toolbar over the sample government service page (plain HTML + CSS). */
export const OverHostPage: Story = {
  play: async ({ canvasElement }) => {
    const { doc, bar } = await findControls(canvasElement);
    await userEvent.click(bar.getByRole('button', { name: '字变大' }));
    await expect(doc.documentElement.style.fontSize).toBe('125%');
    await userEvent.click(bar.getByRole('button', { name: '恢复原样' }));
    await expect(doc.documentElement.style.fontSize).toBe('');
  },
};

export const BlackYellow: Story = { name: '黑底黄字白链接', args: { defaultSettings: { scheme: 'black-yellow' } } };
export const BlueYellow: Story = { name: '蓝底黄字白链接', args: { defaultSettings: { scheme: 'blue-yellow' } } };
export const YellowBlack: Story = { name: '黄底黑字蓝链接', args: { defaultSettings: { scheme: 'yellow-black' } } };
export const WhiteBlack: Story = { name: '白底黑字蓝链接', args: { defaultSettings: { scheme: 'white-black' } } };

/** 200% text: the page's text grows (px pages too); the bar keeps its own size. On a phone it is one button. */
export const Text200: Story = {
  args: { defaultSettings: { textStep: 4 } },
  // The page is at 200 % through the toolbar itself: the audit checks it as it is (both locales), not at 400 %.
  parameters: { audit: { ownTextSize: true } },
};

export const LargeCursorAndCrosshair: Story = { args: { defaultSettings: { largeCursor: true, guide: 'crosshair' } } };

export const Collapsed: Story = {
  args: { defaultSettings: { collapsed: true } },
  play: async ({ canvasElement }) => {
    const { bar } = await findBar(canvasElement);
    await expect(bar.getAllByRole('button')).toHaveLength(1);
    await expect(bar.getByRole('button', { name: '无障碍工具' })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** 纯文本: the main content in large type, pictures as their descriptions. */
export const TextOnly: Story = {
  play: async ({ canvasElement }) => {
    const { doc, bar } = await findControls(canvasElement, true);
    await userEvent.click(bar.getByRole('button', { name: '纯文本' }));
    const dialog = within(doc.body).getByRole('dialog', { name: '纯文本阅读' });
    await expect(dialog).toHaveTextContent('图片：社区综合服务中心外景');
  },
};

/** 帮助: what every control does, in large type, and the shortcuts (here one changed and one turned off). */
export const Shortcuts: Story = {
  args: { shortcuts: { guide: 'Alt+Shift+J', textOnly: false } },
  play: async ({ canvasElement }) => {
    const { doc, bar } = await findControls(canvasElement);
    await userEvent.click(bar.getByRole('button', { name: '帮助' }));
    const dialog = await within(doc.body).findByRole('dialog', { name: '帮助：工具条上的按钮' });
    await expect(dialog).toHaveTextContent('字变大 / 字变小');
    await expect(dialog).toHaveTextContent('声音');
    await expect(dialog).toHaveTextContent('Alt+Shift+J');
    await expect(dialog).not.toHaveTextContent('纯文本阅读');
  },
};

/** 指读 on: what gets keyboard focus is read; 鼠标停留也读 offers hover reading, off until pressed. */
export const ReadOnFocus: Story = {
  args: { defaultSettings: { readMode: 'point', caption: true } },
  play: async ({ canvasElement }) => {
    const { bar } = await findControls(canvasElement, true);
    await expect(bar.getByRole('button', { name: '指读' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar.getByRole('button', { name: '鼠标停留也读' })).toHaveAttribute('aria-pressed', 'false');
  },
};

export const English: Story = { globals: { locale: 'en-US' } };
export const EnglishReadOnFocus: Story = { globals: { locale: 'en-US' }, args: { defaultSettings: { readMode: 'point' } } };
export const EnglishBlackYellow: Story = { globals: { locale: 'en-US' }, args: { defaultSettings: { scheme: 'black-yellow', textStep: 2 } } };
export const EnglishCollapsed: Story = { globals: { locale: 'en-US' }, args: { defaultSettings: { collapsed: true } } };
