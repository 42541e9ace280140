/**
 * @yinfa/audit on fixture pages in Chromium: each seeded defect is found by its check with the right clause and
 * element; clean pages have 0 findings in every viewport × mode × scale; a page behind a login form is reached
 * through the setup script; the HTML report passes axe itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDetailed, CHECKS, findChromium, renderHtmlReport, toPublicReport, type CheckId, type DetailedReport } from '@yinfa/audit';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const fixture = (name: string) => path.join(here, 'fixtures', name);

/** Each defect page, the check that must find it, and the element it must name. */
const SEEDED: Array<[CheckId, string, RegExp]> = [
  ['text-size', 'text-size.html', /p\.tiny/],
  ['line-height', 'line-height.html', /p\.tight/],
  ['contrast', 'contrast.html', /p\.grey/],
  ['target-size', 'target-size.html', /button\.tiny-btn/],
  ['focus-visible', 'focus-visible.html', /button\.no-ring/],
  ['focus-obscured', 'focus-obscured.html', /button\.hidden-by-bar/],
  ['keyboard', 'keyboard.html', /span\.fake/],
  ['reflow', 'reflow.html', /^html$|div\.wide/],
  ['text-spacing', 'text-spacing.html', /div\.fixed-box/],
  ['enlargement', 'enlargement.html', /^html$/],
  ['popup', 'popup.html', /div\.ad/],
  ['autoplay', 'autoplay.html', /audio\.bgm|^html$/],
  ['motion', 'motion.html', /p\.ticker/],
  ['captcha', 'captcha.html', /img\.captcha-img/],
  ['axe', 'axe.html', /img/],
];

let defects: DetailedReport;

beforeAll(async () => {
  // One browser for every defect page: 390×844, elder mode, 100 % text (the defects do not depend on the scale).
  defects = await auditDetailed(
    SEEDED.map(([, file]) => fixture(file)),
    { viewports: [{ width: 390, height: 844 }], modes: ['elder'], scales: [1], port: 4310 },
  );
}, 240_000);

describe('seeded defects', () => {
  it('loads every page', () => {
    expect(defects.errors).toEqual([]);
    expect(defects.pages).toHaveLength(SEEDED.length);
  });

  for (const [check, file, element] of SEEDED) {
    it(`${file}: ${check} names the element with clause ${CHECKS[check].clause}`, () => {
      const page = defects.pages.findIndex((p) => p.url.endsWith(`/${file}`));
      const found = defects.findings.filter((f) => f.page === page);
      const hit = found.filter((f) => f.check === check);
      expect(hit.length, JSON.stringify(found.map((f) => [f.check, f.selector, f.value]))).toBeGreaterThan(0);
      expect(hit.some((f) => element.test(f.selector)), JSON.stringify(hit.map((f) => f.selector))).toBe(true);
      expect(hit[0]!.clause).toBe(CHECKS[check].clause);
      // One defect per page: no other check fires (axe's own color-contrast rule agrees on the contrast page).
      expect([...new Set(found.map((f) => f.check))].filter((c) => !(check === 'contrast' && c === 'axe'))).toEqual([check]);
    });
  }

  it('the public report has exactly the documented fields', () => {
    const report = toPublicReport(defects);
    expect(Object.keys(report).sort()).toEqual(['findings', 'pages']);
    expect(Object.keys(report.pages[0]!).sort()).toEqual(['mode', 'scale', 'url', 'viewport']);
    expect(Object.keys(report.findings[0]!).sort()).toEqual(['check', 'clause', 'page', 'selector', 'threshold', 'value', 'wcag']);
  });

  it('the HTML report (zh-CN and en-US) passes axe in Chromium and shows crops', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const html = renderHtmlReport(defects, locale);
        expect(html).toContain(`lang="${locale}"`);
        expect(html).toMatch(/<img src="data:image\/png;base64,/);
        expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!dequeuniversity)/);
        await page.setContent(html);
        await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
        const violations = await page.evaluate(() => (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: Array<{ id: string }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations.map((v) => v.id)));
        expect(violations).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('clean pages', () => {
  it('have 0 findings in both viewports, standard and elder, 100 % and 200 % text', async () => {
    const report = await auditDetailed([fixture('clean.html'), fixture('clean-form.html')], { port: 4320 });
    expect(report.errors).toEqual([]);
    expect(report.pages).toHaveLength(2 * 2 * 2 * 2);
    expect(report.findings.map((f) => `${f.check} ${f.selector} ${f.value} @${f.page}`)).toEqual([]);
  }, 240_000);
});

describe('a page behind a login form', () => {
  it('is reached through the setup script, and its seeded defect found', async () => {
    const opts = { viewports: [{ width: 390, height: 844 }], modes: ['standard' as const], scales: [1], port: 4330 };
    const report = await auditDetailed([fixture('account.html')], { ...opts, setup: fixture('login-setup.mjs') });
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'target-size').map((f) => f.selector)).toEqual([expect.stringMatching(/button\.behind-login/)]);
    const without = await auditDetailed([fixture('account.html')], opts);
    expect(without.findings.some((f) => /behind-login/.test(f.selector))).toBe(false);
  }, 120_000);
});
