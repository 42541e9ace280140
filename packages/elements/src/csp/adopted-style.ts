/**
 * Stands in for the one <style> element the toolbar's page presentation inserts into the host
 * document (packages/react/src/toolbar/presentation.ts): the same rules as a constructable stylesheet in
 * `document.adoptedStyleSheets`, which `style-src 'self'` allows. build.mjs swaps it in for the
 * script-tag build only; it offers the parts of HTMLStyleElement that code uses.
 */
export function adoptedStyle(doc: Document) {
  const view = doc.defaultView ?? window;
  const sheet = new view.CSSStyleSheet();
  const attributes = new Map<string, string>();
  let text = '';
  return {
    setAttribute(name: string, value: string) {
      attributes.set(name, value);
    },
    getAttribute(name: string) {
      return attributes.get(name) ?? null;
    },
    get textContent() {
      return text;
    },
    set textContent(value: string | null) {
      text = value ?? '';
      sheet.replaceSync(text);
    },
    get isConnected() {
      return doc.adoptedStyleSheets.includes(sheet);
    },
    attach() {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
