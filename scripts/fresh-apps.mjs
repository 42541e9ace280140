// Fresh apps, offline: packs every package, installs the tarballs into scratch apps made from the lock files in
// test/apps/<app>/ (Vite + React 19, Vite + React 18.3, Next.js App Router with SSR, Vite + Vue 3 with the custom
// elements), builds each, serves it and checks its page in Chromium: it renders, hydrates (Next.js, and its /saved page
// arrives in the mode of the preferences cookie), logs no console
// error or warning, and axe finds nothing. `node scripts/fresh-apps.mjs [app…]`; needs a build first.
//
// Scratch installs live in .cache/fresh-apps/<app>-<hash of its lock>/ (gitignored) and are reused while the lock is
// unchanged; the @yinfa tarballs are reinstalled only when their contents change. Third-party packages come from
// the npm cache (--prefer-offline for the lock, --offline for the tarballs), so a warm run makes no request.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const run = promisify(execFile);
const root = process.cwd();
// Not under node_modules/: bundlers (Turbopack, Vite) treat files there as dependencies, not app code.
const cache = path.join(root, '.cache/fresh-apps');
const tarballs = path.join(cache, 'tarballs');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const sha = (...parts) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

/** What each app is, what it imports from Yinfa, and what its page must show. */
const APPS = {
  'vite-react19': { kind: 'vite', shared: 'react-src', uses: ['@yinfa/react', '@yinfa/widgets'], react: '19' },
  'vite-react18': { kind: 'vite', shared: 'react-src', uses: ['@yinfa/react', '@yinfa/widgets'], react: '18' },
  next: { kind: 'next', uses: ['@yinfa/react', '@yinfa/widgets'], react: '19' },
  'vite-vue': { kind: 'vite', uses: ['@yinfa/elements'] },
};
// --no-browser: pack, install and build only (to warm the cache without holding a browser).
const noBrowser = process.argv.includes('--no-browser');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const apps = Object.keys(APPS).filter((a) => !only.length || only.includes(a));

// ---------- pack every package ----------
const started = Date.now();
const manifests = readdirSync('packages')
  .filter((p) => existsSync(`packages/${p}/package.json`))
  .map((p) => ({ dir: `packages/${p}`, m: JSON.parse(readFileSync(`packages/${p}/package.json`, 'utf8')) }))
  .filter(({ m }) => !m.private);
for (const { dir, m } of manifests) if (!existsSync(`${dir}/dist`)) throw new Error(`${m.name} has no dist/: run npm run build first`);
rmSync(tarballs, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
const packed = Object.fromEntries(
  await Promise.all(
    manifests.map(async ({ dir, m }) => {
      const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], { cwd: dir, env });
      const file = path.join(tarballs, JSON.parse(stdout)[0].filename);
      return [m.name, { file, hash: sha(readFileSync(file).toString('base64')), deps: Object.keys(m.dependencies ?? {}).filter((d) => d.startsWith('@yinfa/')) }];
    }),
  ),
);
console.log(`packed ${Object.keys(packed).length} packages (${seconds(started)})`);

/** The tarballs an app needs: what it imports and their internal dependencies. */
function closure(names) {
  const out = new Set();
  const visit = (n) => {
    if (out.has(n)) return;
    if (!packed[n]) throw new Error(`no package ${n}`);
    out.add(n);
    packed[n].deps.forEach(visit);
  };
  names.forEach(visit);
  return [...out].sort();
}

// ---------- install, build, serve, check ----------
async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || file.endsWith('/')) file = path.join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((r) => server.close(r)) };
}

async function serveNext(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      const r = await fetch(url);
      if (r.ok) return { url, stop: async () => child.kill(), log: () => log };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`next start did not answer on ${url}:\n${log}`);
}

