/**
 * Browser commands: code the tests run on the Node side, with Playwright's page (Vitest's
 * `browser.commands`): the browser's version, and the record of which browser took the visual baselines.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

interface PlaywrightContext {
  page: {
    context(): { browser(): { version(): string } | null };
  };
}

const BASELINE_BROWSER = path.join(path.dirname(fileURLToPath(import.meta.url)), '__screenshots__', 'browser.json');

/** "Chromium 156.0.8078.114" — the browser this run drives. */
export const browserVersion: BrowserCommand<[]> = async (context) => {
  const { page } = context as unknown as PlaywrightContext;
  const version = page.context().browser()?.version();
  return version ? `Chromium ${version}` : 'an unknown browser';
};

/** Which browser took the committed visual baselines (null when not recorded). */
export const readBaselineBrowser: BrowserCommand<[]> = async () => {
  if (!existsSync(BASELINE_BROWSER)) return null;
  try {
    return (JSON.parse(readFileSync(BASELINE_BROWSER, 'utf8')) as { browser?: string }).browser ?? null;
  } catch {
    return null;
  }
};

/** Records the browser after `vitest -u` rewrote the baselines. */
export const writeBaselineBrowser: BrowserCommand<[browser: string]> = async (_context, browser) => {
  writeFileSync(BASELINE_BROWSER, `${JSON.stringify({ browser, platform: process.platform }, null, 2)}\n`);
};


declare module 'vitest/browser' {
  interface BrowserCommands {
    browserVersion(): Promise<string>;
    readBaselineBrowser(): Promise<string | null>;
    writeBaselineBrowser(browser: string): Promise<void>;
  }
}
