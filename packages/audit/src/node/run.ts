/** `audit(targets, options)`: every target × viewport × mode × scale in one Chromium, every check, one report. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHECK_IDS, type AuditMode, type CheckId, type Finding } from '../checks/types';
import { CHECKS } from '../clauses';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER } from './browser';
import { axeSource, initScript } from './inject';
import { resolveTargets, type ResolvedPage } from './targets';
import type { AuditOptions, AuditPage, AuditReport, DetailedFinding, DetailedReport, SetupContext, Viewport } from './types';
import { keyboardWalk } from './walk';

export const DEFAULT_VIEWPORTS: Viewport[] = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAX_SHOTS = 60;

/** Could not run at all (no browser, no targets): the CLI exits 2. */
export class AuditError extends Error {}

function enabledChecks(options: AuditOptions): CheckId[] {
  const base = options.only?.length ? CHECK_IDS.filter((c) => options.only!.includes(c)) : [...CHECK_IDS];
  return base.filter((c) => options.rules?.[c] !== false);
}

function urlFor(target: ResolvedPage, mode: AuditMode, options: AuditOptions): string {
  const url = new URL(target.url);
  if (target.storybook && mode !== 'standard') url.searchParams.set('globals', `mode:${mode}`);
  if (options.modeParam) url.searchParams.set(options.modeParam, mode);
  return url.toString();
}

async function loadSetup(setup: AuditOptions['setup']): Promise<((ctx: SetupContext) => Promise<void>) | undefined> {
  if (!setup) return undefined;
  if (typeof setup === 'function') return setup;
  const mod = (await import(pathToFileURL(path.resolve(setup)).href)) as { default?: unknown; setup?: unknown };
  const fn = mod.default ?? mod.setup;
  if (typeof fn !== 'function') throw new AuditError(`Setup script ${setup} must export a default async function ({ page, url })`);
  return fn as (ctx: SetupContext) => Promise<void>;
}

function wcagOfAxe(tags: string[]): string | null {
  for (const t of tags) {
    const m = /^wcag(\d)(\d)(\d+)$/.exec(t);
    if (m) return `${m[1]}.${m[2]}.${m[3]}`;
  }
  return null;
}

async function runAxe(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource() });
  // A page may run axe itself (Storybook's a11y addon does, on the same window.axe): wait for its run to finish.
  const run = () => page.evaluate((tags) => window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, helpUrl: v.helpUrl, tags: v.tags, impact: v.impact ?? null, nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })) }))), AXE_TAGS);
  let violations: Awaited<ReturnType<typeof run>> | undefined;
  for (let attempt = 0; violations === undefined; attempt++) {
    try {
      violations = await run();
    } catch (error) {
      if (attempt >= 20 || !/already running/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ check: 'axe' as const, selector: n.target, value: v.id, threshold: v.help, wcag: wcagOfAxe(v.tags) ?? undefined, message: `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}` })),
  );
}

async function pageChecks(page: Page, mode: AuditMode, options: AuditOptions, on: CheckId[], firstOfUrl: boolean): Promise<Finding[]> {
  return page.evaluate(
    async ({ mode, profile, on, firstOfUrl }) => {
      const A = window.YinfaAudit;
      const ctx = { mode, profile };
      const doc = document;
      const has = (c: string) => on.includes(c as never);
      const out: Finding[] = [];
      if (has('text-size')) out.push(...A.checkTextSize(doc, ctx));
      if (has('line-height')) out.push(...A.checkLineHeight(doc, ctx));
      if (has('contrast')) out.push(...A.checkContrast(doc, ctx));
      if (has('target-size')) out.push(...A.checkTargets(doc, ctx));
      if (has('reflow')) out.push(...A.checkReflow(doc, ctx));
      if (has('text-spacing')) out.push(...(await A.checkTextSpacing(doc, ctx)));
      if (has('popup')) out.push(...A.checkPopups(doc, ctx));
      if (has('autoplay')) out.push(...A.checkAutoplay(doc, window.__yinfaAuditSpoken ?? 0));
      if (has('motion')) out.push(...A.checkMotion(doc));
      if (has('captcha')) out.push(...A.checkCaptcha(doc));
      if (has('enlargement') && firstOfUrl) out.push(...A.checkEnlargement(doc));
      return out;
    },
    { mode, profile: options.profile ?? 'miit', on, firstOfUrl },
  );
}

async function crop(page: Page, rect: NonNullable<Finding['rect']>): Promise<string | undefined> {
  try {
    const size = await page.evaluate((r) => {
      const mark = document.createElement('div');
      mark.id = '__yinfa_audit_mark';
      mark.style.cssText = `position:absolute;left:${r.x - 3}px;top:${r.y - 3}px;width:${r.width + 6}px;height:${r.height + 6}px;outline:3px solid #d40000;z-index:2147483647;pointer-events:none`;
      document.documentElement.append(mark);
      return { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight };
    }, rect);
    const pad = 24;
    const x = Math.max(0, rect.x - pad);
    const y = Math.max(0, rect.y - pad);
    const clip = { x, y, width: Math.max(1, Math.min(rect.width + pad * 2, 800, size.w - x)), height: Math.max(1, Math.min(rect.height + pad * 2, 480, size.h - y)) };
    const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled' });
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    return undefined;
  } finally {
    await page.evaluate(() => document.getElementById('__yinfa_audit_mark')?.remove()).catch(() => undefined);
  }
}

