/**
 * @yinfa/react's two builds (needs a build): plain Node resolves the default build, which imports no CSS, and
 * renders with react-dom/server; bundlers resolve the `browser` build, whose component modules import their own
 * stylesheets. Run in a real Node process (Vitest would resolve the workspace sources).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const script = `
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Button, YinfaProvider } from '@yinfa/react';
process.stdout.write(renderToString(createElement(YinfaProvider, { mode: 'elder' }, createElement(Button, null, '确认'))));
`;

describe('@yinfa/react builds', () => {
  it('plain Node (ESM and CJS) imports the package and renders it on the server', { timeout: 60_000 }, () => {
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(esm).toContain('data-yinfa-mode="elder"');
    expect(esm).toContain('确认');
    const cjs = execFileSync(process.execPath, ['-e', "const r=require('@yinfa/react');process.stdout.write(typeof r.Button)"], { encoding: 'utf8' });
    expect(cjs).toBe('object');
  });

  it('the default build imports no CSS; the browser build imports each component stylesheet where it is used', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('@yinfa/react/package.json'), 'utf8'));
    expect(pkg.exports['.'].browser.default).toBe('./dist/browser/index.js');
    const nodeEntry = require.resolve('@yinfa/react');
    expect(readFileSync(nodeEntry, 'utf8')).not.toMatch(/\.css['"]/);
    const button = readFileSync(new URL('../../packages/react/dist/browser/button/Button.js', import.meta.url), 'utf8');
    const chunk = button.match(/from "\.\.\/(chunk-\w+\.js)"/)?.[1];
    expect(chunk).toBeTruthy();
    const code = readFileSync(new URL(`../../packages/react/dist/browser/${chunk}`, import.meta.url), 'utf8');
    expect(code).toContain('import "@yinfa/react/css/button.css"');
    expect(code).toContain('import "@yinfa/react/css/base.css"');
  });
});
