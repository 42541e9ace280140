/**
 * Releases: `changeset version` with the repository's own .changeset/config.json, on a copy of the
 * workspace manifests. A patch changeset for @yinfa/core alone must move every @yinfa package to the
 * same new version and rewrite their internal dependencies with it (config `fixed`), and write changelogs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'yinfa-changesets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folders = readdirSync(path.join(root, 'packages')).filter((p) => existsSync(path.join(root, 'packages', p, 'package.json')));
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('changeset version', () => {
  it('bumps every package and its internal dependencies together', { timeout: 60_000 }, () => {
    cpSync(path.join(root, 'package.json'), path.join(work, 'package.json'));
    mkdirSync(path.join(work, '.changeset'));
    cpSync(path.join(root, '.changeset/config.json'), path.join(work, '.changeset/config.json'));
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    for (const p of folders) {
      mkdirSync(path.join(work, 'packages', p), { recursive: true });
      cpSync(path.join(root, 'packages', p, 'package.json'), path.join(work, 'packages', p, 'package.json'));
    }
    const before = read(path.join(work, 'packages/core/package.json')).version as string;
    writeFileSync(path.join(work, '.changeset/fix-core.md'), '---\n"@yinfa/core": patch\n---\n\nFixes a formatter.\n');

    execFileSync(process.execPath, [path.join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: work, stdio: 'pipe' });

    const [major, minor, patch] = before.split('.').map(Number);
    const next = `${major}.${minor}.${(patch ?? 0) + 1}`;
    for (const p of folders) {
      const m = read(path.join(work, 'packages', p, 'package.json'));
      if (m.private) continue;
      expect(m.version, m.name).toBe(next);
      for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
        if (dep.startsWith('@yinfa/')) expect(range, `${m.name} → ${dep}`).toBe(next);
      }
      expect(readFileSync(path.join(work, 'packages', p, 'CHANGELOG.md'), 'utf8')).toContain(next);
    }
    expect(readFileSync(path.join(work, 'packages/core/CHANGELOG.md'), 'utf8')).toContain('Fixes a formatter.');
    expect(existsSync(path.join(work, '.changeset/fix-core.md'))).toBe(false);
  });
});
