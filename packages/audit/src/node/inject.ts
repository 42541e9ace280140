/** The scripts an audit puts into each page: the checks bundle (window.YinfaAudit) with its recorders, and axe-core. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

let checks: string | undefined;
let axe: string | undefined;

/** dist/checks.global.js beside the built module; in the source tree, bundled on the fly (esbuild is a dev dependency there). */
export async function checksSource(): Promise<string> {
  if (checks) return checks;
  const built = path.join(here, 'checks.global.js');
  if (existsSync(built)) return (checks = readFileSync(built, 'utf8'));
  const entry = path.join(here, '../checks/index.ts');
  if (!existsSync(entry)) throw new Error('@yinfa/audit: dist/checks.global.js is missing — reinstall the package');
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'YinfaAudit', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent' });
  return (checks = out.outputFiles[0]!.text);
}

export function axeSource(): string {
  if (axe) return axe;
  const require = createRequire(import.meta.url);
  return (axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
}

/**
 * Runs before any page script: the checks, the settle tracker (counts short timers and fetches), and a
 * recorder of `speechSynthesis.speak()` calls made before the user touched anything.
 */
export async function initScript(): Promise<string> {
  return `${await checksSource()}
;(() => {
  if (!window.YinfaAudit) return;
  window.YinfaAudit.installSettleTracker();
  let input = false;
  const mark = (e) => { if (e.isTrusted) input = true; };
  addEventListener('pointerdown', mark, true);
  addEventListener('keydown', mark, true);
  window.__yinfaAuditSpoken = 0;
  const s = window.speechSynthesis;
  if (s && s.speak) {
    const speak = s.speak.bind(s);
    s.speak = (u) => { if (!input) window.__yinfaAuditSpoken++; return speak(u); };
  }
})();`;
}
