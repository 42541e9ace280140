/**
 * Every story on React 18.3: composed with the Storybook preview (provider, mode, locale) and mounted in jsdom with
 * React 18's createRoot — no errors and no React warnings. Play functions and axe run in Chromium on React 19 (the
 * `storybook` project), server rendering on React 19 in Node (test/node/ssr.test.tsx); this proves the same stories
 * mount on the older peer. (Server rendering is not repeated here: jsdom has a `window`, so every SSR-safe layout
 * effect would take its browser branch and React 18 would warn about a server that is not one.) Yinfa's own dev
 * warnings ("[yinfa] …") are allowed: stories of odd props show them on purpose.
 */
import { composeStories } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import { version, type ComponentType } from 'react';
import preview from '../../.storybook/preview';
import { collectStoryProblems } from '../setup/story-problems';

const modules = import.meta.glob<Record<string, unknown>>('../../packages/*/src/**/*.stories.tsx', { eager: true });

const problems = collectStoryProblems();
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => cleanup());

it('is React 18.3', () => {
  expect(version).toMatch(/^18\.3\./);
});

for (const [file, mod] of Object.entries(modules)) {
  const stories = composeStories(mod as never, preview as never) as Record<string, ComponentType & { load?: () => Promise<void> }>;
  describe(file.replace('../../packages/', ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      it(`${name} mounts on React 18`, async () => {
        await Story.load?.();
        const { container } = render(<Story />);
        expect(container.innerHTML.length).toBeGreaterThan(0);
        expect(problems()).toEqual([]);
      });
    }
  });
}
