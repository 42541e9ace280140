import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { workspaceAliases } from '../scripts/aliases.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // No telemetry, no "what's new" fetches: Yinfa makes no network requests (AGENTS.md: no network in tests, Storybook or the library).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
  async viteFinal(base) {
    return mergeConfig(base, {
      resolve: { alias: workspaceAliases(root) },
      build: {
        chunkSizeWarningLimit: 2000,
        rolldownOptions: {
          // Radix ships "use client" directives that are meaningless in a client bundle.
          onwarn(w: { code?: string }, warn: (w: unknown) => void) {
            if (w.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(w);
          },
        },
      },
    });
  },
};
export default config;
