import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'storybook-static/**', 'node_modules/**', '**/*.d.mts', '.vitest-attachments/**', 'docs/examples/vendor/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The React Compiler rules flag established patterns (latest-callback refs) we use on purpose.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/purity': 'off',
    },
  },
  {
    // Architecture (architecture.md): core is plain TypeScript — no React, no DOM libraries.
    files: ['packages/core/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@yinfa/react', '@yinfa/widgets*', '@yinfa/elements', 'leaflet'] }] },
  },
  {
    // @yinfa/dom: framework-free DOM parts (the toolbar's page presentation, reading order).
    files: ['packages/dom/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'preact*', '@yinfa/react', '@yinfa/widgets*', '@yinfa/elements', '../../*/src/*'] }] },
  },
  {
    files: ['packages/react/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@yinfa/widgets*', '@yinfa/elements', '../../*/src/*'] }] },
  },
  {
    files: ['packages/widgets/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@yinfa/elements', '../../*/src/*'] }] },
  },
);