async function prepare(app) {
  const spec = APPS[app];
  const src = path.join(root, 'test/apps', app);
  const lock = readFileSync(path.join(src, 'package-lock.json'), 'utf8');
  const manifest = readFileSync(path.join(src, 'package.json'), 'utf8');
  const dir = path.join(cache, `${app}-${sha(lock, manifest)}`);
  const t = Date.now();
  let cold = false;
  if (!existsSync(path.join(dir, 'node_modules/.yinfa-lock-installed'))) {
    cold = true;
    for (const old of existsSync(cache) ? readdirSync(cache).filter((d) => d.startsWith(`${app}-`)) : []) rmSync(path.join(cache, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(src, 'package.json'), path.join(dir, 'package.json'));
    cpSync(path.join(src, 'package-lock.json'), path.join(dir, 'package-lock.json'));
    await run('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, env, maxBuffer: 1 << 26 });
    writeFileSync(path.join(dir, 'node_modules/.yinfa-lock-installed'), sha(lock, manifest));
  }
  const wanted = closure(spec.uses);
  const pinned = { ...JSON.parse(manifest).dependencies };
  for (const n of wanted) {
    const m = manifests.find((x) => x.m.name === n).m;
    for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
      if (!dep.startsWith('@yinfa/') && pinned[dep] !== range) throw new Error(`${n} depends on ${dep}@${range}: pin it in test/apps/${app}/package.json and refresh its lock (npm install --package-lock-only in a copy)`);
    }
  }
  const stamp = wanted.map((n) => `${n}@${packed[n].hash}`).join('\n');
  const stampFile = path.join(dir, 'node_modules/.yinfa-tarballs');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    // The tarballs as an app installs them (npm resolves their dependencies from the npm cache, offline).
    await run('npm', ['install', '--no-save', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', ...wanted.map((n) => packed[n].file)], { cwd: dir, env, maxBuffer: 1 << 26 });
    writeFileSync(stampFile, stamp);
  }
  // The app's own sources, fresh each run.
  for (const f of readdirSync(dir)) if (!['node_modules', 'package.json', 'package-lock.json'].includes(f)) rmSync(path.join(dir, f), { recursive: true, force: true });
  const copy = (from) => cpSync(from, dir, { recursive: true, filter: (p) => !/(^|\/)(node_modules|package(-lock)?\.json)$/.test(path.relative(from, p)) || path.relative(from, p) === '' });
  if (spec.shared) copy(path.join(root, 'test/apps', spec.shared));
  copy(src);
  return { dir, cold, installSeconds: (Date.now() - t) / 1000 };
}

/** Records what a page must not do: log an error or warning (a hydration mismatch is one), fail a request, leave the app. */
function watch(page, url, problems) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(url) && !req.url().startsWith('data:')) problems.push(`network request outside the app: ${req.url()}`);
  });
}

/**
 * Next.js /saved: the user's saved mode from the preferences cookie is in the server's HTML (no flash of standard
 * mode), hydration logs no mismatch, and switching writes the cookie the next request is rendered from.
 */
async function checkSavedMode(browser, url) {
  const problems = [];
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: 'yinfa-prefs', value: 'mode:elder|scale:1.25', url }]);
  const page = await context.newPage();
  watch(page, url, problems);
  const response = await page.goto(`${url}saved`, { waitUntil: 'load' });
  const html = await response.text();
  for (const text of ['data-yinfa-mode="elder"', '--yf-scale:1.25', '长辈模式，字号 125%']) if (!html.includes(text)) problems.push(`/saved: server HTML with the elder cookie lacks ${text}`);
  const button = page.getByRole('button', { name: '长辈模式' });
  await button.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')), null, { timeout: 20_000 }).catch(() => problems.push('/saved is not hydrated'));
  await button.click();
  await page.locator('.yf-root[data-yinfa-mode="standard"]').first().waitFor({ timeout: 5000 }).catch(() => problems.push('/saved: 长辈模式 did not switch back to standard'));
  const cookie = (await context.cookies(url)).find((c) => c.name === 'yinfa-prefs');
  if (cookie?.value !== 'mode:standard|scale:1.25') problems.push(`/saved: the provider wrote the cookie ${JSON.stringify(cookie?.value)}, expected mode:standard|scale:1.25`);
  const again = await page.reload({ waitUntil: 'load' });
  if (!(await again.text()).includes('data-yinfa-mode="standard"')) problems.push('/saved: after switching, the next server render is not in standard mode');
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
  problems.push(...violations.map((v) => `/saved axe ${v}`));
  await context.close();
  return problems;
}

