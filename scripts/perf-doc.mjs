// Writes a benchmark's table into docs/performance.md between <!-- name:start --> and <!-- name:end --> markers.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeSection(name, markdown) {
  const file = 'docs/performance.md';
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
}
