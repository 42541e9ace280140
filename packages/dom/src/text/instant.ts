/**
 * Runs `fn` with the page's transitions off, so sizes change at once (a page's `transition: all .3s`
 * would otherwise animate every font size, and the measurements would read the start of it). Uses one
 * adopted sheet, added for the call and taken off after; where constructable sheets are missing (iOS < 16.4)
 * `fn` just runs.
 */
export function createInstant(doc: Document): <T>(fn: () => T) => T {
  const view = doc.defaultView;
  let still: CSSStyleSheet | null = null;
  return <T,>(fn: () => T): T => {
    const Sheet = view?.CSSStyleSheet;
    if (!still && typeof Sheet === 'function' && 'adoptedStyleSheets' in doc) {
      try {
        still = new Sheet();
        still.replaceSync('*, *::before, *::after { transition: none !important; }');
      } catch {
        still = null;
      }
    }
    if (!still) return fn();
    const sheet = still;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    try {
      return fn();
    } finally {
      void view?.getComputedStyle(doc.documentElement).fontSize; // the new sizes are computed while transitions are off
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== sheet);
    }
  };
}
