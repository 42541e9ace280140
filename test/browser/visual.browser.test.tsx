/**
 * Local visual regression (the offline stand-in for Chromatic): every component and widget, in standard,
 * elder and high-contrast mode, compared with baselines committed under __screenshots__/.
 *
 * Baselines must not depend on how one browser build draws native controls: Yinfa draws its own radio
 * and checkbox indicators, and the comparison ignores anti-aliased pixels only (pixelmatch's AA
 * detection, threshold 0.1), nothing more. `__screenshots__/browser.json` records which Chromium took the
 * baselines; a mismatch message names both browser versions and where the images are.
 * Update on purpose with `npx vitest run --project browser -u test/browser/visual`.
 */
import { composeStories } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, server, userEvent } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { frames } from './audit-checks';
import { VISUAL_CASES, type VisualCase } from './visual-cases';

type Mode = 'standard' | 'elder' | 'high-contrast';
const MODES: Mode[] = ['standard', 'elder', 'high-contrast'];

type Composed = ComponentType<Record<string, unknown>> & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> };

/** One story of a module, composed with the preview's decorators in the given mode. */
function story(mod: unknown, name: string, mode: Mode): Composed {
  const stories = composeStories(mod as never, { ...preview, initialGlobals: { ...preview.initialGlobals, mode } } as never) as Record<string, Composed>;
  const Story = stories[name];
  if (!Story) throw new Error(`No story ${name}`);
  return Story;
}

let thisBrowser = 'unknown';
let baselineBrowser = 'unknown';
const updating = server.config.snapshotOptions.updateSnapshot === 'all';

beforeAll(async () => {
  await page.viewport(480, 720);
  thisBrowser = await commands.browserVersion();
  baselineBrowser = (await commands.readBaselineBrowser()) ?? 'unrecorded';
});
afterAll(async () => {
  if (updating) await commands.writeBaselineBrowser(thisBrowser);
});
afterEach(() => cleanup());

async function shoot(element: Element | null, name: string) {
  if (!element) throw new Error(`${name}: nothing to photograph (selector found no element)`);
  // The pointer may rest wherever an earlier test left it: move it off so no :hover style is captured.
  await userEvent.unhover(element);
  await document.fonts.ready;
  await frames(3);
  try {
    await expect.element(page.elementLocator(element)).toMatchScreenshot(name, {
      comparatorName: 'pixelmatch',
      comparatorOptions: { threshold: 0.1, includeAA: false },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\nVisual baseline "${name}": baselines were taken with ${baselineBrowser}; this run uses ${thisBrowser}.\n` +
        'Reference, actual and diff images are at the paths above (diff pixels in red). Update on purpose with ' +
        '`npx vitest run --project browser -u test/browser/visual` and review the images before committing.',
    );
  }
}

async function renderCase(c: VisualCase, mode: Mode): Promise<Element | null> {
  const Story = story(c.module, c.story, mode);
  const { container } = render(<Story {...c.args} />);
  if (c.play && Story.play) await Story.play({ canvasElement: container });
  if (c.ready) await expect.poll(() => c.ready!(container), { timeout: 10_000 }).toBe(true);
  return c.select(container);
}

describe('visual baselines', () => {
  for (const c of VISUAL_CASES) {
    for (const mode of MODES) {
      it(`${c.name} · ${mode}`, async () => {
        const element = await renderCase(c, mode);
        await shoot(element, `${c.name}-${mode}`);
      });
    }
  }
});
