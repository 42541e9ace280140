/**
 * A Guides page: one of the repository's docs (docs/<name>.md and docs/<name>.en-US.md, imported with `?raw`)
 * rendered with Storybook's Markdown block, zh-CN first and en-US below, links rewritten for Storybook.
 */
import { Markdown } from '@storybook/addon-docs/blocks';
import { headingSlug, localeAnchor, rewriteGuideLinks } from './guideLinks';

// Raw HTML in the docs is shown as text, never run (a `<script>` example outside a code span stays words);
// headings get GitHub's anchors, so a doc's own #links work here as on GitHub.
const OPTIONS = { disableParsingRawHTML: true, slugify: headingSlug };

export function Guide({ name, zh, en }: { name: string; zh: string; en: string }) {
  return (
    <>
      <p>
        <a href={`#${localeAnchor('zh-CN')}`}>简体中文</a> · <a href={`#${localeAnchor('en-US')}`}>English</a> ·{' '}
        <span lang="en">
          docs/{name}.md, docs/{name}.en-US.md
        </span>
      </p>
      <section id={localeAnchor('zh-CN')} lang="zh-CN">
        <Markdown options={OPTIONS}>{rewriteGuideLinks(zh, name)}</Markdown>
      </section>
      <hr />
      <section id={localeAnchor('en-US')} lang="en-US">
        <Markdown options={OPTIONS}>{rewriteGuideLinks(en, name)}</Markdown>
      </section>
    </>
  );
}
