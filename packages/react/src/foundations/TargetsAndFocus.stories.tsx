import type { Meta, StoryObj } from '@storybook/react-vite';
import { contrastRatio } from '@yinfa/core';
import { expect, userEvent, waitFor } from 'storybook/test';
import { MODES, pxPerRem, sectionOf, token } from './parts';
import { TargetsAndFocus } from './TargetsAndFocus';

const meta = {
  title: 'Foundations/Targets and focus',
  component: TargetsAndFocus,
  // The page is TargetsAndFocus.mdx; no generated docs page beside it.
  tags: ['!autodocs'],
} satisfies Meta<typeof TargetsAndFocus>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Real controls at each mode's target size; a keyboard user's focus ring is ≥ 2px and ≥ 3:1 on the page. */
export const AllModes: Story = {
  play: async ({ canvasElement }) => {
    for (const mode of MODES) {
      const section = sectionOf(canvasElement, mode);
      // 44px (60px in elder mode) at 100 % text on the default 16px root; everything grows with --yf-scale.
      const rem = parseFloat(token(mode, 'size-target'));
      await expect(rem * 16).toBeGreaterThanOrEqual(mode === 'elder' ? 60 : 44);
      const min = rem * pxPerRem(section.querySelector('[data-target]')!);
      await waitFor(() => expect(section.querySelectorAll('[data-measured=""]')).toHaveLength(0));
      for (const item of Array.from(section.querySelectorAll<HTMLElement>('[data-measured]'))) {
        const [w, h] = (item.dataset.measured ?? '').split(' × ').map(parseFloat) as [number, number];
        await expect([mode, Math.min(w, h) + 0.5 >= min]).toEqual([mode, true]);
      }
    }
    // Tab to the elder section's first "Tab to me" button: the ring is the one focus ring of every control.
    const target = canvasElement.querySelector<HTMLElement>('[data-focus-try="elder"]')!;
    for (let i = 0; i < 40 && document.activeElement !== target; i++) await userEvent.tab();
    await expect(target).toHaveFocus();
    const cs = getComputedStyle(target);
    await expect(parseFloat(cs.outlineWidth)).toBeGreaterThanOrEqual(2);
    await expect(contrastRatio(cs.outlineColor, token('elder', 'color-background'))).toBeGreaterThanOrEqual(3);
  },
};

export const English: Story = { globals: { locale: 'en-US' } };
