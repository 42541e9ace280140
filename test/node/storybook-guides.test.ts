/**
 * The Storybook Guides pages render docs/*.md (not copies): each page's doc exists in both languages, GUIDES
 * names each page by the id Storybook gives its title, and every link inside a guide still goes somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toId } from 'storybook/internal/csf';
import { describe, expect, it } from 'vitest';
import { GUIDES, guideHref, headingSlug, REPOSITORY, rewriteGuideLinks } from '../../.storybook/guideLinks';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pages = readdirSync(path.join(root, 'docs/guides')).filter((f) => f.endsWith('.mdx'));
const page = (file: string) => {
  const text = readFileSync(path.join(root, 'docs/guides', file), 'utf8');
  return { title: /<Meta title="([^"]+)"/.exec(text)?.[1] ?? '', name: /<Guide name="([^"]+)"/.exec(text)?.[1] ?? '', text };
};

describe('Guides pages', () => {
  it('one page per guide, each with the id GUIDES links to', () => {
    const found = Object.fromEntries(pages.map((f) => page(f)).map((p) => [p.name, toId(p.title, 'Docs')]));
    expect(found).toEqual(GUIDES);
  });

  it.each(pages)('%s imports its doc in both languages', (file) => {
    const { name, text } = page(file);
    expect(text).toContain(`from '../${name}.md?raw'`);
    expect(text).toContain(`from '../${name}.en-US.md?raw'`);
    expect(existsSync(path.join(root, `docs/${name}.md`))).toBe(true);
    expect(existsSync(path.join(root, `docs/${name}.en-US.md`))).toBe(true);
  });

  it.each(Object.keys(GUIDES).flatMap((name) => [`${name}.md`, `${name}.en-US.md`]))('every link in docs/%s goes somewhere', (file) => {
    const name = file.replace(/(\.en-US)?\.md$/, '');
    const rewritten = rewriteGuideLinks(readFileSync(path.join(root, 'docs', file), 'utf8'), name);
    const hrefs = Array.from(rewritten.replace(/```[\s\S]*?```|`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g), (m) => m[1]!);
    for (const href of hrefs) {
      if (href.startsWith('?path=/docs/')) expect(Object.values(GUIDES)).toContain(href.slice('?path=/docs/'.length));
      else if (href.startsWith(REPOSITORY)) expect([href, existsSync(path.join(root, href.slice(REPOSITORY.length).split('#')[0]!))]).toEqual([href, true]);
      else expect(href).toMatch(/^(?:#|https?:\/\/|mailto:)/);
    }
  });
});

describe('guideHref', () => {
  it('opens other guides in Storybook, the other language in the same page, other files on GitHub', () => {
    expect(guideHref('toolbar.md', 'getting-started')).toBe('?path=/docs/guides-toolbar--docs');
    expect(guideHref('./toolbar.en-US.md', 'getting-started')).toBe('?path=/docs/guides-toolbar--docs');
    expect(guideHref('getting-started.en-US.md', 'getting-started')).toBe('#guide-en-US');
    expect(guideHref('getting-started.md', 'getting-started')).toBe('#guide-zh-CN');
    expect(guideHref('speech.md#engines', 'toolbar')).toBe(`${REPOSITORY}docs/speech.md#engines`);
    expect(guideHref('../packages/react/README.md', 'contributing')).toBe(`${REPOSITORY}packages/react/README.md`);
    expect(guideHref('https://www.chromatic.com', 'contributing')).toBe('https://www.chromatic.com');
    expect(guideHref('#anchor', 'contributing')).toBe('#anchor');
    // A path that leaves the repository is not turned into a GitHub address.
    expect(guideHref('../../elsewhere.md', 'contributing')).toBe('../../elsewhere.md');
  });

  it('leaves links shown as code alone', () => {
    expect(rewriteGuideLinks('see [a](toolbar.md) and `[b](toolbar.md)`', 'x')).toBe('see [a](?path=/docs/guides-toolbar--docs) and `[b](toolbar.md)`');
  });
});

describe('headingSlug', () => {
  it('makes GitHub’s anchors, Chinese included', () => {
    expect(headingSlug('为现有应用加长辈模式')).toBe('为现有应用加长辈模式');
    expect(headingSlug('新的 React 应用')).toBe('新的-react-应用');
    expect(headingSlug('Adding an elder mode (长辈模式) to an existing app')).toBe('adding-an-elder-mode-长辈模式-to-an-existing-app');
    expect(headingSlug('`<yinfa-toolbar>` — 适老化及无障碍工具条')).toBe('yinfa-toolbar--适老化及无障碍工具条');
  });
});
