/**
 * SSR: every story (so every component in every documented state) renders with react-dom/server in Node,
 * with no window, no errors and no React warnings. Yinfa's own dev warnings ("[yinfa] …") are allowed —
 * stories of odd props show them on purpose.
 */
import { composeStories } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview';
import { collectStoryProblems } from '../setup/story-problems';

const modules = import.meta.glob<Record<string, unknown>>('../../packages/*/src/**/*.stories.tsx', { eager: true });

const problems = collectStoryProblems();

it('runs without a DOM', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
});

for (const [file, mod] of Object.entries(modules)) {
  const stories = composeStories(mod as never, preview as never) as Record<string, ComponentType & { load?: () => Promise<void> }>;
  describe(file.replace('../../packages/', ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      it(`${name} renders on the server`, async () => {
        await Story.load?.();
        const html = renderToString(<Story />);
        expect(html.length).toBeGreaterThan(0);
        expect(problems()).toEqual([]);
      });
    }
  });
}
