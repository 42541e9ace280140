import { createSpeechTextGate, loadSpeechText, type Locale, type SpeechController, type SpeechSnapshot, type Translate } from '@yinfa/core';
import { itemIndexFor, itemsToSegments, rangeFor, type SegmentTarget } from '../collect';
import { collectReadable } from '../readable';
import { eventElement } from '../events';

/** The name used with CSS.highlights; style it with ::highlight(yf-speech-sentence) (as @yinfa/react's ReadAloud). */
export const HIGHLIGHT_NAME = 'yf-speech-sentence';

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function highlightApi(): { highlights: HighlightRegistryLike; Highlight: new (...ranges: Range[]) => unknown } | null {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...ranges: Range[]) => unknown };
  return g.CSS?.highlights && typeof g.Highlight === 'function' ? { highlights: g.CSS.highlights, Highlight: g.Highlight } : null;
}

/** Whether this browser has the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function supportsHighlightApi(): boolean {
  return highlightApi() !== null;
}

/**
 * Marks the sentence being read. With the CSS Custom Highlight API the exact words are highlighted without
 * touching the DOM; otherwise (or when the words are not page text, like a field's value) the element gets
 * `data-yinfa-speaking`. The sentence is scrolled into view — instantly under reduced motion. Returns the undo.
 */
export function highlightSentence(target: SegmentTarget, options: { reducedMotion: boolean; scroll?: boolean }): () => void {
  const api = highlightApi();
  const range = api ? rangeFor(target) : null;
  let undo: () => void;
  if (api && range) {
    api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(range));
    undo = () => api.highlights.delete(HIGHLIGHT_NAME);
  } else {
    const marked = target.element;
    marked.setAttribute('data-yinfa-speaking', '');
    undo = () => marked.removeAttribute('data-yinfa-speaking');
  }
  if (options.scroll !== false) {
    const el = target.element as HTMLElement;
    try {
      const rect = (range ?? el).getBoundingClientRect?.();
      const view = el.ownerDocument.defaultView;
      const offScreen = !rect || !view || rect.top < 0 || rect.bottom > view.innerHeight;
      if (offScreen && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: options.reducedMotion ? 'instant' : 'smooth' } as ScrollIntoViewOptions);
    } catch {
      /* jsdom and detached nodes */
    }
  }
  return undo;
}

export interface HostReaderOptions {
  controller: SpeechController;
  getRoot: () => Element | null;
  isOwnUi: (el: Element) => boolean;
  /** The current language and words (they change with the page's locale). */
  locale: () => Locale;
  t: () => Translate<string>;
  /** 指读 on: read what gets focus (and, with hover reading, what the pointer rests on). */
  point: () => boolean;
  hover: () => boolean;
  /** 声音 off: nothing is read, not even 指读 (default: never muted). */
  muted?: () => boolean;
  usesScreenReader: () => boolean;
  reducedMotion: () => boolean;
  /** Called when "has a start point" or the reading state changes, so the controls can follow. */
  onChange: () => void;
  focusDelay?: number;
  hoverDelay?: number;
}

export interface HostReader {
  /** 连读 from the top, or from where the user last clicked or focused when `fromPoint` is set. */
  readAll(fromPoint?: boolean): void;
  stop(): void;
  /** Starts loading what reading needs (the script-tag build's speech tables) before the first read. */
  prepare(): void;
  pauseResume(): void;
  /** Something of ours is being read (or paused). */
  readonly reading: boolean;
  readonly hasStartPoint: boolean;
  snapshot(): SpeechSnapshot;
  destroy(): void;
}

let readers = 0;

/**
 * Read-aloud for a page the toolbar does not own, from the same parts as @yinfa/react's ReadAloud
 * (reading order, normalisation, highlight, one speech controller): 连读 from the top or from the last
 * click/focus on the page, and 指读 — what gets keyboard focus, and what the pointer rests on when the
 * user turned hover reading on — unless the user said they use their own screen reader.
 */
