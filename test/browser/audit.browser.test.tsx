/**
 * The mode audit: every story at a 320 CSS px wide viewport, in every mode it does not fix itself
 * (standard, elder, high-contrast), at text scale 1 and 2, checked with `@yinfa/audit/checks` (target size,
 * contrast, text size incl. inputs and placeholders, line height, sideways scroll of the page and of boxes,
 * clipped and overlapping text, WCAG 1.4.12 text spacing), each time:
 *   - after the story settles (fonts loaded, no pending adapter timers or requests, no running transition,
 *     DOM quiet), and
 *   - again after its play function has run and settled (its final state);
 * and axe at the same checkpoints once per story × mode × locale (zh-CN at 100 %, en-US at 200 %: see Pass.axe);
 * every en-US render is also checked for Chinese text outside `lang="zh…"` (audit-language.ts: story text follows
 * the locale toolbar).
 * A story that fixes its own mode, locale or text scale is checked in that one only.
 * Locales: each story runs in its own locale (zh-CN unless it fixes one) at scale 1 and 2 (the provider's textScale,
 * play function included); at scale 2 a story that does not fix its locale is also rendered in en-US through the
 * toolbar's 200 % root font size (settled state: play functions look for their own locale's words).
 * One summary line at the end counts the distinct story × mode × scale renders actually checked.
 */
import { composeStories } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { clearAllMocks } from 'storybook/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { installSettleTracker, settle, type AuditMode } from '@yinfa/audit/checks';
import preview from '../../.storybook/preview';
import { checkLanguage } from './audit-language';
import { checkAll, type Problem } from './audit-run';

const MODES: AuditMode[] = ['standard', 'elder', 'high-contrast'];
const SCALES: readonly number[] = [1, 2];
const LOCALES = ['zh-CN', 'en-US'] as const;
const modules = import.meta.glob<Record<string, unknown>>('../../packages/*/src/**/*.stories.tsx', { eager: true });

type Fixed = { mode?: AuditMode; locale?: string; textScale?: string };
/** `audit.ownTextSize`: the story sets its own text size (the toolbar's 200 % step): checked as it is, not scaled again. */
type AuditParameters = { skip?: boolean; ownTextSize?: boolean };
type Composed = { storyName?: string; load?: () => Promise<void>; play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>; parameters?: { audit?: AuditParameters } } & ComponentType;

const renders = new Set<string>();
let passCount = 0;
let checkpoints = 0;
let violationCount = 0;
let unsettled = 0;
/** Which checkpoints hit the settle limit (checked anyway, after 3 s): named in the summary so they can be looked at. */
const unsettledAt: string[] = [];
const started = performance.now();

beforeAll(async () => {
  await page.viewport(320, 800);
  installSettleTracker();
});

afterAll(() => {
  console.log(`[yinfa audit] ${renders.size} renders (stories × modes × scales) checked, ${violationCount} violations`);
  console.log(`[yinfa audit] ${passCount} passes (zh-CN and en-US), ${checkpoints} checkpoints (settled and after play), ${unsettled} hit the settle time limit, ${Math.round((performance.now() - started) / 1000)} s`);
  if (unsettledAt.length) console.log(`[yinfa audit] not settled within 3 s (checked anyway): ${unsettledAt.slice(0, 40).join('; ')}`);
});

interface Pass {
  locale: string;
  /**
   * Run axe in this pass. axe checks names, roles, states and structure, which text size does not change
   * (contrast at every size is the measured contrast check's): each story × mode gets axe once per locale —
   * zh-CN at 100 %, en-US in its 200 % pass — not again at every scale.
   */
  axe: boolean;
  /** Scale through the root font size (the toolbar's way) instead of the provider's textScale. */
  viaRoot: boolean;
  /** Play functions find controls by their words in the story's own locale: they run in that locale's pass. */
  play: boolean;
}

/**
 * Scale 1: one pass in the story's locale (zh-CN unless it fixes one). Scale 2: that pass through the provider's
 * textScale, and, for stories that do not fix their locale, an en-US pass through the 200 % root font size.
 * A story with its own text scale (`ownScale`): its locale's pass and the other locale's, both at that scale.
 */
