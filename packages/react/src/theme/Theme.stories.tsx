import type { Meta, StoryObj } from '@storybook/react-vite';
import { contrastRatio, createTheme, DEFAULT_THEME_MODES, MODE_BARS, THEME_MODES } from '@yinfa/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ThemeStudio } from './storyParts';

/** #rrggbb → the rgb() text getComputedStyle gives. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The rendered primary button of each mode's preview: its fill is the theme's colour, its text meets the mode's bar. */
async function expectButtonsThemed(canvasElement: HTMLElement, modes: Record<string, Record<string, string>>) {
  const buttons = within(canvasElement).getAllByRole('button', { name: '确认转账' });
  await expect(buttons).toHaveLength(THEME_MODES.length);
  THEME_MODES.forEach((mode, i) => {
    const cs = getComputedStyle(buttons[i]!);
    expect([mode, cs.backgroundColor]).toEqual([mode, rgb(modes[mode]!['--yf-color-primary']!)]);
    expect([mode, contrastRatio(cs.color, cs.backgroundColor) >= MODE_BARS[mode].text]).toEqual([mode, true]);
  });
}

const meta = {
  title: 'Introduction/Brand theme',
  component: ThemeStudio,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '输入银行的品牌色，立即看到标准、长辈、高对比三种模式下的组件和每一对颜色的实测对比度（WCAG 2 比值和 APCA Lc）。品牌色不达标时只调明度、不改色相，并列出调整了哪些颜色。代码里用 `createTheme({ primary })`（@yinfa/core）或 `<YinfaProvider theme="#C7000B">`。\n\n' +
          'Type a brand colour and see every mode with the measured contrast of every pairing (WCAG 2 ratio and APCA Lc). Where the brand colour misses a bar only its lightness moves (hue kept) and the list says which. In code: `createTheme({ primary })` from @yinfa/core or `<YinfaProvider theme="#C7000B">`.',
      },
    },
  },
} satisfies Meta<typeof ThemeStudio>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A bank red: kept in standard mode (5.9:1 under white text), darkened for elder mode's 7:1. */
export const BankRed: Story = {
  args: { initial: '#C7000B' },
  play: async ({ canvasElement }) => {
    const theme = createTheme({ primary: '#C7000B' });
    await expect(theme.modes.standard['--yf-color-primary']).toBe('#c7000b');
    await waitFor(() => expectButtonsThemed(canvasElement, theme.modes));
  },
};

/** A pale yellow cannot carry text or show an edge: it is shifted in lightness in every mode, and the page says so. */
export const PaleYellowShifted: Story = {
  args: { initial: '#FFF59D' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const adjusted = canvas.getByTestId('adjusted');
    await expect(adjusted.querySelector('[data-adjusted="standard --yf-color-primary"]')).toHaveTextContent('标准模式 · 主色（按钮、开关） --yf-color-primary → #');
    await expect(adjusted.querySelector('[data-adjusted="elder --yf-color-primary"]')).not.toBeNull();
    // The yellow itself never reaches a button: the fill the components use is the shifted colour.
    await waitFor(() => expectButtonsThemed(canvasElement, createTheme({ primary: '#FFF59D' }).modes));
  },
};

/** Typing a colour re-themes every mode; every measured pairing meets its bar; an invalid colour keeps the default theme. */
export const TypeABrandColour: Story = {
  args: { initial: '#0b57a4' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /品牌主色/ });
    for (const colour of ['#0066B3', '#00A650', '#E60012']) {
      await userEvent.clear(input);
      await userEvent.type(input, colour);
      await waitFor(() => expect(canvasElement.querySelectorAll('[data-pass]').length).toBeGreaterThan(0));
      await expect(canvasElement.querySelectorAll('[data-pass="false"]')).toHaveLength(0);
      await waitFor(() => expectButtonsThemed(canvasElement, createTheme({ primary: colour }).modes));
    }
    await userEvent.clear(input);
    await userEvent.type(input, 'red;');
    await expect(await canvas.findByText('这不是颜色，仍用默认主题。')).toBeInTheDocument();
    await expect(input).toHaveAccessibleDescription(/“red;”不是颜色/);
    // The default theme stays: the previews show Yinfa's own colours again.
    await waitFor(() => expectButtonsThemed(canvasElement, DEFAULT_THEME_MODES));
  },
};

export const English: Story = { args: { initial: '#E60012' }, globals: { locale: 'en-US' } };
