/**
 * Links inside the repository's docs/*.md, rewritten for the Storybook Guides pages that render those files:
 * a link to a doc that is a guide opens that guide's page, a link to the other language of the same doc
 * jumps to that half of the page, and any other file of the repository opens on GitHub (the docs stay the
 * one source; Storybook shows them, it does not copy them).
 */

/** docs/<name>.md → the Guides page that shows it (its Meta title, in Storybook's id form). */
export const GUIDES: Readonly<Record<string, string>> = {
  'getting-started': 'guides-getting-started--docs',
  'host-apps': 'guides-elder-mode-from-the-host-app--docs',
  theming: 'guides-themes-and-other-component-libraries--docs',
  elements: 'guides-elements-script-tag--docs',
  toolbar: 'guides-toolbar--docs',
  audit: 'guides-audit-your-own-pages--docs',
  contributing: 'guides-contributing--docs',
};

export type GuideLocale = 'zh-CN' | 'en-US';
/** The repository's files on GitHub (package.json `repository`). */
export const REPOSITORY = 'https://github.com/yinfa-org/yinfa/blob/main/';

/** The in-page anchor of one language's half of a guide page. */
export const localeAnchor = (locale: GuideLocale) => `guide-${locale}`;

/** A path inside the repository with `.` and `..` resolved; null when it leaves the repository. */
function fromRepository(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Where one link of docs/<current>.md goes on the guide page. Web, mail and in-page links are left as they are. */
export function guideHref(href: string, current: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href;
  const [path = '', hash] = href.split('#');
  const doc = /^(?:\.\/)?([\w-]+?)(\.en-US)?\.md$/.exec(path);
  if (doc) {
    const [, name = '', en] = doc;
    if (name === current) return hash ? `#${hash}` : `#${localeAnchor(en ? 'en-US' : 'zh-CN')}`;
    const id = GUIDES[name];
    // Storybook's docs links navigate the whole Storybook: ?path=/docs/<id>.
    if (id) return `?path=/docs/${id}`;
  }
  const file = fromRepository(`docs/${path}`);
  return file === null ? href : `${REPOSITORY}${file}${hash ? `#${hash}` : ''}`;
}

/**
 * A heading's anchor as GitHub makes it (lower case, punctuation dropped, spaces → '-'), keeping Chinese
 * characters: the Markdown block's own slugs drop them, which leaves zh-CN headings with ids such as '-react-'.
 */
export function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** Rewrites every Markdown link `[text](href)` of a doc for its guide page; code spans and blocks are left alone. */
export function rewriteGuideLinks(markdown: string, current: string): string {
  // Split on fenced blocks and inline code so a `[x](y)` shown as code stays as written.
  return markdown
    .split(/(```[\s\S]*?```|`[^`\n]*`)/g)
    .map((chunk, i) => (i % 2 === 1 ? chunk : chunk.replace(/\]\(([^)\s]+)\)/g, (_, href: string) => `](${guideHref(href, current)})`)))
    .join('');
}
