import { highlightSentence, type SegmentTarget } from '@yinfa/dom';
import { useEffect } from 'react';

// The highlight itself is @yinfa/dom's (shared with the framework-free toolbar); re-exported here as before.
export { HIGHLIGHT_NAME, supportsHighlightApi } from '@yinfa/dom';

/**
 * Marks the sentence being read while `target` is set (CSS Custom Highlight API, else
 * `data-yinfa-speaking` on the element) and scrolls it into view — instantly under reduced motion.
 */
export function useSentenceHighlight(target: SegmentTarget | null, options: { reducedMotion: boolean; scroll?: boolean }): void {
  const { reducedMotion, scroll = true } = options;
  useEffect(() => (target ? highlightSentence(target, { reducedMotion, scroll }) : undefined), [target, reducedMotion, scroll]);
}
