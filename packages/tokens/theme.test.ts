/** The build-time path: yinfa-theme writes a theme CSS file (and DTCG JSON) and refuses bad colours plainly. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script without types
import { run } from './theme.mjs';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (s: string) => out.push(s), error: (s: string) => err.push(s) } };
}

describe('yinfa-theme CLI', () => {
  it('writes the theme CSS and DTCG tokens, and names what it shifted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-theme-'));
    const { out, io: sink } = io();
    const code = await run(['--primary', '#C7000B', '--selector', '.my-bank', '--out', path.join(dir, 'theme.css'), '--json', path.join(dir, 'theme.json')], sink);
    expect(code).toBe(0);
    const css = readFileSync(path.join(dir, 'theme.css'), 'utf8');
    expect(css).toMatch(/^\.my-bank \{$/m);
    expect(css).toContain('--yf-theme-standard-color-primary: #c7000b;');
    expect(css).not.toContain('high-contrast');
    const json = JSON.parse(readFileSync(path.join(dir, 'theme.json'), 'utf8'));
    expect(json.theme.elder['color-on-primary']).toEqual({ $type: 'color', $value: '#ffffff' });
    expect(json.theme['high-contrast']).toBeUndefined();
    expect(out.join('\n')).toContain('shifted in lightness to meet a bar: elder --yf-color-primary');
  });

  it('prints the CSS to stdout without --out', async () => {
    const { out, io: sink } = io();
    expect(await run(['--primary', '#0066B3', '--high-contrast'], sink)).toBe(0);
    expect(out[0]).toContain('--yf-theme-high-contrast-color-primary');
  });

  it('rejects a bad colour and a missing --primary with a plain message', async () => {
    const bad = io();
    expect(await run(['--primary', 'url(x)'], bad.io)).toBe(1);
    expect(bad.err[0]).toContain('"url(x)" is not a colour');
    const missing = io();
    expect(await run([], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('--primary is required');
  });
});
