import type { GuideKind } from '@yinfa/core';
import { createReadingGuide } from '@yinfa/dom';
import { useEffect, useRef } from 'react';

export interface ReadingGuideProps {
  kind: GuideKind;
}

/**
 * 阅读线 / 十字线: lines that follow the pointer and keyboard focus. They are drawn with
 * pointer-events: none, so a click always reaches the page below, and are hidden from screen readers.
 * The lines are @yinfa/dom's (the toolbar's own), drawn at the end of the body.
 */
export function ReadingGuide({ kind }: ReadingGuideProps) {
  const guide = useRef<ReturnType<typeof createReadingGuide> | null>(null);
  useEffect(() => {
    const g = createReadingGuide(document, document.body);
    guide.current = g;
    return () => {
      g.destroy();
      guide.current = null;
    };
  }, []);
  useEffect(() => {
    guide.current?.set(kind);
  }, [kind]);
  return null;
}