/** Runs the audit and keeps what the HTML report needs (messages, crops, errors). */
export async function auditDetailed(targets: string | readonly string[], options: AuditOptions = {}): Promise<DetailedReport> {
  const started = Date.now();
  const list = typeof targets === 'string' ? [targets] : [...targets];
  if (!list.length) throw new AuditError('No targets: give one or more URLs, .html files or folders (storybook-static/)');
  const executablePath = findChromium(options.chromiumPath);
  if (!executablePath) throw new AuditError(NO_BROWSER);
  const setup = await loadSetup(options.setup);
  const resolved = await resolveTargets(list, options.port ?? 0).catch((e: Error) => {
    throw new AuditError(e.message);
  });
  if (options.include) {
    const re = typeof options.include === 'string' ? new RegExp(options.include) : options.include;
    resolved.pages = resolved.pages.filter((p) => re.test(p.url));
    if (!resolved.pages.length) {
      await Promise.all(resolved.servers.map((s) => s.close()));
      throw new AuditError(`No page matches ${re}`);
    }
  }
  const viewports = options.viewports?.length ? options.viewports : DEFAULT_VIEWPORTS;
  const modes: AuditMode[] = options.modes?.length ? options.modes : ['standard', 'elder'];
  const scales = options.scales?.length ? options.scales : [1, 2];
  const on = enabledChecks(options);
  const timeout = options.timeoutMs ?? 15_000;
  const pages: AuditPage[] = [];
  const findings: DetailedFinding[] = [];
  const errors: DetailedReport['errors'] = [];
  const shot = new Map<string, string | undefined>();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'no-preference' });
    await context.addInitScript({ content: await initScript() });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    if (setup) {
      await page.setViewportSize(viewports[0]!);
      await page.goto(resolved.pages[0]!.url, { waitUntil: 'load' });
      await setup({ page, url: resolved.pages[0]!.url });
    }
    for (const target of resolved.pages) {
      let first = true;
      for (const viewport of viewports) {
        for (const mode of modes) {
          for (const scale of scales) {
            const config: AuditPage = { url: target.url, viewport, mode, scale };
            try {
              await page.setViewportSize(viewport);
              await page.goto(urlFor(target, mode, options), { waitUntil: 'load' });
              if (!(await page.evaluate(() => Boolean(window.YinfaAudit)))) await page.addScriptTag({ content: await initScript() });
              await page.evaluate((m) => document.querySelectorAll('[data-yinfa-mode]').forEach((el) => el.setAttribute('data-yinfa-mode', m)), mode);
              if (options.switchMode) await options.switchMode(page, mode);
              if (scale !== 1) await page.evaluate((s) => document.documentElement.style.setProperty('font-size', `${s * 100}%`, 'important'), scale);
              await page.evaluate((ms) => window.YinfaAudit.settle({ timeoutMs: ms }), Math.min(timeout, 5000));
              const found = await pageChecks(page, mode, options, on, first);
              if (on.includes('axe')) found.push(...(await runAxe(page)));
              if (on.includes('keyboard') || on.includes('focus-visible') || on.includes('focus-obscured')) {
                found.push(...(await keyboardWalk(page)).filter((f) => on.includes(f.check)));
              }
              const index = pages.push(config) - 1;
              const seen = new Set<string>();
              for (const f of found) {
                const key = `${f.check}|${f.selector}|${f.value}`;
                if (seen.has(key)) continue;
                seen.add(key);
                const info = CHECKS[f.check];
                const group = `${target.url}|${f.check}|${f.selector}`;
                if (options.screenshots !== false && f.rect && !shot.has(group) && shot.size < MAX_SHOTS) shot.set(group, await crop(page, f.rect));
                findings.push({ check: f.check, clause: info.clause, wcag: f.wcag ?? (f.check === 'contrast' && /7:1/.test(f.threshold) ? '1.4.6' : info.wcag), selector: f.selector, value: f.value, threshold: f.threshold, page: index, message: f.message, level: info.level, rect: f.rect, screenshot: shot.get(group), help: f.check === 'axe' ? f.message.split(' — ')[1] : undefined });
              }
              options.onPage?.(config, seen.size);
            } catch (e) {
              errors.push({ url: `${target.url} (${viewport.width}×${viewport.height}, ${mode}, ${scale * 100}%)`, message: (e as Error).message.split('\n')[0]! });
            }
            first = false;
          }
        }
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await Promise.all(resolved.servers.map((s) => s.close()));
  }
  return {
    pages,
    findings,
    errors,
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    chromium: executablePath,
    options: { profile: options.profile ?? 'miit', modes, scales, viewports, rules: on },
  };
}

/** The public report: `{ pages, findings }` with exactly the documented fields. */
export function toPublicReport(report: DetailedReport): AuditReport {
  return {
    pages: report.pages.map(({ url, viewport, mode, scale }) => ({ url, viewport: { width: viewport.width, height: viewport.height }, mode, scale })),
    findings: report.findings.map(({ check, clause, wcag, selector, value, threshold, page }) => ({ check, clause, wcag, selector, value, threshold, page })),
  };
}

/** `audit(targets, options)`: resolves to the same object `--json` writes. */
export async function audit(targets: string | readonly string[], options: AuditOptions = {}): Promise<AuditReport> {
  return toPublicReport(await auditDetailed(targets, options));
}
