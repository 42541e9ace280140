// Writes a benchmark's section into both performance docs, between <!-- name:start --> and <!-- name:end -->
// markers: the zh-CN text into docs/performance.md, the en-US text into docs/performance.en-US.md.
// Every bench passes both languages; a missing one is an error, so no section falls back to English only.
// Also the benchmarks' one quantile (median, p95).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each language's doc, relative to the repository root. */
export const PERFORMANCE_DOCS = { 'zh-CN': 'docs/performance.md', 'en-US': 'docs/performance.en-US.md' };

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * writeSection('bench-size', { 'zh-CN': markdownZh, 'en-US': markdownEn }) replaces the section's block in each
 * doc (or appends it when the doc has no markers for it yet). `root` is for tests: the repository by default.
 */
export function writeSection(name, texts, { root = repository } = {}) {
  const languages = Object.keys(PERFORMANCE_DOCS);
  if (typeof texts !== 'object' || texts === null) {
    throw new Error(`writeSection('${name}'): pass { 'zh-CN': markdown, 'en-US': markdown }, not ${typeof texts}`);
  }
  const missing = languages.filter((lang) => typeof texts[lang] !== 'string' || texts[lang].trim() === '');
  if (missing.length) throw new Error(`writeSection('${name}'): no ${missing.join(' or ')} text; every section is written in ${languages.join(' and ')}`);
  const unknown = Object.keys(texts).filter((lang) => !languages.includes(lang));
  if (unknown.length) throw new Error(`writeSection('${name}'): unknown language ${unknown.join(', ')} (expected ${languages.join(', ')})`);

  for (const lang of languages) {
    const file = path.join(root, PERFORMANCE_DOCS[lang]);
    const text = readFileSync(file, 'utf8');
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const block = `${start}\n${texts[lang].trim()}\n${end}`;
    const re = new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}`);
    // A function, so a `$` in the markdown is not read as a replacement pattern.
    writeFileSync(file, re.test(text) ? text.replace(re, () => block) : `${text.trimEnd()}\n\n${block}\n`);
  }
}

/** The value at fraction `f` of the sorted series (0.5: the median, 0.95: p95), as the benchmarks report them. */
export const quantile = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
