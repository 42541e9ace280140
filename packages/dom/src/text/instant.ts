/**
 * Runs `fn` with the page's size transitions off, so sizes change at once (a page's `transition: all .3s`
 * would otherwise animate every font size, and the measurements would read the start of it). Uses one
 * adopted sheet, added for the call and taken off after; where constructable sheets are missing (iOS < 16.4)
 * `fn` just runs.
 *
 * `targets` names what to stop: the selectors of the page's rules that transition a size (read with its
 * sheets), or null for everything (a sheet could not be read). Adding and removing a sheet costs a style pass
 * over what its selectors can match, so a `*` sheet costs two whole-page passes per call (on a 5,000-element
 * page at 4× CPU throttle about half a second each); the page's own selectors touch only their elements, and
 * a page without size transitions gets no sheet at all.
 */
export function createInstant(doc: Document, targets: () => readonly string[] | null = () => null): <T>(fn: () => T) => T {
  const view = doc.defaultView;
  let still: { key: string; sheet: CSSStyleSheet } | null = null;
  let unsupported = false;
  const sheetFor = (selectors: readonly string[] | null): CSSStyleSheet | null => {
    const Sheet = view?.CSSStyleSheet;
    if (unsupported || typeof Sheet !== 'function' || !('adoptedStyleSheets' in doc)) return null;
    const list = selectors ?? ['*, *::before, *::after'];
    const key = list.join('\n');
    if (still?.key === key) return still.sheet;
    try {
      const sheet = new Sheet();
      // One rule per selector: a selector this browser cannot parse drops only its own rule.
      sheet.replaceSync(list.map((s) => `${s} { transition: none !important; }`).join('\n'));
      still = { key, sheet };
      return sheet;
    } catch {
      unsupported = true;
      return null;
    }
  };
  return <T,>(fn: () => T): T => {
    const selectors = targets();
    if (selectors && selectors.length === 0) return fn();
    const sheet = sheetFor(selectors);
    if (!sheet) return fn();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    try {
      return fn();
    } finally {
      void view?.getComputedStyle(doc.documentElement).fontSize; // the new sizes are computed while transitions are off
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== sheet);
    }
  };
}
