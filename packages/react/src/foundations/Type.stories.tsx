import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { MODES, pxPerRem, sectionOf, token } from './parts';
import { TypeScale } from './TypeScale';

const meta = {
  title: 'Foundations/Type',
  component: TypeScale,
  // The page is Type.mdx; no generated docs page beside it.
  tags: ['!autodocs'],
} satisfies Meta<typeof TypeScale>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Each size is drawn at rem × --yf-scale × the root font size, and the page says so. */
export const AllModes: Story = {
  play: async ({ canvasElement }) => {
    for (const mode of MODES) {
      const row = sectionOf(canvasElement, mode).querySelector('[data-size="body"]') as HTMLElement;
      const expected = parseFloat(token(mode, 'font-size-body')) * pxPerRem(row);
      await waitFor(() => expect(parseFloat(row.dataset.drawn ?? '')).toBeCloseTo(expected, 1));
      // Elder body text ≥ 20px, every other mode ≥ 16px (MIIT APP 1.1).
      await expect(parseFloat(row.dataset.drawn!)).toBeGreaterThanOrEqual(mode === 'elder' ? 20 : 16);
    }
  },
};

export const English: Story = { globals: { locale: 'en-US' } };
