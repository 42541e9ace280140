import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
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
  // pinyin-pro and opencc-js are @yinfa/dom dependencies loaded on demand (拼音 / 繁体 captions): the app's bundler splits them off.
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@yinfa\//, /^@radix-ui\//, 'leaflet', 'gcoord', /^colorjs\.io($|\/)/, 'pinyin-pro', /^opencc-js($|\/)/],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  // Licence comments of anything bundled stay in the bundle; scripts/third-party-notices.mjs lists bundled packages.
  esbuildOptions(options) {
    options.legalComments = 'eof';
  },
};

// React packages are client components in RSC frameworks (they use state, effects and context).
const client = { banner: { js: '"use client";' } };

/**
 * Every source module is its own ESM entry (shared code goes to chunks), so a bundler drops what an app
 * does not import file by file ("sideEffects" lists only CSS). One big file would keep everything:
 * top-level forwardRef() and createContext() calls count as side effects inside a file.
 * Types come from the package index alone.
 */
function modules(pkg: string): Record<string, string> {
  const root = `packages/${pkg}/src/`;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(`${dir}${d.name}/`) : [`${dir}${d.name}`]));
  const files = walk(root).filter((f) => /\.tsx?$/.test(f)).filter((f) => !/\.(test|stories|browser\.test)\.tsx?$|\.d\.ts$|\/sample\/|storyParts\.tsx?$/.test(f));
  return Object.fromEntries(files.map((f) => [f.slice(root.length).replace(/\.tsx?$/, ''), f]));
}

const perModule = (pkg: string): Options => ({
  ...shared,
  entry: modules(pkg),
  outDir: `packages/${pkg}/dist`,
  dts: { ...(shared.dts as object), entry: { index: `packages/${pkg}/src/index.ts` } },
});

/**
 * The browser build (the `browser` condition of the package's exports): every component module imports its own
 * folder's stylesheet(s) and base.css from the package's css/, so a bundler keeps only the CSS of the components an
 * app uses. Node and SSR resolve the default build, which imports no CSS (Node cannot load .css).
 */
function componentCss(pkg: string): Plugin {
  const root = path.resolve(`packages/${pkg}/src`);
  return {
    name: 'yinfa-component-css',
    setup(build) {
      build.onLoad({ filter: /\.tsx$/ }, (args) => {
        const dir = path.dirname(args.path);
        if (!dir.startsWith(root + path.sep)) return undefined;
        const css = readdirSync(dir).filter((f) => f.endsWith('.css'));
        if (!css.length) return undefined;
        const imports = [...new Set(['base.css', ...css])].map((f) => `import '@yinfa/${pkg}/css/${f}';`).join('\n');
        return { contents: `${imports}\n${readFileSync(args.path, 'utf8')}`, loader: 'tsx', resolveDir: dir };
      });
    },
  };
}

/** `@yinfa/core`'s subpath entries (`@yinfa/core/booking`, …): each area's index gets its own types. */
export const CORE_AREAS = ['booking', 'flow', 'fraud', 'meal', 'speech', 'speech-text'];

export const packages: Record<string, Options> = {
  core: {
    ...perModule('core'),
    dts: {
      ...(shared.dts as object),
      entry: { index: 'packages/core/src/index.ts', ...Object.fromEntries(CORE_AREAS.map((a) => [`${a}/index`, `packages/core/src/${a}/index.ts`])) },
    },
  },
  dom: perModule('dom'),
  // The static-page script (`@yinfa/dom/preferences.js`): one classic, minified file with core's cookie reader inside,
  // for a <script src> in <head>. Built after `dom` into the same dist (clean: false keeps the modules).
  'dom-script': {
    ...shared,
    entry: { 'yinfa-preferences': 'packages/dom/script/yinfa-preferences.ts' },
    format: ['iife'],
    outDir: 'packages/dom/dist',
    outExtension: () => ({ js: '.js' }),
    dts: false,
    clean: false,
    splitting: false,
    sourcemap: false,
    minify: true,
    platform: 'browser',
    external: [],
    noExternal: [/^@yinfa\//],
  },
  react: { ...perModule('react'), ...client },
  'react-browser': { ...perModule('react'), ...client, format: ['esm'], dts: false, outDir: 'packages/react/dist/browser', esbuildPlugins: [componentCss('react')] },
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
