// Builds @yinfa/elements with esbuild (run from the repository root, or anywhere):
//   dist/yinfa.js              the loader stub: one small script tag; fetches chunks/<tag>.js when a tag appears
//   dist/chunks/               one ES module per element + the shared runtime chunk(s) they import
//   dist/yinfa-elements.js     one self-contained IIFE for a <script> tag: every element, the runtime, the CSS
//   dist/yinfa-<tag>.js        the same for one element alone (pages that want exactly one request)
//   dist/yinfa-leaflet.js      Leaflet, fetched by <yinfa-meal-map> from beside the script when the map opens
//   dist/yinfa-speech-text.js  the speech tables, fetched by <yinfa-toolbar> from beside the script when reading starts
//   dist/esm/                  ESM for bundlers (react, react-dom, @yinfa/*, leaflet stay external)
// Every script-tag file runs on Preact with its React compatibility layer (`preact/compat`, aliased
// here for these builds only); the ESM build keeps the host's own React.
// The CSS of @yinfa/tokens, @yinfa/react and @yinfa/widgets is bundled into a string and adopted as a
// constructable stylesheet in each shadow root (allowed under style-src 'self'; <style> is not).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundledPackages, noticesFor } from '../../scripts/third-party-notices.mjs';
import { pruneCss } from './css-prune.mjs';
import { writeCustomElementsManifest, writeManifest } from './supply-chain.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// YINFA_ELEMENTS_DIST: build somewhere else (a check while tests read dist/).
const dist = process.env.YINFA_ELEMENTS_DIST ? path.resolve(process.env.YINFA_ELEMENTS_DIST) : path.join(here, 'dist');
const src = (...p) => path.join(here, 'src', ...p);
const pkg = (...p) => path.join(root, 'packages', ...p);
const version = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8')).version;
/** The third-party notices beside the scripts: the same file name as every other package's. */
export const NOTICES = 'THIRD-PARTY-NOTICES.md';

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

/** Rules the script builds add to a component's stylesheet (their dialogs are native <dialog>s). */
const SCRIPT_EXTRA_CSS = { [`${path.sep}dialog.css`]: src('native-dialog.css') };

export async function bundleCss() {
  const entries = [pkg('tokens/dist/tokens.css'), pkg('react/src/styles.css'), pkg('widgets/src/styles.css'), ...Object.values(SCRIPT_EXTRA_CSS)];
  const parts = [];
  for (const entry of entries) {
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, minify: true, logLevel: 'silent', outdir: 'out' });
    parts.push(out.outputFiles[0].text);
  }
  return remToVar(parts.join('\n'));
}