function passes(locales: readonly string[], scale: number, ownScale: boolean): Pass[] {
  const [main, other] = locales;
  const list: Pass[] = [{ locale: main!, viaRoot: false, play: true, axe: scale === 1 || ownScale || !other }];
  // A story that fixes its own text scale gets its other locale at that scale, through the provider (a 200 %
  // root font size on top of it would check 400 %).
  if ((scale !== 1 || ownScale) && other) list.push({ locale: other, viaRoot: !ownScale, play: false, axe: true });
  return list;
}

const composed = new Map<string, Record<string, Composed>>();

/** A module's stories composed once per mode × locale × text scale. */
function compose(mod: Record<string, unknown>, mode: AuditMode, locale: string, textScale: number): Record<string, Composed> {
  const key = `${Object.keys(modules).find((k) => modules[k] === mod)}|${mode}|${locale}|${textScale}`;
  let stories = composed.get(key);
  if (!stories) {
    const globals = { ...preview.initialGlobals, mode, locale, textScale: String(textScale) };
    stories = composeStories(mod as never, { ...preview, initialGlobals: globals } as never) as Record<string, Composed>;
    composed.set(key, stories);
  }
  return stories;
}

/** Renders one story, checks it settled, runs its play function, checks the final state. */
async function audit(Story: Composed, label: string, pass: Pass): Promise<Problem[]> {
  const { play, axe, locale } = pass;
  await Story.load?.();
  const { container } = render(<Story />);
  // Play functions drive the story as a user would, outside act() (as Storybook runs them): no act warnings.
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnv = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  const problems: Problem[] = [];
  const checkpoint = async (when: string) => {
    const s = await settle();
    if (!s.settled) {
      unsettled++;
      unsettledAt.push(`${label} · ${when}`);
    }
    checkpoints++;
    const found = [...(await checkAll(document.body, { axe })), ...checkLanguage(document.body, locale)];
    for (const p of found) problems.push({ check: p.check, message: `${label} · ${when}: ${p.message}` });
  };
  try {
    await checkpoint('settled');
    if (play && Story.play) {
      await Story.play({ canvasElement: container });
      await checkpoint('after play');
    }
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = actEnv;
    cleanup();
    // Stories may save drafts and settings; leave none behind for the next story or suite.
    sessionStorage.clear();
    localStorage.clear();
  }
  return problems;
}

for (const [file, mod] of Object.entries(modules)) {
  const meta = (mod as { default?: { parameters?: { audit?: { skip?: boolean } } } }).default;
  if (meta?.parameters?.audit?.skip) continue;
  const shortName = file.replace('../../packages/', '');
  const base = compose(mod, 'standard', 'zh-CN', 1);
  const metaGlobals = (meta as { globals?: Fixed } | undefined)?.globals;
  describe(shortName, () => {
    for (const [name, first] of Object.entries(base)) {
      if (first.parameters?.audit?.skip) continue;
      // A story that fixes its mode or locale is one render in that mode or locale, not three or two.
      const own = { ...metaGlobals, ...(mod[name] as { globals?: Fixed } | undefined)?.globals };
      const modes = own.mode ? [own.mode] : MODES;
      const locales = own.locale ? [own.locale] : LOCALES;
      // A story that fixes its text scale (e.g. LargeText at 2) is checked at that scale only.
      const ownScale = first.parameters?.audit?.ownTextSize ? 1 : Number(own.textScale);
      const fixesScale = Number.isFinite(ownScale) && ownScale > 0;
      const scales = fixesScale ? [ownScale] : SCALES;
      for (const mode of modes) {
        for (const scale of scales) {
          it(`${name} · ${mode} · ${scale * 100}%`, async () => {
            const problems: Problem[] = [];
            for (const pass of passes(locales, scale, fixesScale)) {
              clearAllMocks();
              const Story = compose(mod, mode, pass.locale, pass.viaRoot ? 1 : scale)[name]!;
              if (pass.viaRoot) document.documentElement.style.setProperty('font-size', `${scale * 100}%`);
              try {
                problems.push(...(await audit(Story, `${shortName} ${name} · ${mode} · ${scale * 100}% · ${pass.locale}`, pass)));
              } finally {
                document.documentElement.style.removeProperty('font-size');
              }
              passCount++;
            }
            renders.add(`${shortName}#${name}#${mode}#${scale}`);
            violationCount += problems.length;
            expect(problems.map((p) => `${p.check}: ${p.message}`)).toEqual([]);
          });
        }
      }
    }
  });
}
