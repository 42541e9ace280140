import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SpacingScale } from './SpacingScale';

const meta = {
  title: 'Foundations/Spacing',
  component: SpacingScale,
  // The page is Spacing.mdx; no generated docs page beside it.
  tags: ['!autodocs'],
} satisfies Meta<typeof SpacingScale>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Each bar is drawn as long as its token: space-4 is 1rem × --yf-scale, space-7 three times that. */
export const Scale: Story = {
  play: async ({ canvasElement }) => {
    const bar = (n: number) => (canvasElement.querySelector(`[data-token="--yf-space-${n}"] [aria-hidden="true"]`) as HTMLElement).getBoundingClientRect().width;
    await expect(bar(7) / bar(4)).toBeCloseTo(3, 1);
    await expect(bar(1) / bar(4)).toBeCloseTo(0.25, 1);
  },
};

export const English: Story = { globals: { locale: 'en-US' } };
