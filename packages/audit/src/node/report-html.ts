/**
 * The self-contained HTML report (zh-CN, or en-US): a summary per clause, then each distinct finding with its
 * selector, where it was seen (viewports × modes × scales), measured value against the bar, how to fix it and a
 * screenshot crop. No external files: styles inline, crops as data: URLs. Passes axe itself (tested).
 */
import { CHECK_IDS, type CheckId } from '../checks/types';
import { CHECKS, LEVEL_ORDER } from '../clauses';
import type { DetailedFinding, DetailedReport } from './types';

type Locale = 'zh-CN' | 'en-US';

const T = {
  'zh-CN': {
    title: 'Yinfa 适老化检查报告',
    intro: '本报告由 @yinfa/audit 在 Chromium 中自动检查生成。它不是工信部适老化评测，也不是认证：通过这些检查不代表符合规范，部分项目需要人工确认。',
    summary: '按条款汇总',
    check: '检查项',
    clause: '工信部条款',
    wcag: 'WCAG',
    level: '级别',
    count: '问题数',
    pagesTitle: '检查过的页面',
    viewport: '视口',
    mode: '模式',
    scale: '文字',
    findings: '发现的问题',
    none: '没有发现问题。',
    selector: '元素',
    measured: '测得',
    bar: '要求',
    seen: '出现在',
    fix: '怎么改',
    shot: '截图：红框标出的元素',
    errors: '无法检查的页面',
    levels: { veto: '否决项', error: '不达标', review: '需人工确认' },
    modes: { standard: '标准', elder: '长辈模式', 'high-contrast': '高对比' },
    meta: (r: DetailedReport) => `检查时间 ${r.startedAt}，用时 ${r.seconds} 秒，共 ${r.pages.length} 个页面配置，${r.findings.length} 条记录（去重后见下）。标准档：${r.options.profile}。`,
  },
  'en-US': {
    title: 'Yinfa age-friendly audit report',
    intro: 'Made by @yinfa/audit, checking pages automatically in Chromium. This is not an MIIT 适老化 evaluation or a certification: passing these checks does not mean a page complies, and some items need a person to check.',
    summary: 'Summary by clause',
    check: 'Check',
    clause: 'MIIT clause',
    wcag: 'WCAG',
    level: 'Level',
    count: 'Findings',
    pagesTitle: 'Pages checked',
    viewport: 'Viewport',
    mode: 'Mode',
    scale: 'Text',
    findings: 'Findings',
    none: 'No findings.',
    selector: 'Element',
    measured: 'Measured',
    bar: 'Bar',
    seen: 'Seen in',
    fix: 'How to fix',
    shot: 'Screenshot: the element outlined in red',
    errors: 'Pages that could not be checked',
    levels: { veto: 'Veto item', error: 'Fails the bar', review: 'Needs a person to check' },
    modes: { standard: 'standard', elder: 'elder', 'high-contrast': 'high contrast' },
    meta: (r: DetailedReport) => `Checked ${r.startedAt} in ${r.seconds} s: ${r.pages.length} page configurations, ${r.findings.length} records (grouped below). Profile: ${r.options.profile}.`,
  },
} as const;

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface FindingGroup {
  url: string;
  check: CheckId;
  selector: string;
  items: DetailedFinding[];
}

/** One group per URL × check × element, across viewports, modes and scales. */
export function groupFindings(report: DetailedReport): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of report.findings) {
    const url = report.pages[f.page]!.url;
    const key = `${url}|${f.check}|${f.selector}`;
    const g = groups.get(key) ?? { url, check: f.check, selector: f.selector, items: [] };
    g.items.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => LEVEL_ORDER[CHECKS[b.check].level] - LEVEL_ORDER[CHECKS[a.check].level] || CHECK_IDS.indexOf(a.check) - CHECK_IDS.indexOf(b.check));
}

const CSS = `
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:1.125rem;line-height:1.6;color:#1a1c1e;background:#fff;margin:0}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:2rem;line-height:1.3}h2{font-size:1.5rem;margin-top:2.5rem;line-height:1.3}h3{font-size:1.25rem;line-height:1.4;margin:0 0 .5rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #6b6f76;padding:.5rem .75rem;text-align:start;vertical-align:top}
th{background:#eef1f5}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem;word-break:break-all;background:#f3f4f6;padding:0 .25rem}
.note{border-inline-start:.375rem solid #0b57d0;background:#eef4ff;padding:1rem}
article{border:1px solid #6b6f76;border-radius:.5rem;padding:1rem;margin:1rem 0}
.veto{color:#8c0000;font-weight:700}.error{color:#8a3b00;font-weight:700}.review{color:#0b4a9c;font-weight:700}
img{max-width:100%;height:auto;border:1px solid #6b6f76;display:block;margin-top:.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:700}dd{margin:0}
a{color:#0b57d0}
`;

