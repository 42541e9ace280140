import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { workspaceAliases } from './scripts/aliases.mjs';
import { browserVersion, readBaselineBrowser, writeBaselineBrowser } from './test/browser/commands.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const react18 = path.join(dirname, 'test/react-18/node_modules');
const react18Aliases = [
  { find: /^react$/, replacement: `${react18}/react/index.js` },
  { find: /^react\/(.*)$/, replacement: `${react18}/react/$1` },
  { find: /^react-dom$/, replacement: `${react18}/react-dom/index.js` },
  { find: /^react-dom\/(.*)$/, replacement: `${react18}/react-dom/$1` },
  // Its ESM build, so its own react-dom imports go through the aliases above (CJS require() would not).
  { find: /^@testing-library\/react$/, replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js') },
];

// A fresh object per project: Vitest mutates `instances` (sharing one object fails with
// "Cannot define a nested project for a chromium browser").
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
  commands: { browserVersion, readBaselineBrowser, writeBaselineBrowser },
});

export default defineConfig({
  resolve: { alias: workspaceAliases(dirname) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/tokens/**/*.test.ts', 'test/node/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup/console-guard.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./vitest.setup.ts'],
          include: ['packages/{dom,react,widgets,elements}/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
        },
      },
      {
        // The same jsdom suite on React 18.3 (the peers say ^18.3.0 || ^19.0.0). react and react-dom come from the
        // test/react-18 workspace; dependencies that import React are inlined so they see the same copy.
        extends: true,
        plugins: [react()],
        // "module" first: Radix's helpers (react-remove-scroll…) have CJS mains whose require('react') would skip the aliases.
        resolve: { alias: react18Aliases, mainFields: ['module', 'main'] },
        test: {
          name: 'unit-react18',
          testTimeout: 20_000, // inlined dependencies make each file slower to load than in \`unit\`
          // All of Testing Library, so user-event and React's bindings share one @testing-library/dom (its act() wrapper).
          server: { deps: { inline: [/@testing-library\//, /@radix-ui\//, /react-remove-scroll/, /react-style-singleton/, /use-callback-ref/, /use-sidecar/, /@storybook\/react/] } },
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./vitest.setup.ts'],
          include: ['packages/{react,widgets,elements}/src/**/*.test.{ts,tsx}', 'test/react-18/*.test.tsx'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), storybookScript: 'npm start' })],
        // One file at a time: play functions drive real keyboard focus, and two iframes running at once steal it.
        test: { name: 'storybook', browser: browser(), fileParallelism: false, setupFiles: ['./test/setup/console-guard.ts'] },
      },
      {
        extends: true,
        plugins: [react()],
        // The theming pages' libraries, pre-bundled up front: found mid-run, they get a second copy of React.
        optimizeDeps: { include: ['antd', 'antd-mobile', 'vant', 'vue', 'element-plus'] },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}', 'test/browser/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./vitest.browser-setup.ts'],
          browser: browser(),
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        // @yinfa/audit's CLI and API on fixture pages: Node drives its own Chromium through Playwright.
        extends: true,
        test: { name: 'audit', environment: 'node', include: ['test/audit/**/*.test.ts'], fileParallelism: false, testTimeout: 240_000, hookTimeout: 240_000 },
      },
    ],
  },
});
