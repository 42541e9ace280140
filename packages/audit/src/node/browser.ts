/** Finding a Chromium to drive, the way `npm test` does: $CHROMIUM_PATH, the system package, then Playwright's own download. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags that keep an audit Chromium quiet and offline (no updates, sync or background fetches). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const SYSTEM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

/** The path of a Chromium to launch, or undefined with none found. An explicit path wins when it exists. */
export function findChromium(explicit?: string): string | undefined {
  for (const c of [explicit, process.env.CHROMIUM_PATH, ...SYSTEM]) if (c && existsSync(c)) return c;
  try {
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    /* Playwright has no browser downloaded */
  }
  return undefined;
}

export const NO_BROWSER =
  'No Chromium found. Install one and point CHROMIUM_PATH at it, e.g.\n' +
  '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
  '  macOS:         CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npx yinfa-audit …\n' +
  '  anywhere:      npx playwright install chromium';
