import { inlineFixesBox } from './rules';

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'OPTGROUP', 'TITLE']);
const CONTROLS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="color"]), select, textarea, button';

/** Elements with their own visible text, and form controls, under `roots`, in document order (never the toolbar's own). */
export function findTextElements(doc: Document, roots: Element[], isOwnUi: (el: Element) => boolean): Element[] {
  const accept = (node: Node) => (node.nodeType === 1 && (SKIP_TEXT.has((node as Element).tagName) || isOwnUi(node as Element)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
  const out = new Set<Element>();
  for (const root of roots) {
    if (!root.isConnected || isOwnUi(root)) continue;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode: accept });
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        if (node.parentElement && node.textContent?.trim()) out.add(node.parentElement);
      } else if ((node as Element).matches(CONTROLS)) out.add(node as Element);
    }
  }
  return [...out];
}

/**
 * Boxes that may clip enlarged text: those a style rule gives a fixed height or width (`boxSelectors`),
 * those whose style attribute does, and single-line controls — under `roots` (or containing them).
 */
export function findBoxCandidates(doc: Document, roots: Element[], texts: Element[], boxSelectors: Iterable<string>, isOwnUi: (el: Element) => boolean): Element[] {
  const out = new Set<Element>();
  const inRoots = (el: Element) => roots.some((r) => r === doc.body || r.contains(el) || el.contains(r));
  for (const selector of boxSelectors) {
    let list: NodeListOf<Element>;
    try {
      list = doc.querySelectorAll(selector);
    } catch {
      continue; // pseudo-elements, unknown pseudo-classes
    }
    for (const el of list) if (!isOwnUi(el) && inRoots(el)) out.add(el);
  }
  for (const root of roots) for (const el of root.querySelectorAll('[style]')) if (inlineFixesBox(el) && !isOwnUi(el)) out.add(el);
  for (const el of texts) if (el.matches('input, select, button')) out.add(el);
  return [...out];
}
