import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { workspaceAliases } from './scripts/aliases.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// A fresh object per project: Vitest mutates `instances` (sharing one object fails with
// "Cannot define a nested project for a chromium browser").
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
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
          include: ['packages/{react,widgets,elements}/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), storybookScript: 'npm start' })],
        // One file at a time: play functions drive real keyboard focus, and two iframes running at once steal it.
        test: { name: 'storybook', browser: browser(), fileParallelism: false },
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
    ],
  },
});
