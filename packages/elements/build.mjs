// Builds @yinfa/elements with esbuild (run from the repository root, or anywhere):
//   dist/yinfa-elements.js     one self-contained IIFE for a <script> tag: every element, React, the CSS
//   dist/yinfa-<tag>.js        the same for one element alone (smaller pages, and the per-element bench)
//   dist/yinfa-leaflet.js      Leaflet, fetched by <yinfa-meal-map> from beside the script when the map opens
//   dist/esm/                  ESM for bundlers (react, react-dom, @yinfa/*, leaflet stay external)
// The CSS of @yinfa/tokens, @yinfa/react and @yinfa/widgets is bundled into a string and adopted as a
// constructable stylesheet in each shadow root (allowed under style-src 'self'; <style> is not).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(here, 'dist');
const src = (...p) => path.join(here, 'src', ...p);
const pkg = (...p) => path.join(root, 'packages', ...p);
const version = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8')).version;

/** Every tag and the class that implements it . */
export const TAGS = {
  'yinfa-toolbar': ['elements/toolbar', 'YinfaToolbarElement'],
  'yinfa-fraud-banner': ['elements/fraud-banner', 'YinfaFraudBannerElement'],
  'yinfa-transfer-guard': ['elements/transfer-guard', 'YinfaTransferGuardElement'],
  'yinfa-amount-confirm': ['elements/amount-confirm', 'YinfaAmountConfirmElement'],
  'yinfa-meal-map': ['elements/meal-map', 'YinfaMealMapElement'],
  'yinfa-service-booking': ['elements/service-booking', 'YinfaServiceBookingElement'],
  'yinfa-speak': ['elements/speak', 'YinfaSpeakElement'],
};

// ---------- CSS → one string, rem → var(--yf-rem) ----------

/** Turns every rem length into `calc(var(--yf-rem,1rem)*n)`, except inside @media/@container/@supports preludes (var() is not allowed there). */
export function remToVar(css) {
  const kept = [];
  const guarded = css.replace(/@(media|container|supports)[^{]*/g, (m) => `__yinfa_keep_${kept.push(m) - 1}__`);
  const rewritten = guarded.replace(/(?<![\w.-])(-?(?:\d+(?:\.\d+)?|\.\d+))rem(?![\w-])/g, (_, n) => (n === '1' ? 'var(--yf-rem,1rem)' : `calc(var(--yf-rem,1rem)*${n})`));
  return rewritten.replace(/__yinfa_keep_(\d+)__/g, (_, i) => kept[Number(i)]);
}

export async function bundleCss() {
  const entries = [pkg('tokens/dist/tokens.css'), pkg('react/src/styles.css'), pkg('widgets/src/styles.css')];
  const parts = [];
  for (const entry of entries) {
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, minify: true, logLevel: 'silent', outdir: 'out' });
    parts.push(out.outputFiles[0].text);
  }
  return remToVar(parts.join('\n'));
}

// ---------- resolution: workspace sources, the CSS module, the CSP-safe style singleton ----------

const LEAFLET_STUB = `// Script-tag builds: Leaflet is not bundled; script-loader.ts fetches yinfa-leaflet.js beside the script.
const L = typeof window === 'undefined' ? undefined : window.__yinfaLeaflet;
if (!L) throw new Error('@yinfa/elements: Leaflet loads from yinfa-leaflet.js next to the elements script');
export default L;`;

function yinfaPlugin(cssText, { externalWorkspace = false, lazyLeaflet = false } = {}) {
  const sources = [
    [/^@yinfa\/core$/, pkg('core/src/index.ts')],
    [/^@yinfa\/dom$/, pkg('dom/src/index.ts')],
    [/^@yinfa\/react$/, pkg('react/src/index.ts')],
    [/^@yinfa\/widgets\/([\w-]+)$/, (m) => pkg(`widgets/src/${m[1]}/index.ts`)],
    [/^@yinfa\/tokens$/, pkg('tokens/dist/index.js')],
  ];
  return {
    name: 'yinfa',
    setup(build) {
      build.onResolve({ filter: /^yinfa:css$/ }, () => ({ path: 'yinfa:css', namespace: 'yinfa-css' }));
      build.onLoad({ filter: /.*/, namespace: 'yinfa-css' }, () => ({ contents: `export const cssText = ${JSON.stringify(cssText)};`, loader: 'js' }));
      if (lazyLeaflet) {
        build.onResolve({ filter: /^leaflet$/ }, () => ({ path: 'leaflet-stub', namespace: 'yinfa-leaflet' }));
        build.onLoad({ filter: /.*/, namespace: 'yinfa-leaflet' }, () => ({ contents: LEAFLET_STUB, loader: 'js' }));
      }
      build.onResolve({ filter: /^react-style-singleton$/ }, () => ({ path: src('csp/style-singleton.ts') }));
      build.onResolve({ filter: /^@yinfa\// }, (args) => {
        if (externalWorkspace) return { path: args.path, external: true };
        for (const [re, target] of sources) {
          const m = args.path.match(re);
          if (m) return { path: typeof target === 'function' ? target(m) : target };
        }
        return undefined;
      });
    },
  };
}

