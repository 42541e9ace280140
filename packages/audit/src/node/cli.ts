/**
 * yinfa-audit <url…|file.html|folder|storybook-static/> [options]
 * Exit codes: 0 no finding at or above --fail-on; 1 some; 2 could not run (no browser, bad target, a page failed to load).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditDetailed, AuditError, CHECK_IDS, CHECKS, LEVEL_ORDER, renderHtmlReport, summaryText, toPublicReport, type AuditMode, type AuditOptions, type CheckId, type Level } from '../index';

const HELP = `yinfa-audit — 适老化 checks for web pages (MIIT numbers + WCAG 2.2), in Chromium.

Usage: yinfa-audit <target…> [options]
  target            a URL, an .html file, a folder of .html files, or a built Storybook (storybook-static/)
  --json FILE       write the JSON report (default yinfa-audit-report.json)
  --html FILE       write the HTML report (default yinfa-audit-report.html)
  --locale L        report language: zh-CN (default) or en-US
  --viewport WxH    repeatable; default 1280x800 and 390x844
  --mode M          repeatable or comma-separated: standard, elder, high-contrast (default standard,elder)
  --scale N         repeatable or comma-separated text scales (default 1,2)
  --mode-param P    switch modes with a URL parameter (?P=elder)
  --only C,C        run only these checks; --skip C,C turns checks off
  --profile P       bars: miit (default) or yinfa
  --setup FILE      a module whose default export async ({ page, url }) runs first (log in)
  --fail-on L       any (default), error or veto: the lowest level that fails the run
  --no-screenshots  no crops in the HTML report
  --grep TEXT       only pages whose URL matches (a regular expression; e.g. Storybook story ids)
  --port N          serve local files on this port (default: any free port)
  --chromium PATH   the browser to drive (else CHROMIUM_PATH, the system Chromium, Playwright's)
Checks: ${CHECK_IDS.join(', ')}`;

const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

function fail(message: string): never {
  console.error(`yinfa-audit: ${message}`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        html: { type: 'string' },
        locale: { type: 'string', default: 'zh-CN' },
        viewport: { type: 'string', multiple: true },
        mode: { type: 'string', multiple: true },
        scale: { type: 'string', multiple: true },
        'mode-param': { type: 'string' },
        only: { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        profile: { type: 'string', default: 'miit' },
        setup: { type: 'string' },
        'fail-on': { type: 'string', default: 'any' },
        'no-screenshots': { type: 'boolean', default: false },
        chromium: { type: 'string' },
        port: { type: 'string' },
        grep: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${HELP}`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    console.log(HELP);
    return 0;
  }
  if (!positionals.length) fail(`no target given\n\n${HELP}`);
  const locale = v.locale === 'en-US' ? 'en-US' : v.locale === 'zh-CN' ? 'zh-CN' : fail(`--locale must be zh-CN or en-US, not "${v.locale}"`);
  const failOn = (['any', 'error', 'veto'] as const).find((l) => l === v['fail-on']) ?? fail(`--fail-on must be any, error or veto, not "${v['fail-on']}"`);
  const profile = v.profile === 'yinfa' || v.profile === 'miit' ? v.profile : fail(`--profile must be miit or yinfa, not "${v.profile}"`);
  const viewports = list(v.viewport).map((s) => {
    const m = /^(\d+)[x×](\d+)$/.exec(s);
    return m ? { width: Number(m[1]), height: Number(m[2]) } : fail(`--viewport must look like 390x844, not "${s}"`);
  });
  const modes = list(v.mode).map((m) => (['standard', 'elder', 'high-contrast'].includes(m) ? (m as AuditMode) : fail(`unknown mode "${m}" (standard, elder, high-contrast)`)));
  const scales = list(v.scale).map((s) => (Number(s) >= 1 && Number(s) <= 4 ? Number(s) : fail(`--scale must be a number from 1 to 4, not "${s}"`)));
  const checkIds = (names: string[]) => names.map((c) => (CHECK_IDS.includes(c as CheckId) ? (c as CheckId) : fail(`unknown check "${c}" (${CHECK_IDS.join(', ')})`)));
  const options: AuditOptions = {
    locale,
    profile,
    viewports,
    modes,
    scales,
    only: checkIds(list(v.only)),
    rules: Object.fromEntries(checkIds(list(v.skip)).map((c) => [c, false])),
    modeParam: v['mode-param'],
    setup: v.setup,
    screenshots: !v['no-screenshots'],
    chromiumPath: v.chromium,
    port: v.port ? Number(v.port) : 0,
    include: v.grep,
    onPage: (p, n) => process.stderr.write(`  ${p.url} ${p.viewport.width}×${p.viewport.height} ${p.mode} ${p.scale * 100}%: ${n}\n`),
  };
  const report = await auditDetailed(positionals, options);
  const json = path.resolve(v.json ?? 'yinfa-audit-report.json');
  const html = path.resolve(v.html ?? 'yinfa-audit-report.html');
  for (const file of [json, html]) mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(json, `${JSON.stringify(toPublicReport(report), null, 2)}\n`);
  writeFileSync(html, renderHtmlReport(report, locale));
  console.log(summaryText(report, locale));
  console.log(`JSON: ${json}\nHTML: ${html}`);
  if (report.errors.length) return 2;
  const bar: Level = failOn === 'any' ? 'review' : failOn;
  return report.findings.some((f) => LEVEL_ORDER[CHECKS[f.check].level] >= LEVEL_ORDER[bar]) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => fail(e instanceof AuditError ? e.message : `${e.message}`),
);
