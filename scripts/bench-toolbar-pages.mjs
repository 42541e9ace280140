// First use of the script-tag toolbar on the repository's real framework pages (npm run bench:toolbar, part 3):
// the Layui government portal, the Bootstrap 3 bank page and the rem-based city service page
// (test/host-page/), each a real document served from one origin by Playwright's router (no network):
// its framework CSS from node_modules as <link> sheets, its markup, `<yinfa-toolbar>` and the built
// dist/yinfa-toolbar.js. What loads on first use (yinfa-speech-text.js) is fetched from the same origin,
// as on a real site. speechSynthesis is replaced by a silent one with one zh-CN voice (headless Chromium
// has no voices); the time its speak() is first called is the audible response.
// Each run is a freshly loaded page at 4× CPU throttle: from the pointerdown of a real click (Playwright) to
// the frame after the page's text has grown (字变大) or to the first speak() (朗读本页), and the longest long
// task in between. Needs `node scripts/build.mjs` first (the dist file).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { quantile as q } from './perf-doc.mjs';

const ORIGIN = 'http://yinfa.bench';
const dist = path.resolve('packages/elements/dist');
const PAGES = {
  'layui-gov': { label: 'Layui', css: ['node_modules/layui/dist/css/layui.css', 'test/host-page/layui-gov.css'] },
  'bootstrap-bank': { label: 'Bootstrap 3', css: ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'test/host-page/bootstrap-bank.css'] },
  'gov-service': { label: 'rem sample', css: ['test/host-page/gov-service.css'] },
};

/** Runs in the page before its scripts: the silent voice, and the record of clicks, growth, speech and long tasks. */
const INIT = () => {
  const rec = (window.rec = { down: [], grown: null, spoken: null, longtasks: [] });
  addEventListener('pointerdown', (e) => rec.down.push(e.timeStamp), { capture: true });
  new PerformanceObserver((l) => rec.longtasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  const voice = { name: 'Bench 中文', lang: 'zh-CN', voiceURI: 'bench-zh', localService: true, default: true };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onstart: null, onend: null, onerror: null, onboundary: null });
    }
  }
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => [voice],
    speak(u) {
      if (rec.spoken === null) rec.spoken = performance.now();
      setTimeout(() => u.onstart?.({ type: 'start' }), 0);
    },
    cancel() {},
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  // The page's text has grown when the toolbar marks <html>; then the next frame is produced.
  new MutationObserver(() => {
    if (rec.grown !== null || !document.documentElement.hasAttribute('data-yinfa-text-scale')) return;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (rec.grown = performance.now());
      ch.port2.postMessage(0);
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-yinfa-text-scale'] });
};

function documentFor(name) {
  const { css } = PAGES[name];
  const body = readFileSync(`test/host-page/${name}.html`, 'utf8').match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? '';
  const links = css.map((_, i) => `<link rel="stylesheet" href="/css/${name}/${i}.css">`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${links}</head><body>${body}<yinfa-toolbar remember="false"></yinfa-toolbar><script src="/yinfa/yinfa-toolbar.js"></script></body></html>`;
}

async function serve(context) {
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const [, kind, ...rest] = url.pathname.split('/');
    if (kind === 'page') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: documentFor(rest[0]) });
    if (kind === 'css') {
      const file = PAGES[rest[0]]?.css[parseInt(rest[1], 10)];
      // The frameworks' icon fonts are not part of the measure (no requests for them).
      if (file) return route.fulfill({ contentType: 'text/css', body: readFileSync(file, 'utf8').replace(/@font-face\s*{[^}]*}/g, '') });
    }
    if (kind === 'yinfa') {
      const file = path.join(dist, ...rest);
      if (file.startsWith(dist) && existsSync(file)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await context.route(/^(?!http:\/\/yinfa\.bench)/, (route) => route.abort());
}

/** Median/p95 rows' data: { [page]: { larger: [{ms, longest}], read: [{ms, longest}] } }. */
export async function firstUseOnPages(browser, { runs = 5, throttle = 4 } = {}) {
  if (!existsSync(path.join(dist, 'yinfa-toolbar.js'))) throw new Error('bench:toolbar needs the built packages/elements/dist (node scripts/build.mjs)');
  const out = {};
  for (const name of Object.keys(PAGES)) {
    out[name] = { label: PAGES[name].label, larger: [], read: [] };
    for (let i = 0; i < runs; i++) {
      for (const [kind, button, done] of [
        ['larger', '字变大', () => window.rec.grown !== null],
        ['read', '朗读本页', () => window.rec.spoken !== null],
      ]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await serve(context);
        await context.addInitScript(INIT);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await page.goto(`${ORIGIN}/page/${name}`);
        const control = page.getByRole('button', { name: button, exact: true });
        await control.waitFor();
        await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 500)));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        await control.click();
        await page.waitForFunction(done, null, { polling: 50, timeout: 60_000 });
        const r = await page.evaluate(() => window.rec);
        const down = r.down.at(-1);
        const at = kind === 'larger' ? r.grown : r.spoken;
        const longest = Math.max(0, ...r.longtasks.filter((t) => t.start + t.duration >= down && t.start <= at).map((t) => t.duration));
        out[name][kind].push({ ms: at - down, longest });
        await context.close();
      }
    }
  }
  return out;
}

/** The same measure on commit 25fb56d (before idle sheet reading, the narrower transitions-off sheet and lazy spoken text), 5 runs on 2026-12-04. */
const BEFORE = {
  'layui-gov': { larger: 319, read: 105 },
  'bootstrap-bank': { larger: 303, read: 131 },
  'gov-service': { larger: 198, read: 96 },
};

const ms = (x) => `${Math.round(x)} ms`;

/** The table for docs/performance.md (zh-CN) or docs/performance.en-US.md, and whether the aims hold. */
export function pagesTable(results, lang) {
  const zh = lang === 'zh-CN';
  const head = zh
    ? ['| 页面 | 点“字变大” → 文字变大后的那一帧（中位数 / p95） | 其间最长的长任务（中位数） | 点“朗读本页” → 第一次 speak()（中位数 / p95） | 其间最长的长任务（中位数） | 之前（25fb56d）：字变大 / 朗读本页 |']
    : ['| page | click 字变大 → frame after the text has grown (median / p95) | longest long task (median) | click 朗读本页 → first speak() (median / p95) | longest long task (median) | before (25fb56d): 字变大 / 朗读本页 |'];
  const rows = Object.entries(results).map(([name, r]) => {
    const larger = r.larger.map((x) => x.ms);
    const read = r.read.map((x) => x.ms);
    const before = BEFORE[name];
    return `| ${r.label} (\`${name}\`) | ${ms(q(larger, 0.5))} / ${ms(q(larger, 0.95))} | ${ms(q(r.larger.map((x) => x.longest), 0.5))} | ${ms(q(read, 0.5))} / ${ms(q(read, 0.95))} | ${ms(q(r.read.map((x) => x.longest), 0.5))} | ${before ? `${ms(before.larger)} / ${ms(before.read)}` : '—'} |`;
  });
  const all = Object.values(results);
  const within = (key) => all.every((r) => q(r[key].map((x) => x.ms), 0.5) <= 100);
  const noLong = all.every((r) => [...r.larger, ...r.read].every((x) => x.longest < 50));
  return { lines: [...head, '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows], met: { larger: within('larger'), read: within('read'), noLong } };
}