export function renderHtmlReport(report: DetailedReport, locale: Locale = 'zh-CN'): string {
  const t = T[locale];
  const groups = groupFindings(report);
  const byCheck = new Map<CheckId, number>();
  for (const g of groups) byCheck.set(g.check, (byCheck.get(g.check) ?? 0) + 1);
  const cfg = (i: number) => {
    const p = report.pages[i]!;
    return `${p.viewport.width}×${p.viewport.height} · ${t.modes[p.mode]} · ${p.scale * 100}%`;
  };
  const rows = CHECK_IDS.filter((c) => report.options.rules.includes(c))
    .map((c) => {
      const info = CHECKS[c];
      const n = byCheck.get(c) ?? 0;
      return `<tr><th scope="row">${esc(info.name[locale])} <code>${c}</code></th><td>${esc(info.clause)}</td><td>${esc(info.wcag ?? '—')}</td><td><span class="${info.level}">${esc(t.levels[info.level])}</span></td><td>${n}</td></tr>`;
    })
    .join('\n');
  const pageRows = report.pages.map((p) => `<tr><td><code>${esc(p.url)}</code></td><td>${p.viewport.width}×${p.viewport.height}</td><td>${esc(t.modes[p.mode])}</td><td>${p.scale * 100}%</td></tr>`).join('\n');
  const articles = groups
    .map((g, n) => {
      const info = CHECKS[g.check];
      const first = g.items[0]!;
      const values = [...new Set(g.items.map((f) => f.value))].slice(0, 4).map(esc).join('；');
      const seen = [...new Set(g.items.map((f) => cfg(f.page)))].map(esc).join('；');
      const shot = g.items.find((f) => f.screenshot)?.screenshot;
      return `<article aria-labelledby="f${n}"><h3 id="f${n}">${esc(info.name[locale])} · <span class="${info.level}">${esc(t.levels[info.level])}</span></h3>
<dl><dt>${t.selector}</dt><dd><code>${esc(g.selector)}</code></dd><dt>URL</dt><dd><code>${esc(g.url)}</code></dd>
<dt>${t.measured}</dt><dd>${values}</dd><dt>${t.bar}</dt><dd>${esc(first.threshold)}</dd>
<dt>${t.clause}</dt><dd>${esc(first.clause)}${first.wcag ? ` · WCAG ${esc(first.wcag)}` : ''}</dd><dt>${t.seen}</dt><dd>${seen}</dd>
<dt>${t.fix}</dt><dd>${esc(info.fix[locale])}${first.help ? ` <a href="${esc(first.help)}">${esc(first.value)}</a>` : ''}</dd></dl>
${shot ? `<img src="${shot}" alt="${esc(`${t.shot}: ${g.selector}`)}">` : ''}</article>`;
    })
    .join('\n');
  const errors = report.errors.length ? `<h2>${t.errors}</h2><ul>${report.errors.map((e) => `<li><code>${esc(e.url)}</code>: ${esc(e.message)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title><style>${CSS}</style></head>
<body><main>
<h1>${t.title}</h1>
<p class="note">${esc(t.intro)}</p>
<p>${esc(t.meta(report))}</p>
<h2>${t.summary}</h2>
<table><thead><tr><th scope="col">${t.check}</th><th scope="col">${t.clause}</th><th scope="col">${t.wcag}</th><th scope="col">${t.level}</th><th scope="col">${t.count}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${t.findings}</h2>
${articles || `<p>${t.none}</p>`}
${errors}
<h2>${t.pagesTitle}</h2>
<table><thead><tr><th scope="col">URL</th><th scope="col">${t.viewport}</th><th scope="col">${t.mode}</th><th scope="col">${t.scale}</th></tr></thead><tbody>${pageRows}</tbody></table>
</main></body></html>
`;
}

/** A few plain lines for the terminal. */
export function summaryText(report: DetailedReport, locale: Locale = 'zh-CN'): string {
  const t = T[locale];
  const groups = groupFindings(report);
  const lines = [`[yinfa-audit] ${report.pages.length} ${locale === 'zh-CN' ? '个页面配置' : 'page configurations'}, ${groups.length} ${locale === 'zh-CN' ? '个问题（去重）' : 'distinct findings'}, ${report.errors.length} ${locale === 'zh-CN' ? '个错误' : 'errors'}, ${report.seconds} s`];
  for (const c of CHECK_IDS) {
    const n = groups.filter((g) => g.check === c).length;
    if (n) lines.push(`  ${c.padEnd(15)} ${String(n).padStart(4)}  ${CHECKS[c].clause}${CHECKS[c].wcag ? ` · WCAG ${CHECKS[c].wcag}` : ''} (${t.levels[CHECKS[c].level]})`);
  }
  for (const e of report.errors) lines.push(`  ! ${e.url}: ${e.message}`);
  return lines.join('\n');
}
