import type { TextEnlarger } from './enlarge';

export interface FrameEnlargers {
  /** Brings every iframe of the page to `scale` (1: its own sizes); an iframe that loads a new page follows. */
  sync(scale: number): void;
  flush(): void;
  /** Puts every iframe back and stops listening. */
  restore(): void;
}

/**
 * The page's iframes: a same-origin one is enlarged like the page (its own enlarger from `create`), again
 * after each load; a cross-origin one cannot be read and is left alone.
 */
export function createFrameEnlargers(doc: Document, isOwnUi: (el: Element) => boolean, create: (frameDoc: Document) => TextEnlarger): FrameEnlargers {
  const frames = new Map<HTMLIFrameElement, TextEnlarger>();
  const listeners = new Map<HTMLIFrameElement, () => void>();
  let scale = 1;
  const frameDoc = (frame: HTMLIFrameElement): Document | null => {
    try {
      return frame.contentDocument && frame.contentDocument.documentElement ? frame.contentDocument : null;
    } catch {
      return null; // cross-origin: left alone
    }
  };
  const enlarge = (frame: HTMLIFrameElement) => {
    let child = frames.get(frame);
    if (!child) {
      const d = frameDoc(frame);
      if (!d || d === doc) return;
      child = create(d);
      frames.set(frame, child);
    }
    child.apply(scale);
  };
  return {
    sync(next) {
      scale = next;
      for (const frame of doc.querySelectorAll('iframe')) {
        if (isOwnUi(frame)) continue;
        if (!listeners.has(frame)) {
          const onLoad = () => {
            frames.get(frame)?.restore();
            frames.delete(frame);
            if (scale !== 1) enlarge(frame);
          };
          frame.addEventListener('load', onLoad);
          listeners.set(frame, onLoad);
        }
        if (scale !== 1) enlarge(frame);
        else frames.get(frame)?.apply(1);
      }
    },
    flush() {
      for (const child of frames.values()) child.flush();
    },
    restore() {
      for (const [frame, onLoad] of listeners) frame.removeEventListener('load', onLoad);
      listeners.clear();
      for (const child of frames.values()) child.restore();
      frames.clear();
    },
  };
}