export function createHostReader(doc: Document, options: HostReaderOptions): HostReader {
  const { controller, getRoot, isOwnUi, focusDelay = 250, hoverDelay = 600 } = options;
  readers += 1;
  const owner = `yf-toolbar-read-${readers}`;
  let targets: SegmentTarget[] = [];
  let startPoint: Node | null = null;
  let lastShown: SegmentTarget | null = null;
  let clearHighlight: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHover: Element | null = null;
  let wasReading = false;

  const isReading = (s = controller.getSnapshot()) => s.owner === owner && s.playback !== 'idle';

  const show = (target: SegmentTarget | null) => {
    if (target === lastShown) return;
    lastShown = target;
    clearHighlight?.();
    clearHighlight = target ? highlightSentence(target, { reducedMotion: options.reducedMotion() }) : null;
  };

  const unsubscribe = controller.subscribe(() => {
    const s = controller.getSnapshot();
    const reading = isReading(s);
    show(reading && s.index >= 0 ? (targets[s.index] ?? null) : null);
    if (reading !== wasReading) {
      wasReading = reading;
      options.onChange();
    }
  });

  // The script-tag toolbar loads its speech tables when reading first starts (@yinfa/core's loadSpeechText);
  // only the newest request runs once they are in, so a second click meanwhile does not read twice (a muted
  // request cancels a read still waiting).
  // A read that waits unlocks the player inside the click (iOS starts speech only from a gesture).
  const gate = createSpeechTextGate(() => options.controller.unlock());
  const whenReady = (run: () => void) => {
    if (options.muted?.()) gate.cancel();
    else gate.run(run);
  };

  const speakItems = (from: Node | null, only: boolean) => whenReady(() => speakNow(from, only));
  const speakNow = (from: Node | null, only: boolean) => {
    const locale = options.locale();
    const items = collectReadable(getRoot(), locale, options.t()).filter((item) => !isOwnUi(item.element));
    const index = from ? itemIndexFor(items, from) : -1;
    if (only && index < 0) return;
    const { segments, targets: found } = itemsToSegments(only ? [items[index]!] : items, locale);
    if (!segments.length) return;
    targets = found;
    const startAt = !only && index >= 0 ? Math.max(0, found.findIndex((f) => f.item >= index)) : 0;
    controller.speak(segments, { owner, startAt });
  };

  const readPoint = (el: Element) => {
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' ? 'speech.button' : el.tagName === 'A' ? 'speech.link' : null;
    if (kind && name) {
      whenReady(() => {
        targets = [];
        controller.speakText(options.t()(kind, { name }), { owner });
      });
    } else speakItems(el, true);
  };

  const canPoint = () => options.point() && controller.getSnapshot().status === 'ready' && !options.usesScreenReader();

  const mark = (event: Event) => {
    const el = eventElement(event);
    if (!el || isOwnUi(el) || !getRoot()?.contains(el)) return;
    const had = startPoint !== null;
    startPoint = el;
    if (!had) options.onChange();
    if (event.type !== 'focusin' || !canPoint()) return;
    clearTimeout(timer);
    // Debounced: tabbing quickly through a form reads only where the user stops.
    timer = setTimeout(() => readPoint(el), focusDelay);
  };
  // Hover 指读, only when turned on: waits until the pointer rests, never repeats the same paragraph.
  const hover = (event: Event) => {
    const el = eventElement(event);
    if (!el || !options.hover() || !canPoint() || isOwnUi(el) || !getRoot()?.contains(el)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const block = el.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, label, a, button, figcaption, caption, legend') ?? el;
      if (block === lastHover) return;
      lastHover = block;
      readPoint(block);
    }, hoverDelay);
  };
  doc.addEventListener('focusin', mark);
  doc.addEventListener('pointerdown', mark);
  doc.addEventListener('mouseover', hover);

  return {
    readAll: (fromPoint = false) => speakItems(fromPoint ? startPoint : null, false),
    prepare: () => void loadSpeechText(),
    stop: () => {
      gate.cancel();
      controller.stop(owner);
    },
    pauseResume() {
      const s = controller.getSnapshot();
      if (!isReading(s)) return;
      if (s.playback === 'paused') controller.resume();
      else controller.pause();
    },
    get reading() {
      return isReading();
    },
    get hasStartPoint() {
      return startPoint !== null;
    },
    snapshot: () => controller.getSnapshot(),
    destroy() {
      gate.cancel();
      clearTimeout(timer);
      doc.removeEventListener('focusin', mark);
      doc.removeEventListener('pointerdown', mark);
      doc.removeEventListener('mouseover', hover);
      unsubscribe();
      controller.stop(owner);
      show(null);
    },
  };
}
