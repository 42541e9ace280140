// Finds a Chromium for the browser tests, or installs one: Debian/Ubuntu as root → apt-get install chromium
// fonts-noto-cjk (CJK fonts so Chinese renders in screenshots); otherwise Playwright's own installer.
// Says clearly what it found or did, and exits non-zero with instructions when it cannot.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const found = chromiumPath();
if (found) {
  console.log(`Chromium: ${found}${process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : ''}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
try {
  if (process.platform === 'linux' && isRoot && hasApt) {
    console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk with apt-get…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…");
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
} catch (error) {
  console.error(
    `Could not install Chromium (${error.message}).\n` +
      'Install one yourself and point CHROMIUM_PATH at it, e.g.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
      '  macOS:         CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test\n' +
      '  anywhere:      npx playwright install chromium',
  );
  process.exit(1);
}
const installed = chromiumPath();
if (!installed) {
  console.error('Chromium was installed but cannot be found. Set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
console.log(`Chromium: ${installed} (installed)`);