/** The files an @import list names, in its order. */
function importsOf(file) {
  return [...readFileSync(file, 'utf8').matchAll(/@import\s+'([^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

async function minifyCss(file) {
  const out = await esbuild.build({ entryPoints: [file], bundle: true, write: false, minify: true, logLevel: 'silent', outdir: 'out' });
  return out.outputFiles[0].text;
}

/**
 * Per-element CSS: tokens and base always; each component's or widget's stylesheet only when one of its
 * `yf-` classes occurs in the element's code (class names stay as strings in minified code).
 */
async function componentCss() {
  const classesOf = (text) => new Set([...(text.match(/\.yf-[\w-]+/g) ?? [])].map((c) => c.slice(1)));
  const always = [await minifyCss(pkg('tokens/dist/tokens.css'))];
  const parts = [];
  for (const file of [...importsOf(pkg('react/src/styles.css')), ...importsOf(pkg('widgets/src/styles.css'))]) {
    const extra = Object.entries(SCRIPT_EXTRA_CSS).find(([end]) => file.endsWith(end));
    const text = (await minifyCss(file)) + (extra ? await minifyCss(extra[1]) : '');
    if (file.endsWith(`${path.sep}base.css`)) always.push(text);
    else parts.push({ file, text, classes: classesOf(text) });
  }
  // Classes a stylesheet only mentions (.yf-root from base, another component's class in a context
  // selector) do not make it needed: a file counts as used when one of the classes it alone defines
  // first, in the order of the @import lists, occurs in the code.
  const common = classesOf(always.join('\n'));
  const owner = new Map();
  for (const part of parts) for (const c of part.classes) if (!common.has(c) && !owner.has(c)) owner.set(c, part);
  for (const part of parts) part.own = [...part.classes].filter((c) => owner.get(c) === part);
  return {
    pick: (code) => {
      const used = parts.filter((p) => p.own.some((c) => new RegExp(`(?<![\\w-])${c}(?![\\w-])`).test(code)));
      return { css: remToVar(pruneCss([...always, ...used.map((p) => p.text)].join('\n'), code)), files: used.map((p) => path.relative(root, p.file)) };
    },
  };
}

/**
 * dist/THIRD-PARTY-NOTICES.md: the licence of every npm package bundled into any script (Preact, Radix,
 * Leaflet, gcoord…), written by the repository's one notices generator (scripts/third-party-notices.mjs)
 * from the esbuild metafiles' inputs, shipped beside the bundles; each script's banner points to it.
 */
function writeNotices(inputs) {
  const names = bundledPackages([...inputs]);
  writeFileSync(path.join(dist, NOTICES), noticesFor(names, { root, about: `The @yinfa/elements ${version} script-tag files (dist/*.js, dist/chunks/*.js; @yinfa/elements itself is MIT licensed)` }));
  return names;
}

// ---------- resolution: workspace sources, the CSS module, the CSP-safe style singleton ----------

const LEAFLET_STUB = `// Script-tag builds: Leaflet is not bundled; script-loader.ts fetches yinfa-leaflet.js beside the script.
const L = typeof window === 'undefined' ? undefined : window.__yinfaLeaflet;
if (!L) throw new Error('@yinfa/elements: Leaflet loads from yinfa-leaflet.js next to the elements script');
export default L;`;

// The provider loads createTheme and colorjs.io on demand for a `theme` prop (packages/react/src/provider/theme.ts).
// No element renders one (hosts brand elements with --yf-theme-* CSS variables), and a script-tag build
// cannot split a dynamic import off, so the palette module is left out of every script.
const NO_PALETTE_STUB = `export function paletteVariables() {
  throw new Error('@yinfa/elements scripts take a brand theme from --yf-theme-* CSS variables, not createTheme');
}`;

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
      build.onResolve({ filter: /^\.\/themePalette$/ }, (args) =>
        args.importer.startsWith(pkg('react/src/provider')) ? { path: 'theme-palette-stub', namespace: 'yinfa-no-palette' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'yinfa-no-palette' }, () => ({ contents: NO_PALETTE_STUB, loader: 'js' }));
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

/** Script-tag builds only: react, react-dom (and their subpaths) → preact/compat. */
const PREACT = {
  react: 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
};
function preactPlugin() {
  return {
    name: 'yinfa-preact',
    setup(build) {
      build.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, async (args) => {
        const target = PREACT[args.path];
        if (!target) throw new Error(`@yinfa/elements: no Preact alias for "${args.path}" (imported by ${args.importer})`);
        const resolved = await build.resolve(target, { kind: args.kind, resolveDir: here });
        return { path: resolved.path };
      });
    },
  };
}

/**
 * Deferred modules: in every script every import of @yinfa/core's speech-text folder from outside it
 * becomes deferred/speech-text.ts, which fetches the real module (built alone as yinfa-speech-text.js) when
 * reading first starts (readers wait through createSpeechTextGate); the toolbar's help view's loader likewise
 * fetches yinfa-toolbar-help.js when help is first opened, and the React elements' host detection
 * (mode="auto") comes from yinfa-host-detection.js.
 */
/**
 * Every script build (each tag's and 'all'). A module behind an `import()` is never split off in a script, and
 * esbuild then wraps it and everything it imports (here all of @yinfa/core, through the help view) in lazy
 * initialisers: in every script, not only the toolbar's, even where tree shaking drops the importer.
 */
const EVERY_SCRIPT = [...Object.keys(TAGS), 'all'];
export const DEFERRED = {
  'yinfa-speech-text.js': { dir: pkg('core/src/speech-text'), stub: src('deferred/speech-text.ts'), entry: src('speech-text-chunk.ts'), tags: EVERY_SCRIPT },
  // The toolbar's 帮助 view and its words, fetched when help is first opened.
  'yinfa-toolbar-help.js': { dir: pkg('dom/src/toolbar/help-loader'), stub: src('deferred/toolbar-help.ts'), entry: src('toolbar-help-chunk.ts'), tags: EVERY_SCRIPT },
  // The toolbar's 大字幕, 阅读线 and 纯文本, fetched when one is first wanted or the bar first touched.
  'yinfa-toolbar-views.js': {
    dir: pkg('dom/src/toolbar/views-loader'),
    stub: src('deferred/toolbar-views.ts'),
    entry: src('toolbar-views-chunk.ts'),
    tags: EVERY_SCRIPT,
    inside: [
      { dir: pkg('dom/src/toolbar/caption/load'), stub: src('deferred/caption.ts') },
      { dir: pkg('core/src/speech-text'), stub: src('deferred/speech-text-loaded.ts') },
    ],
  },
  // What mode="auto" asks the host app (docs/host-apps.md), fetched when an element with mode="auto" first renders.
  'yinfa-host-detection.js': { dir: pkg('react/src/provider/hostDetection'), stub: src('deferred/host-detection.ts'), entry: src('host-detection-chunk.ts'), tags: EVERY_SCRIPT.filter((t) => t !== 'yinfa-toolbar') },
  // 大字幕 with 拼音 (pinyin-pro) or 繁体 (opencc-js), fetched when a user picks them; one stub serves both.
  'yinfa-pinyin.js': { dir: pkg('dom/src/toolbar/caption/load'), stub: src('deferred/caption.ts'), entry: src('caption-chunks/pinyin.ts'), tags: EVERY_SCRIPT },
  'yinfa-traditional.js': { dir: pkg('dom/src/toolbar/caption/load'), stub: src('deferred/caption.ts'), entry: src('caption-chunks/traditional.ts'), tags: EVERY_SCRIPT },
  // Reading order (collectReadable), loaded with the speech tables in every script: every reader collects inside
  // the speech-text gate (SpeakButton, the toolbar's reader), and the toolbar's text-only view, which collects at
  // once, is in yinfa-toolbar-views.js with its own copy. Its say-as readings use the tables the page loaded, not a
  // copy of them (`inside`: the chunk's own stand-ins).
  'yinfa-reading-order.js': {
    dir: pkg('dom/src/readable'),
    stub: src('deferred/readable.ts'),
    entry: src('readable-chunk.ts'),
    tags: EVERY_SCRIPT,
    inside: [{ dir: pkg('core/src/speech-text'), stub: src('deferred/speech-text-loaded.ts') }],
  },
  // The transfer guard's scam catalogue (its built-in entries), fetched when the guard is first wanted: it shows
  // nothing until it opens. The banner shows entries as it paints, so its script and the all-in-one keep them.
  'yinfa-scam-catalogue.js': { dir: pkg('core/src/fraud/catalogue'), stub: src('deferred/scam-catalogue.ts'), entry: src('scam-catalogue-chunk.ts'), tags: ['yinfa-transfer-guard'] },
  // <yinfa-service-booking demo>'s in-memory adapter and demo services, fetched on its adapter's first call.
  'yinfa-booking-demo.js': { dir: pkg('core/src/booking/memoryAdapter'), stub: src('deferred/memory-booking.ts'), entry: src('booking-demo-chunk.ts'), tags: ['yinfa-service-booking', 'all'] },
};
/** The plugins of a DEFERRED chunk's own build. */
const deferredChunkPlugins = (d) => [...(d.inside ? [stubPlugin(d.inside)] : []), yinfaPlugin('')];
function deferredPlugin(tag) {
  return stubPlugin(Object.values(DEFERRED).filter((d) => d.tags.includes(tag)));
}
/** Puts each rule's `stub` in place of every relative import of its `dir` from outside it. */
function stubPlugin(rules) {
  return {
    name: 'yinfa-deferred',
    setup(build) {
      if (!rules.length) return;
      build.onResolve({ filter: /^\./ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        for (const rule of rules) {
          // A folder, or one module (`dir` without its extension).
          const inside = (f) => f === rule.dir || f === `${rule.dir}.ts` || f.startsWith(rule.dir + path.sep);
          if (inside(target) && !inside(path.dirname(args.importer))) return { path: rule.stub };
        }
        return undefined;
      });
    },
  };
}

/** The en-US pack beside a script: `yinfa-<tag>.en-US.js`, or `yinfa-elements.en-US.js` for the all-in-one file. */
export const localePackFile = (script) => script.replace(/\.js$/, '.en-US.js');
/** Where a pack registers its tables on `window`: the same as packKey() in src/locale-packs.ts (a node test checks). */
const localePackKey = (file) => `__yinfaLocalePack:${file.replace(/\.js$/, '')}`;

/**
 * Script builds: every en-US table module (`*.en-US.ts`, and core's messages/en-US.ts) becomes a stand-in,
 * an empty table from src/locale-packs.ts that its pack fills when a page or element in en-US first renders;
 * `deferred` collects each module and the names it exports, for writeLocalePack. zh-CN pages never load them.
 */
function localePackPlugin(pack, deferred) {
  return {
    name: 'yinfa-locale-pack',
    setup(build) {
      build.onResolve({ filter: /^\..*(^|[/.])en-US$/ }, (args) => ({ path: `${path.resolve(args.resolveDir, args.path)}.ts`, namespace: 'yinfa-en-US' }));
      build.onLoad({ filter: /.*/, namespace: 'yinfa-en-US' }, (args) => {
        const names = [...readFileSync(args.path, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
        if (!names.length) throw new Error(`@yinfa/elements: ${args.path} exports no en-US table (export const …)`);
        deferred.set(args.path, names);
        const id = (name) => JSON.stringify(tableId(args.path, name));
        // Pure: a table the script never reads is dropped with its stand-in, and so left out of the pack too.
        const lines = names.map((name) => `export const ${name} = /* @__PURE__ */ deferredTable(${id(name)}, ${JSON.stringify(pack)});`);
        return { contents: [`import { deferredTable } from ${JSON.stringify(src('locale-packs.ts'))};`, ...lines].join('\n'), loader: 'js', resolveDir: src() };
      });
    },
  };
}

const tableId = (file, name) => `${path.relative(root, file).split(path.sep).join('/')}#${name}`;

/**
 * Writes the pack of one script (or of the `scripts` that share it): the real en-US tables whose
 * stand-ins are in their code (a stand-in's id is a string that survives minifying), under those ids.
 */
async function writeLocalePack(pack, deferred, scripts) {
  const code = scripts.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
  const files = [...deferred].map(([file, names]) => [file, names.filter((name) => code.includes(JSON.stringify(tableId(file, name))))]).filter(([, names]) => names.length);
  if (!files.length) return null;
  const imports = files.map(([file], i) => `import * as m${i} from ${JSON.stringify(file)};`);
  const entries = files.flatMap(([file, names], i) => names.map((name) => `${JSON.stringify(tableId(file, name))}: m${i}.${name}`));
  const contents = [...imports, `window[${JSON.stringify(localePackKey(pack))}] = { ${entries.join(', ')} };`].join('\n');
  const built = await esbuild.build({
    ...common,
    metafile: true,
    stdin: { contents, resolveDir: src(), sourcefile: `${pack}.entry.js`, loader: 'js' },
    format: 'iife',
    outfile: path.join(dist, pack),
    plugins: [nativeDialogPlugin(), preactPlugin(), yinfaPlugin('')],
  });
  return built.metafile;
}

/**
 * What the element modules import from ./runtime.js: esbuild writes each as `import{a as b,c}from"./runtime.js"`
 * (a default import before the braces). A form it does not write (a namespace import) is an error, not a guess.
 */
export function runtimeImports(code) {
  const names = new Set();
  for (const m of code.matchAll(/import\s*([^"'`;]*?)\s*from\s*"\.\/runtime\.js"/g)) {
    const clause = m[1];
    const braces = clause.match(/\{([^}]*)\}/);
    const before = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    if (before.startsWith('*')) throw new Error(`@yinfa/elements: a namespace import of ./runtime.js (${m[0]}): list the names`);
    if (before) names.add('default');
    for (const part of braces ? braces[1].split(',') : []) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]);
  }
  return names;
}

/** Where each React name the runtime offers comes from in Preact (everything else: preact/compat). */
const RUNTIME_FROM = { jsx: 'preact/compat/jsx-runtime', jsxs: 'preact/compat/jsx-runtime', createRoot: 'preact/compat/client', hydrateRoot: 'preact/compat/client' };

/** chunks/runtime.js: exactly the names the element modules import, from Preact (not all of preact/compat: about 1.3 KB gzip less). */
function runtimeEntry(names) {
  const by = new Map();
  for (const name of [...names].sort()) {
    const from = RUNTIME_FROM[name] ?? 'preact/compat';
    by.set(from, [...(by.get(from) ?? []), name]);
  }
  return [...by].map(([from, list]) => `export { ${list.join(', ')} } from '${from}';`).join('\n');
}

/**
 * Script builds only: @radix-ui/react-dialog → native-dialog.tsx (the same API on `<dialog>` and showModal();
 * about 40 KB of Radix and its helpers less in every script with a dialog). The ESM build keeps Radix.
 */
function nativeDialogPlugin() {
  return {
    name: 'yinfa-native-dialog',
    setup(build) {
      // sideEffects false, as Radix's package says of itself: a script without a dialog drops the whole module.
      build.onResolve({ filter: /^@radix-ui\/react-dialog$/ }, () => ({ path: src('native-dialog.tsx'), sideEffects: false }));
    },
  };
}

/**
 * Script builds: the meal map's `lazy(() => import('./MapView'))` becomes a static import. A script cannot
 * split it off (MapView needs the script's own runtime), and a dynamic import makes esbuild wrap MapView and
 * everything it imports (most of @yinfa/core) in lazy initialisers: about 0.5 KB gzip for nothing. Leaflet
 * itself still loads on first use, from yinfa-leaflet.js. The ESM build keeps the split for apps.
 */
function staticMapViewPlugin() {
  const file = pkg('widgets/src/meal-map/MealMap.tsx');
  const lazyImport = "import('./MapView')";
  return {
    name: 'yinfa-static-map-view',
    setup(build) {
      build.onLoad({ filter: /[\\/]MealMap\.tsx$/ }, (args) => {
        if (args.path !== file) return undefined;
        const code = readFileSync(file, 'utf8');
        if (!code.includes(lazyImport)) throw new Error(`@yinfa/elements: ${file} no longer has ${lazyImport}; update staticMapViewPlugin`);
        return { contents: `import * as yinfaMapViewModule from './MapView';\n${code.replace(lazyImport, 'Promise.resolve(yinfaMapViewModule)')}`, loader: 'tsx' };
      });
    },
  };
}

/** Element modules of the loader: react, react-dom and their subpaths are the shared ./runtime.js. */
function runtimeExternal() {
  return {
    name: 'yinfa-runtime-external',
    setup(build) {
      build.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) => {
        if (!PREACT[args.path]) throw new Error(`@yinfa/elements: no Preact alias for "${args.path}" (imported by ${args.importer})`);
        return { path: './runtime.js', external: true };
      });
    },
  };
}

const common = {
  bundle: true,
  // YINFA_NO_MINIFY=1: readable function names in a CPU profile (benchmarks only; never shipped).
  minify: !process.env.YINFA_NO_MINIFY,
  // The support statement in docs/elements.md: iOS Safari 15+, Chrome / Android WebView 90+, Firefox 90+.
  target: ['chrome90', 'firefox90', 'safari15'],
  jsx: 'automatic',
  // Licence texts go to dist/THIRD-PARTY-NOTICES.md (writeNotices); the banner points there.
  legalComments: 'none',
  banner: { js: `/*! @yinfa/elements ${version} | MIT | bundled third-party licences: ${NOTICES} */` },
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.YINFA_VERSION': JSON.stringify(version), 'process.env.YINFA_TAGS': '""', 'process.env.YINFA_NO_RUNTIME_TAGS': '""' },
};

/** Entry source of one element's script: define it; what loads on first use comes from beside the script (or, for a module chunk, one folder up from `chunkUrl`). */
const elementEntry = (tag, chunkUrl = '') => {
  const [file, cls] = TAGS[tag];
  return [
    `import { defineElement } from './define-element';`,
    `import { installScriptLoader } from './script-loader';`,
    `import { ${cls} } from './${file}';`,
    `installScriptLoader(${chunkUrl});`,
    `defineElement(${JSON.stringify(tag)}, ${cls});`,
  ].join('\n');
};

/**
 * Builds one script twice: first to see which components' classes its code uses, then with only their
 * CSS (tokens, base and the element rules always), pruned to the rules that code can match (css-prune.mjs).
 * `laterCode` is what a script may fetch on first use (the help view, the toolbar's views…; each counts only where
 * its stand-in is in this script): the classes it makes are styled by the script's CSS too.
 */
async function buildScript(options, css, laterCode) {
  const first = await esbuild.build({ ...options, write: false, metafile: true, plugins: [...options.plugins, yinfaPlugin('', { lazyLeaflet: true })] });
  // Only what this script can fetch: the deferred modules whose stand-in is in its output (not only imported
  // and shaken out: every script imports the toolbar's help loader through @yinfa/dom's index).
  const inputs = new Set(
    Object.values(first.metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs))
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => path.resolve(file)),
  );
  const later = laterCode.filter((d) => inputs.has(d.stub)).map((d) => d.code);
  const code = [...first.outputFiles.map((f) => f.text), ...later].join('\n');
  const picked = css.pick(code);
  if (process.env.YINFA_CSS_REPORT) console.log(`${path.basename(options.outfile)}: ${picked.files.join(', ')}`);
  const result = await esbuild.build({ ...options, metafile: true, plugins: [...options.plugins, yinfaPlugin(picked.css, { lazyLeaflet: true })] });
  if (process.env.YINFA_METAFILE) writeFileSync(path.join(process.env.YINFA_METAFILE, `${path.basename(options.outfile)}.meta.json`), JSON.stringify(result.metafile));
  return result.metafile;
}

