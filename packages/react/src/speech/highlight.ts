import { useEffect } from 'react';
import { rangeFor, type SegmentTarget } from '@yinfa/dom';

/** The name used with CSS.highlights; style it with ::highlight(yf-speech-sentence). */
export const HIGHLIGHT_NAME = 'yf-speech-sentence';

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistryLike; Highlight: new (...ranges: Range[]) => unknown } | null {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...ranges: Range[]) => unknown };
  return g.CSS?.highlights && typeof g.Highlight === 'function' ? { highlights: g.CSS.highlights, Highlight: g.Highlight } : null;
}

/** Whether this browser has the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function supportsHighlightApi(): boolean {
  return registry() !== null;
}

/**
 * Marks the sentence being read. With the CSS Custom Highlight API the exact words are highlighted
 * without touching the DOM; otherwise (or when the words are not page text, like a field's value) the
 * element gets `data-yinfa-speaking`. The sentence is scrolled into view — instantly under reduced motion.
 */
export function useSentenceHighlight(target: SegmentTarget | null, options: { reducedMotion: boolean; scroll?: boolean }): void {
  const { reducedMotion, scroll = true } = options;
  useEffect(() => {
    if (!target) return;
    const api = registry();
    const range = api ? rangeFor(target) : null;
    let marked: Element | null = null;
    if (api && range) {
      api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(range));
    } else {
      marked = target.element;
      marked.setAttribute('data-yinfa-speaking', '');
    }
    if (scroll) {
      const el = target.element as HTMLElement;
      try {
        const rect = (range ?? el).getBoundingClientRect?.();
        const view = el.ownerDocument.defaultView;
        const offScreen = !rect || !view || rect.top < 0 || rect.bottom > view.innerHeight;
        if (offScreen && typeof el.scrollIntoView === 'function') {
          el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reducedMotion ? 'instant' : 'smooth' } as ScrollIntoViewOptions);
        }
      } catch {
        /* jsdom and detached nodes */
      }
    }
    return () => {
      if (marked) marked.removeAttribute('data-yinfa-speaking');
      else api?.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [target, reducedMotion, scroll]);
}
