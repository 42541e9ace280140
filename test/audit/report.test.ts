/** @yinfa/audit without a browser: targets (files, folders, a built Storybook), grouping across configurations, the HTML report's escaping, the clause table. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS, groupFindings, renderHtmlReport, summaryText, toPublicReport, type DetailedReport } from '@yinfa/audit';
import { resolveTargets, TargetError } from '../../packages/audit/src/node/targets';

const report = (): DetailedReport => ({
  pages: [
    { url: 'http://x/a.html', viewport: { width: 1280, height: 800 }, mode: 'standard', scale: 1 },
    { url: 'http://x/a.html', viewport: { width: 390, height: 844 }, mode: 'elder', scale: 2 },
  ],
  findings: [
    { check: 'target-size', clause: CHECKS['target-size'].clause, wcag: '2.5.5', selector: 'button.x', value: '40×40px', threshold: '≥ 44×44px', page: 0, message: 'small', level: 'error' },
    { check: 'target-size', clause: CHECKS['target-size'].clause, wcag: '2.5.5', selector: 'button.x', value: '40×40px', threshold: '≥ 60×60px', page: 1, message: 'small', level: 'error' },
    { check: 'popup', clause: CHECKS.popup.clause, wcag: null, selector: 'div[data-x="<script>"]', value: 'no close button', threshold: 'a permanent close ≥ 44×44px', page: 1, message: 'popup', level: 'veto' },
  ],
  errors: [],
  startedAt: '2026-12-01T00:00:00.000Z',
  seconds: 1,
  chromium: '/usr/bin/chromium',
  options: { profile: 'miit', modes: ['standard', 'elder'], scales: [1, 2], viewports: [], rules: [...CHECK_IDS] },
});

describe('clause table', () => {
  it('gives every check a clause, a level, and zh-CN and en-US words', () => {
    for (const id of CHECK_IDS) {
      expect(CHECKS[id].clause.length, id).toBeGreaterThan(0);
      expect(['review', 'error', 'veto']).toContain(CHECKS[id].level);
      expect(CHECKS[id].name['zh-CN'] && CHECKS[id].name['en-US'] && CHECKS[id].fix['zh-CN'] && CHECKS[id].fix['en-US'], id).toBeTruthy();
    }
  });
});

describe('reports', () => {
  it('groups one element × check across viewports, modes and scales; veto items first', () => {
    const groups = groupFindings(report());
    expect(groups.map((g) => [g.check, g.items.length])).toEqual([
      ['popup', 1],
      ['target-size', 2],
    ]);
    expect(summaryText(report(), 'en-US')).toMatch(/2 page configurations, 2 distinct findings, 0 errors/);
  });

  it('keeps only the public fields in the JSON', () => {
    expect(toPublicReport(report()).findings[0]).toEqual({ check: 'target-size', clause: 'APP 2.1 组件焦点大小', wcag: '2.5.5', selector: 'button.x', value: '40×40px', threshold: '≥ 44×44px', page: 0 });
  });

  it('escapes what pages put in selectors, and says it is not a certification', () => {
    const html = renderHtmlReport(report(), 'zh-CN');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('不是工信部适老化评测，也不是认证');
    expect(renderHtmlReport(report(), 'en-US')).toContain('not an MIIT 适老化 evaluation or a certification');
  });
});

describe('targets', () => {
  it('turns a built Storybook into one page per story, a folder into its .html files, and refuses what is not there', async () => {
    const sb = mkdtempSync(path.join(tmpdir(), 'yinfa-sb-'));
    writeFileSync(path.join(sb, 'iframe.html'), '<!doctype html>');
    writeFileSync(path.join(sb, 'index.json'), JSON.stringify({ v: 5, entries: { 'a--one': { id: 'a--one', type: 'story' }, 'a--docs': { id: 'a--docs', type: 'docs' } } }));
    const site = mkdtempSync(path.join(tmpdir(), 'yinfa-site-'));
    mkdirSync(path.join(site, 'sub'));
    writeFileSync(path.join(site, 'b.html'), '<!doctype html>');
    writeFileSync(path.join(site, 'a.html'), '<!doctype html>');
    const r = await resolveTargets([sb, site, 'https://bank.example.cn/elder/'], 0);
    try {
      expect(r.pages.map((p) => [p.url.replace(/127\.0\.0\.1:\d+/, 'local'), p.storybook])).toEqual([
        ['http://local/iframe.html?id=a--one&viewMode=story', true],
        ['http://local/a.html', false],
        ['http://local/b.html', false],
        ['https://bank.example.cn/elder/', false],
      ]);
      const res = await fetch(r.pages[1]!.url);
      expect(res.status).toBe(200);
      expect((await fetch(`${new URL(r.pages[1]!.url).origin}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);
    } finally {
      await Promise.all(r.servers.map((s) => s.close()));
    }
    await expect(resolveTargets([path.join(site, 'nope.html')])).rejects.toBeInstanceOf(TargetError);
  });
});
