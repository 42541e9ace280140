/**
 * The mode audit: every story in every mode (standard, elder, high-contrast) at a 320 CSS px wide
 * viewport, checked for target size, text contrast, minimum text size, sideways scroll and clipping
 * under WCAG 1.4.12 text spacing. One summary line at the end: stories × modes checked, violations.
 */
import { composeStories } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { checkContrast, checkReflow, checkTargets, checkTextSize, checkTextSpacing, dedupe, frames, type AuditMode, type Violation } from './audit-checks';

const MODES: AuditMode[] = ['standard', 'elder', 'high-contrast'];
const modules = import.meta.glob<Record<string, unknown>>('../../packages/*/src/**/*.stories.tsx', { eager: true });

let storyCount = 0;
let checked = 0;
let violationCount = 0;

beforeAll(async () => {
  await page.viewport(320, 800);
});

afterAll(() => {
  const line = `[yinfa audit] ${storyCount} stories × ${MODES.length} modes checked (${checked} renders), ${violationCount} violations`;
  console.log(line);
});

for (const [file, mod] of Object.entries(modules)) {
  const meta = (mod as { default?: { parameters?: { audit?: { skip?: boolean } } } }).default;
  if (meta?.parameters?.audit?.skip) continue;
  const shortName = file.replace('../../packages/', '');
  describe(shortName, () => {
    for (const mode of MODES) {
      const stories = composeStories(mod as never, { ...preview, initialGlobals: { ...preview.initialGlobals, mode } } as never) as Record<
        string,
        { storyName?: string; load?: () => Promise<void>; parameters?: { audit?: { skip?: boolean } } } & ComponentType
      >;
      for (const [name, Story] of Object.entries(stories)) {
        if (Story.parameters?.audit?.skip) continue;
        if (mode === 'standard') storyCount++;
        it(`${name} · ${mode}`, async () => {
          await Story.load?.();
          render(<Story />);
          await document.fonts.ready;
          await frames(3);
          const root = document.body;
          const violations: Violation[] = dedupe([
            ...checkTargets(root),
            ...checkContrast(root),
            ...checkTextSize(root),
            ...checkReflow(),
            ...(await checkTextSpacing(root)),
          ]);
          cleanup();
          // Stories may save drafts and settings; leave none behind for the next story or suite.
          sessionStorage.clear();
          localStorage.clear();
          checked++;
          violationCount += violations.length;
          expect(violations.map((v) => `${v.check}: ${v.message}`)).toEqual([]);
        });
      }
    }
  });
}
