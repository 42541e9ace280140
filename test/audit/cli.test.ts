/** The yinfa-audit command (built dist/cli.js): exit codes 0, 1 and 2, --fail-on, and both reports written. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '../../packages/audit/dist/cli.js');
const fixture = (name: string) => path.join(here, 'fixtures', name);
const ONE = ['--viewport', '390x844', '--mode', 'elder', '--scale', '1', '--port', '4340'];

function run(args: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-audit-'));
  const json = path.join(dir, 'r.json');
  const html = path.join(dir, 'r.html');
  const r = spawnSync(process.execPath, [cli, ...args, '--json', json, '--html', html], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, json, html };
}

describe('yinfa-audit', () => {
  it('is built (node scripts/build.mjs)', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('exits 0 on a clean page and writes both reports with a summary', () => {
    const r = run([fixture('clean.html'), ...ONE]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/\[yinfa-audit\] 1 个页面配置, 0 个问题/);
    expect(JSON.parse(readFileSync(r.json, 'utf8'))).toMatchObject({ pages: [{ mode: 'elder', scale: 1, viewport: { width: 390, height: 844 } }], findings: [] });
    expect(readFileSync(r.html, 'utf8')).toContain('<html lang="zh-CN">');
  }, 120_000);

  it('exits 1 when a finding reaches --fail-on, 0 when it is below', () => {
    const any = run([fixture('contrast.html'), ...ONE, '--locale', 'en-US']);
    expect(any.status, any.out).toBe(1);
    expect(any.out).toMatch(/contrast\s+1\s+APP 1\.3/);
    expect(readFileSync(any.html, 'utf8')).toContain('<html lang="en-US">');
    const vetoOnly = run([fixture('contrast.html'), ...ONE, '--fail-on', 'veto']);
    expect(vetoOnly.status, vetoOnly.out).toBe(0);
    const popup = run([fixture('popup.html'), ...ONE, '--fail-on', 'veto']);
    expect(popup.status, popup.out).toBe(1);
  }, 240_000);

  it('exits 2 when it cannot run: a missing target, a bad option', () => {
    expect(run([fixture('missing.html'), ...ONE]).status).toBe(2);
    const bad = run([fixture('clean.html'), '--fail-on', 'sometimes']);
    expect(bad.status).toBe(2);
    expect(bad.out).toMatch(/--fail-on must be any, error or veto/);
  }, 60_000);
});
