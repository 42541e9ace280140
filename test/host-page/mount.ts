/**
 * Mounts a sample host page (plain HTML + CSS, not Yinfa) into the current document: its CSS in the
 * head, its body's markup at the start of the body, as a real page is. Returns the function that removes
 * both. Used by the toolbar's browser tests and its stories. The markup is this repository's own; the
 * Layui and Bootstrap 3 pages use those frameworks' real CSS from npm.
 */
import bootstrapCss from 'bootstrap/dist/css/bootstrap.min.css?raw';
import layuiCss from 'layui/dist/css/layui.css?raw';
import bankCss from './bootstrap-bank.css?raw';
import bankHtml from './bootstrap-bank.html?raw';
import hostCss from './gov-service.css?raw';
import hostEnglishHtml from './gov-service.en-US.html?raw';
import hostHtml from './gov-service.html?raw';
import layuiGovCss from './layui-gov.css?raw';
import layuiGovHtml from './layui-gov.html?raw';

export const HOST_PAGES = {
  /** The city's elderly-subsidy service page: rem-based, responsive. */
  'gov-service': { html: hostHtml, css: [hostCss] },
  /** The same page in English (the en-US locale of the toolbar's stories). */
  'gov-service-en': { html: hostEnglishHtml, css: [hostCss], lang: 'en-US' },
  /** A city-government portal on Layui: px, a fixed 1200px column, fixed-height lists. */
  'layui-gov': { html: layuiGovHtml, css: [layuiCss, layuiGovCss] },
  /** A bank's transfer page on Bootstrap 3: px theme, responsive grid. */
  'bootstrap-bank': { html: bankHtml, css: [bootstrapCss, bankCss] },
} as const;
export type HostPageName = keyof typeof HOST_PAGES;

export function mountHostPage(doc: Document = document, name: HostPageName = 'gov-service'): () => void {
  const page: { html: string; css: readonly string[]; lang?: string } = HOST_PAGES[name];
  const { html, css } = page;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const styles = css.map((text) => {
    const style = doc.createElement('style');
    style.setAttribute('data-host-page', '');
    // Fonts of the framework's icon set are not part of the test (no requests for them).
    style.textContent = text.replace(/@font-face\s*{[^}]*}/g, '');
    doc.head.append(style);
    return style;
  });
  const host = doc.createElement('div');
  host.setAttribute('data-host-page', name);
  if (page.lang) host.lang = page.lang;
  host.innerHTML = parsed.body.innerHTML;
  doc.body.prepend(host);
  return () => {
    host.remove();
    for (const style of styles) style.remove();
  };
}
