import { defineConfig, type Options } from 'tsup';

/**
 * Builds every package: ESM + CJS + .d.ts, React and sibling packages external. Packages build in
 * dependency order (scripts/build.mjs sets YINFA_PACKAGE) so each one's types resolve against the
 * previous one's dist, not its src (tsconfig.build.json has no source paths).
 */
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  target: 'es2020',
  platform: 'neutral',
  splitting: true,
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@yinfa\//, /^@radix-ui\//, 'leaflet', 'gcoord'],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
};

// React packages are client components in RSC frameworks (they use state, effects and context).
const client = { banner: { js: '"use client";' } };

export const packages: Record<string, Options> = {
  core: { ...shared, entry: { index: 'packages/core/src/index.ts' }, outDir: 'packages/core/dist' },
  react: { ...shared, ...client, entry: { index: 'packages/react/src/index.ts' }, outDir: 'packages/react/dist' },
  widgets: {
    ...shared,
    ...client,
    entry: {
      'service-booking/index': 'packages/widgets/src/service-booking/index.ts',
      'fraud/index': 'packages/widgets/src/fraud/index.ts',
      'meal-map/index': 'packages/widgets/src/meal-map/index.ts',
    },
    outDir: 'packages/widgets/dist',
  },
};

export default defineConfig(() => {
  const only = process.env.YINFA_PACKAGE;
  const list = only ? [packages[only]].filter(Boolean) : Object.values(packages);
  return list as Options[];
});
