import { devWarn } from '@yinfa/core';
import { createPagePresentation, type PagePresentation } from '@yinfa/dom';
import { useRef, useState } from 'react';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';

let liveToolbars = 0;

/**
 * The toolbar's hold on the page, taken before paint and given back on unmount: the page presentation
 * (text size, colours, cursor — @yinfa/dom), a host for the skip link as the page's first Tab stop, and the
 * page's own root font size against the user's default (a Bootstrap 3 page sets `html { font-size: 10px }`).
 * One toolbar per page: a second would stack its padding and stylesheet on the first's, so it gets no document.
 */
export function usePagePresentation() {
  const [doc, setDoc] = useState<Document | null>(null);
  const presentation = useRef<PagePresentation | null>(null);
  const [rootRatio, setRootRatio] = useState(1);
  const skipHost = useRef<HTMLDivElement | null>(null);
  useIsoLayoutEffect(() => {
    const d = document;
    if (liveToolbars > 0) {
      devWarn('Toolbar: a toolbar is already on this page; this one renders nothing.');
      return;
    }
    liveToolbars++;
    // The skip link goes first in the page, so it is the first Tab stop.
    const host = d.createElement('div');
    host.setAttribute('data-yinfa-toolbar-ui', '');
    d.body.prepend(host);
    skipHost.current = host;
    // Presentation (applied before paint, undone on unmount) before anything below forces a style pass: its
    // isolating sheet keeps the page's CSS off the bar from the very first one.
    const p = createPagePresentation(d);
    presentation.current = p;
    // The page's own root size against the user's default (before any enlargement).
    const probe = d.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;';
    host.append(probe);
    const medium = parseFloat(getComputedStyle(probe).fontSize) || 16;
    probe.remove();
    const ratio = (parseFloat(getComputedStyle(d.documentElement).fontSize) || medium) / medium;
    setRootRatio(Number.isFinite(ratio) && ratio > 0.3 && ratio < 3 ? ratio : 1);
    setDoc(d);
    return () => {
      liveToolbars--;
      p.restore();
      presentation.current = null;
      host.remove();
    };
  }, []);
  return { doc, presentation, rootRatio, skipHost };
}
