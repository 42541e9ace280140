/** Marks the toolbar's own UI (the bar, its skip link, its dialogs). */
export const OWN_UI = '[data-yinfa-toolbar-ui]';

/**
 * The element an event really started on. Inside a shadow root (the <yinfa-toolbar> element renders the
 * bar there) the document sees the event retargeted to the shadow host; composedPath() has the real one.
 */
export function eventElement(event: Event): Element | null {
  const first = typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target;
  const node = (first ?? event.target) as Node | null;
  if (!node || typeof node !== 'object' || !('nodeType' in node)) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True for the toolbar's own elements, including ones inside a shadow root. */
export function isOwnUi(el: Element | null): boolean {
  for (let node: Node | null = el; node; ) {
    if (node.nodeType === 1 && (node as Element).matches(OWN_UI)) return true;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}