const common = {
  bundle: true,
  minify: true,
  target: ['chrome100', 'firefox100', 'safari16.4'],
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.YINFA_VERSION': JSON.stringify(version), 'process.env.YINFA_TAGS': '""' },
};

async function main() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const cssText = await bundleCss();
  const plugins = [yinfaPlugin(cssText, { lazyLeaflet: true })];

  // The all-in-one script and one script per element.
  const scripts = [{ out: 'yinfa-elements.js', contents: `import './script';` }];
  for (const [tag, [file, cls]] of Object.entries(TAGS)) {
    scripts.push({
      out: `${tag}.js`,
      contents: [
        `import { defineElement } from './base';`,
        `import { installScriptLoader } from './script-loader';`,
        `import { ${cls} } from './${file}';`,
        `installScriptLoader();`,
        `defineElement(${JSON.stringify(tag)}, ${cls});`,
      ].join('\n'),
    });
  }
  for (const s of scripts) {
    await esbuild.build({
      ...common,
      stdin: { contents: s.contents, resolveDir: src(), sourcefile: s.out.replace('.js', '.entry.ts'), loader: 'ts' },
      format: 'iife',
      outfile: path.join(dist, s.out),
      plugins,
    });
  }
  await esbuild.build({ ...common, entryPoints: [src('leaflet-chunk.ts')], format: 'iife', outfile: path.join(dist, 'yinfa-leaflet.js'), plugins: [yinfaPlugin(cssText)] });

  // ESM for bundlers: dependencies stay external (hosts with a strict CSP alias react-style-singleton
  // to @yinfa/elements/style-singleton, see docs/elements.md).
  await esbuild.build({
    ...common,
    minify: false,
    entryPoints: { index: src('index.ts'), define: src('define.ts'), 'style-singleton': src('csp/style-singleton.ts') },
    format: 'esm',
    splitting: true,
    outdir: path.join(dist, 'esm'),
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'leaflet', '@radix-ui/*'],
    plugins: [yinfaPlugin(cssText, { externalWorkspace: true })],
    define: { ...common.define, 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
  });
  if (!process.argv.includes('--no-types')) emitTypes();
  console.log(`@yinfa/elements ${version}: dist/yinfa-elements.js, ${Object.keys(TAGS).length} single-element scripts, yinfa-leaflet.js, esm/`);
}

/**
 * Declarations for the ESM build (dist/esm/*.d.ts), bundled per entry by tsup so they resolve under
 * node16 and bundlers; dist/esm/vue.d.ts is types/vue.d.ts pointed at them. `--no-types` skips this (~30 s).
 */
function emitTypes() {
  const out = path.join(dist, 'esm');
  const entries = ['index.ts', 'define.ts', 'jsx.ts'].map((f) => path.relative(root, src(f)));
  const externals = ['react', 'react-dom', 'leaflet', '@yinfa/core', '@yinfa/react', '@yinfa/tokens', '@yinfa/widgets/fraud', '@yinfa/widgets/meal-map', '@yinfa/widgets/service-booking'];
  execFileSync('npx', ['tsup', ...entries, '--dts-only', '--format', 'esm', '--out-dir', path.relative(root, out), '--no-config', '--tsconfig', 'tsconfig.json', '--silent', ...externals.flatMap((e) => ['--external', e])], { cwd: root, stdio: 'inherit' });
  const vue = readFileSync(path.join(here, 'types/vue.d.ts'), 'utf8').replace("from '../src/types'", "from './index.js'");
  writeFileSync(path.join(out, 'vue.d.ts'), vue);
  writeFileSync(path.join(out, 'style-singleton.d.ts'), readFileSync(path.join(here, 'types/style-singleton.d.ts'), 'utf8'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
