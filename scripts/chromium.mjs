import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags that keep a test Chromium quiet and offline (no component updates, sync or background fetches). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Finds a Chromium: $CHROMIUM_PATH, the Debian/Ubuntu system package, then Playwright's own download.
 * Returns undefined when none exists (scripts/ensure-chromium.mjs installs one).
 */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    /* playwright has no browser downloaded */
  }
  return undefined;
}