/** The code of each module a script may fetch on first use (DEFERRED), with the stand-in that fetches it, for the CSS pruning. */
async function deferredCode() {
  const texts = [];
  for (const d of Object.values(DEFERRED)) {
    const built = await esbuild.build({ ...common, write: false, entryPoints: [d.entry], format: 'iife', outfile: 'deferred.js', plugins: deferredChunkPlugins(d) });
    texts.push({ stub: d.stub, code: built.outputFiles.map((f) => f.text).join('\n') });
  }
  return texts;
}

async function main() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const css = await componentCss();
  const allCss = await bundleCss();
  const inputs = new Set();
  const note = (meta) => Object.keys(meta.inputs).forEach((f) => inputs.add(f));
  const allEnUS = new Map();
  const laterCode = await deferredCode();

  // The all-in-one script and one script per element (each self-contained: runtime, element, its CSS).
  note(
    await buildScript(
      {
        ...common,
        stdin: { contents: `import './script';`, resolveDir: src(), sourcefile: 'yinfa-elements.entry.ts', loader: 'ts' },
        format: 'iife',
        outfile: path.join(dist, 'yinfa-elements.js'),
        plugins: [localePackPlugin(localePackFile('yinfa-elements.js'), allEnUS), deferredPlugin('all'), nativeDialogPlugin(), staticMapViewPlugin(), preactPlugin()],
      },
      { pick: (code) => ({ css: pruneCss(allCss, code), files: ['(every stylesheet)'] }) },
      laterCode,
    ),
  );
  const allPack = await writeLocalePack(localePackFile('yinfa-elements.js'), allEnUS, ['yinfa-elements.js']);
  if (allPack) note(allPack);
  // One en-US pack per element, shared by its single-element script and its module chunk (the same code).
  const enUS = Object.fromEntries(Object.keys(TAGS).map((tag) => [tag, new Map()]));
  for (const tag of Object.keys(TAGS)) {
    const stdin = { contents: elementEntry(tag), resolveDir: src(), sourcefile: `${tag}.entry.ts`, loader: 'ts' };
    const plugins = [localePackPlugin(localePackFile(`${tag}.js`), enUS[tag]), deferredPlugin(tag), nativeDialogPlugin(), staticMapViewPlugin(), preactPlugin()];
    note(await buildScript({ ...common, stdin, format: 'iife', outfile: path.join(dist, `${tag}.js`), plugins }, css, laterCode));
  }
  for (const [file, d] of Object.entries(DEFERRED)) {
    const built = await esbuild.build({ ...common, metafile: true, entryPoints: [d.entry], format: 'iife', outfile: path.join(dist, file), plugins: deferredChunkPlugins(d) });
    note(built.metafile);
  }
  const leaflet = await esbuild.build({ ...common, metafile: true, entryPoints: [src('leaflet-chunk.ts')], format: 'iife', outfile: path.join(dist, 'yinfa-leaflet.js'), plugins: [yinfaPlugin('')] });
  note(leaflet.metafile);

  // The loader stub and what it fetches: chunks/runtime.js (Preact + compat, once per page) and one ES
  // module per element that imports it. (esbuild's automatic code splitting keeps every @yinfa module
  // any element uses in one shared chunk, so a lone banner would download the booking widget; each
  // element module carries its own Yinfa code and CSS instead, and shares the runtime.)
  // The elements whose module does not import the shared runtime (the toolbar): the loader fetches it beside the others.
  const noRuntime = [];
  const runtimeNames = new Set();
  for (const tag of Object.keys(TAGS)) {
    const stdin = { contents: elementEntry(tag, 'import.meta.url'), resolveDir: src(), sourcefile: `${tag}.chunk.ts`, loader: 'ts' };
    const plugins = [localePackPlugin(localePackFile(`${tag}.js`), enUS[tag]), deferredPlugin(tag), nativeDialogPlugin(), staticMapViewPlugin(), runtimeExternal()];
    const meta = await buildScript({ ...common, stdin, format: 'esm', outfile: path.join(dist, `chunks/${tag}.js`), plugins }, css, laterCode);
    note(meta);
    const pack = await writeLocalePack(localePackFile(`${tag}.js`), enUS[tag], [`${tag}.js`, `chunks/${tag}.js`]);
    if (pack) note(pack);
    const imported = runtimeImports(readFileSync(path.join(dist, `chunks/${tag}.js`), 'utf8'));
    imported.forEach((name) => runtimeNames.add(name));
    if (!imported.size) noRuntime.push(tag);
  }
  const runtime = await esbuild.build({
    ...common,
    metafile: true,
    stdin: { contents: runtimeEntry(runtimeNames), resolveDir: here, sourcefile: 'runtime.entry.js', loader: 'js' },
    format: 'esm',
    outfile: path.join(dist, 'chunks/runtime.js'),
  });
  note(runtime.metafile);
  const offered = new Set(Object.values(runtime.metafile.outputs).flatMap((out) => out.exports));
  const missing = [...runtimeNames].filter((name) => !offered.has(name));
  if (missing.length) throw new Error(`@yinfa/elements: chunks/runtime.js lacks ${missing.join(', ')}`);
  await esbuild.build({
    ...common,
    entryPoints: [src('loader.ts')],
    format: 'iife',
    outfile: path.join(dist, 'yinfa.js'),
    define: {
      ...common.define,
      'process.env.YINFA_TAGS': JSON.stringify(Object.keys(TAGS).join(',')),
      'process.env.YINFA_NO_RUNTIME_TAGS': JSON.stringify(noRuntime.join(',')),
    },
  });
  writeNotices(inputs);
  // For browsers without constructable style sheets: the elements link this file in their shadow roots.
  const elementCss = readFileSync(src('styles.ts'), 'utf8').match(/export const ELEMENT_CSS = `([\s\S]*?)`;/)[1];
  writeFileSync(path.join(dist, 'yinfa-elements.css'), `${elementCss.trim()}\n${allCss}\n`);

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
    plugins: [yinfaPlugin(allCss, { externalWorkspace: true })],
    define: { ...common.define, 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
  });
  // The JSX and Vue entries are types; an empty module lets `import '@yinfa/elements/jsx'` (not only
  // `import type`) resolve in Node and bundlers too.
  for (const name of ['jsx', 'vue']) writeFileSync(path.join(dist, 'esm', `${name}.js`), '// Types only: see the .d.ts beside this file.\nexport {};\n');
  if (!process.argv.includes('--no-types')) emitTypes();
  const typesSource = readFileSync(src('types.ts'), 'utf8');
  const eventsAt = typesSource.indexOf('interface YinfaEventDetails');
  const eventNames = [...typesSource.slice(eventsAt, typesSource.indexOf('\n}', eventsAt)).matchAll(/^\s+'(yinfa-[\w-]+)':/gm)].map((m) => m[1]);
  await writeCustomElementsManifest({ esbuild, dist, src, tags: TAGS, plugins: [yinfaPlugin('', { lazyLeaflet: true })], eventNames });
  writeManifest(dist, version);
  console.log(`@yinfa/elements ${version}: dist/yinfa.js (loader) + chunks/, yinfa-elements.js, ${Object.keys(TAGS).length} single-element scripts, yinfa-leaflet.js, esm/`);
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