async function check(browser, app, url) {
  const spec = APPS[app];
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems = [];
  watch(page, url, problems);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (app === 'next') {
    // Server-rendered: the form and the booking widget are in the HTML before any script runs.
    const html = await response.text();
    for (const text of ['收款人手机号', '下一步', 'data-yinfa-mode="elder"']) if (!html.includes(text)) problems.push(`server HTML lacks ${text}`);
  }
  if (spec.react) {
    await page.getByRole('button', { name: '下一步' }).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { level: 1, name: '转账' }).waitFor();
    await page.locator('[data-yinfa-mode="elder"]').first().waitFor();
    // Hydrated (Next.js) or rendered (Vite) by React: typing reaches a controlled field.
    const phone = page.getByLabel('收款人手机号');
    await phone.fill('13800138000');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
    // Styled by the component's own stylesheet: an elder-mode target is at least 60 CSS px tall.
    const height = await page.getByRole('button', { name: '下一步' }).evaluate((b) => b.getBoundingClientRect().height);
    if (height < 60) problems.push(`the 下一步 button is ${height}px tall: its stylesheet did not arrive (elder targets are ≥ 60px)`);
    const reactOwned = await page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')));
    if (!reactOwned) problems.push('the page is not owned by React (not hydrated)');
    if (app.startsWith('vite-react')) {
      const version = await page.locator('main').getAttribute('data-react-version');
      if (!version?.startsWith(`${spec.react}.`)) problems.push(`expected React ${spec.react}, the page runs ${version}`);
    }
  } else {
    await page.waitForFunction(() => document.querySelector('yinfa-amount-confirm')?.shadowRoot?.querySelector('button'), null, { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('yinfa-fraud-banner')?.shadowRoot?.textContent?.trim());
    const confirm = page.locator('yinfa-amount-confirm').getByRole('button').filter({ hasText: /确认/ }).first();
    if (await confirm.count()) {
      await confirm.click();
      await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-vue-confirmed') === 'true', null, { timeout: 5000 }).catch(() => problems.push('Vue did not receive yinfa-confirm'));
    } else problems.push('no 确认 button inside <yinfa-amount-confirm>');
  }
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  problems.push(...violations.map((v) => `axe ${v}`));
  await page.close();
  if (app === 'next') problems.push(...(await checkSavedMode(browser, url)));
  return problems;
}

const browser = noBrowser ? undefined : await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const report = [];
let failed = 0;
try {
  for (const app of apps) {
    const t = Date.now();
    let problems = [];
    let info = {};
    let server;
    try {
      info = await prepare(app);
      const tb = Date.now();
      await run('npm', ['run', 'build', '--silent'], { cwd: info.dir, env, maxBuffer: 1 << 26 });
      info.buildSeconds = (Date.now() - tb) / 1000;
      if (!noBrowser) {
        server = APPS[app].kind === 'next' ? await serveNext(info.dir) : await serveStatic(path.join(info.dir, 'dist'));
        problems = await check(browser, app, server.url);
      }
    } catch (e) {
      problems.push(`${e.message}${e.stdout ? `\n${e.stdout}` : ''}${e.stderr ? `\n${e.stderr}` : ''}`.trim());
    } finally {
      await server?.stop();
    }
    if (problems.length) failed++;
    report.push({ app, ok: !problems.length, problems, ...info, seconds: (Date.now() - t) / 1000 });
    console.log(`${problems.length ? '✗' : '✓'} ${app}: ${info.cold ? 'cold' : 'warm'} install ${info.installSeconds?.toFixed(1)} s, build ${info.buildSeconds?.toFixed(1) ?? '–'} s, total ${seconds(t)}`);
    for (const p of problems) console.log(`    ${p.split('\n').join('\n    ')}`);
  }
} finally {
  await browser?.close();
}
console.log(`fresh apps: ${report.length - failed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed ? 1 : 0);
