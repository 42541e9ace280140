// Supply-chain files of @yinfa/elements, written by build.mjs after the bundles:
//   dist/manifest.json       every file under dist/ with its bytes, gzip bytes and SRI hash (sha384)
//   dist/custom-elements.json  the Custom Elements Manifest (schema 2.1.0) for editors and Storybook
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Every file below `dir`, as forward-slash paths relative to it. */
function walk(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

export const integrity = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** dist/manifest.json: { version, files: { "<path>": { bytes, gzip, integrity } } }. */
export function writeManifest(dist, version) {
  const files = {};
  for (const file of walk(dist).filter((f) => f !== 'manifest.json').sort()) {
    const buf = readFileSync(path.join(dist, file));
    files[file] = { bytes: buf.length, gzip: gzipBytes(buf), integrity: integrity(buf) };
  }
  writeFileSync(path.join(dist, 'manifest.json'), `${JSON.stringify({ name: '@yinfa/elements', version, files }, null, 2)}\n`);
  return files;
}

const TYPE = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', json: 'object (JSON)', list: 'string[] (comma/space separated, or a JSON array)' };

/** The JSDoc summary right before `export class <name>` in a source file. */
function classDoc(source, name) {
  const at = source.indexOf(`export class ${name}`);
  const before = source.slice(0, at);
  const open = before.lastIndexOf('/**');
  const m = open < 0 ? null : before.slice(open).match(/^\/\*\*([\s\S]*?)\*\/\s*$/);
  return m ? m[1].replace(/^\s*\* ?/gm, '').replace(/\s+/g, ' ').trim() : '';
}

/**
 * dist/custom-elements.json from the element classes themselves (imported through an SSR-safe Node
 * bundle: attributes with their kinds and allowed values, properties) and their sources (events).
 */
export async function writeCustomElementsManifest({ esbuild, dist, src, tags, plugins, eventNames }) {
  // Inside the package, so its externals (react…) resolve from node_modules; removed right after.
  const tmp = src('.cem-classes.mjs');
  await esbuild.build({
    stdin: { contents: `export { ELEMENTS } from './registry'; export { COMMON_ATTRIBUTES } from './base';`, resolveDir: src(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: tmp,
    logLevel: 'warning',
    packages: 'external',
    jsx: 'automatic',
    plugins,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  let ELEMENTS;
  let COMMON;
  try {
    const mod = await import(`${pathToFileURL(tmp).href}?${Date.now()}`);
    ELEMENTS = mod.ELEMENTS;
    COMMON = mod.COMMON_ATTRIBUTES;
  } finally {
    rmSync(tmp, { force: true });
  }
  const modules = Object.entries(tags).map(([tag, [file, cls]]) => {
    const ctor = ELEMENTS[tag];
    const source = readFileSync(existsSync(src(`${file}.tsx`)) ? src(`${file}.tsx`) : src(`${file}.ts`), 'utf8');
    // A plain custom element (not a YinfaElement) lists only what it declares itself.
    const own = Array.isArray(ctor.attributes) ? ctor.attributes : (ctor.observedAttributes ?? []).map((name) => ({ name, kind: 'string' }));
    const specs = Array.isArray(ctor.attributes) ? [...COMMON, ...own] : own;
    const events = ['yinfa-error', ...eventNames.filter((e) => e !== 'yinfa-error' && source.includes(`'${e}'`))];
    if (source.includes('SpeechEvents')) events.push('yinfa-speak-start', 'yinfa-speak-end');
    return {
      kind: 'javascript-module',
      path: `dist/chunks/${tag}.js`,
      declarations: [
        {
          kind: 'class',
          customElement: true,
          name: cls,
          tagName: tag,
          description: classDoc(source, cls),
          superclass: source.includes('extends YinfaElement') ? { name: 'YinfaElement', package: '@yinfa/elements' } : { name: 'HTMLElement' },
          attributes: specs.map((s) => ({
            name: s.name,
            fieldName: s.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
            type: { text: s.kind === 'enum' ? s.values.map((v) => `'${v}'`).join(' | ') : TYPE[s.kind] },
            ...(s.defaultTrue ? { default: 'true' } : {}),
          })),
          members: [
            ...specs.map((s) => ({ kind: 'field', name: s.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), attribute: s.name })),
            ...(ctor.properties ?? []).map((p) => ({ kind: 'field', name: p, description: 'Property only (an object or function).' })),
          ],
          events: [...new Set(events)].map((name) => ({ name, type: { text: `CustomEvent<YinfaEventDetails['${name}']>` } })),
        },
      ],
      exports: [{ kind: 'custom-element-definition', name: tag, declaration: { name: cls, module: `dist/chunks/${tag}.js` } }],
    };
  });
  const cem = { schemaVersion: '2.1.0', readme: 'docs/elements.md', modules };
  writeFileSync(path.join(dist, 'custom-elements.json'), `${JSON.stringify(cem, null, 2)}\n`);
  return cem;
}
