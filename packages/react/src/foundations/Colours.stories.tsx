import type { Meta, StoryObj } from '@storybook/react-vite';
import { contrastRatio } from '@yinfa/core';
import pairs from '@yinfa/tokens/tokens/pairs.json';
import { expect } from 'storybook/test';
import { ColourTokens, measurePairs } from './ColourTokens';
import { MODES, sectionOf } from './parts';

const meta = {
  title: 'Foundations/Colours',
  component: ColourTokens,
  // The page is Colours.mdx; no generated docs page beside it.
  tags: ['!autodocs'],
} satisfies Meta<typeof ColourTokens>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every pair of tokens/pairs.json in every mode, measured from the token values: all meet their bar. */
export const AllModes: Story = {
  play: async ({ canvasElement }) => {
    const shown = canvasElement.querySelectorAll('[data-pair]');
    await expect(shown).toHaveLength((pairs.text.length + pairs['non-text'].length) * MODES.length);
    await expect(canvasElement.querySelectorAll('[data-pass="false"]')).toHaveLength(0);
    // The text samples are drawn in the token colours: what the browser paints has the ratio the page states.
    for (const mode of MODES) {
      const section = sectionOf(canvasElement, mode);
      const body = measurePairs(mode).find((p) => p.fg === 'text' && p.bg === 'background')!;
      const sample = section.querySelector('[data-pair="text/background"] [aria-hidden="true"]') as HTMLElement;
      const cs = getComputedStyle(sample);
      await expect(contrastRatio(cs.color, cs.backgroundColor).toFixed(2)).toBe(body.ratio.toFixed(2));
    }
  },
};

export const English: Story = { globals: { locale: 'en-US' } };
