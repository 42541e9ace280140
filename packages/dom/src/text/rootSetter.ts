/** Sets the root font size for a scale; `measure()` reads the page's own root size ahead (while its styles are fresh). */
export type RootSetter = ((scale: number) => void) & { measure?: () => void };

/**
 * The root font size for a document: `scale` × the page's own root size, as an inline `!important`
 * percentage (beats the page's own `html { font-size: 14px !important }`), and exactly back at 1.
 */
export function rootSetter(doc: Document): RootSetter {
  const html = doc.documentElement;
  let saved: { value: string; priority: string; attr: string | null } | null = null;
  let ratio = 0;
  // The page's root size against `medium`, read once per enlargement (a probe and two computed styles).
  const measure = () => {
    if (ratio) return;
    const view = doc.defaultView;
    const probe = doc.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;';
    (doc.body ?? html).append(probe);
    const medium = parseFloat(view?.getComputedStyle(probe).fontSize ?? '') || 16;
    probe.remove();
    ratio = (parseFloat(view?.getComputedStyle(html).fontSize ?? '') || medium) / medium;
  };
  const set = (scale: number) => {
    if (!saved) saved = { value: html.style.getPropertyValue('font-size'), priority: html.style.getPropertyPriority('font-size'), attr: html.getAttribute('style') };
    if (saved.value) html.style.setProperty('font-size', saved.value, saved.priority);
    else html.style.removeProperty('font-size');
    if (scale === 1) {
      if (saved.attr === null && html.getAttribute('style') === '') html.removeAttribute('style');
      saved = null;
      ratio = 0;
      return;
    }
    measure();
    html.style.setProperty('font-size', `${Math.round(ratio * scale * 10000) / 100}%`, 'important');
  };
  return Object.assign(set, { measure });
}
