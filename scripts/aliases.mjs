import path from 'node:path';

/**
 * Source aliases for Storybook, Vitest and the benches: `@yinfa/*` resolves to each package's src, so
 * stories and tests run against the code in the tree without a build. Published packages resolve
 * through their exports maps instead. Order matters: subpaths before the bare names.
 */
export function workspaceAliases(root) {
  const p = (...parts) => path.join(root, 'packages', ...parts);
  return [
    { find: /^@yinfa\/tokens\/tokens\.css$/, replacement: p('tokens/dist/tokens.css') },
    { find: /^@yinfa\/tokens$/, replacement: p('tokens/dist/index.js') },
    { find: /^@yinfa\/core\/([\w-]+)$/, replacement: p('core/src/$1/index.ts') },
    { find: /^@yinfa\/core$/, replacement: p('core/src/index.ts') },
    { find: /^@yinfa\/dom$/, replacement: p('dom/src/index.ts') },
    { find: /^@yinfa\/react\/styles\.css$/, replacement: p('react/src/styles.css') },
    { find: /^@yinfa\/react$/, replacement: p('react/src/index.ts') },
    { find: /^@yinfa\/widgets\/styles\.css$/, replacement: p('widgets/src/styles.css') },
    { find: /^@yinfa\/widgets\/([\w-]+)$/, replacement: p('widgets/src/$1/index.ts') },
    { find: /^@yinfa\/elements$/, replacement: p('elements/src/index.ts') },
    { find: /^@yinfa\/audit\/checks$/, replacement: p('audit/src/checks/index.ts') },
    { find: /^@yinfa\/audit$/, replacement: p('audit/src/index.ts') },
  ];
}
