import { boxBaseline, releaseClippingBoxes, type BoxBaseline } from './boxes';
import { applyEdit, inlineEdit, scanSheets, type Edit } from './rules';
import { createFrameEnlargers } from './frames';
import { idleSlices } from './idle';
import { createInstant } from './instant';
import { rootSetter, type RootSetter } from './rootSetter';
import { createStyleWriter } from './styleWriter';
import { scaleFontSize, scaleLineHeight } from './values';
import { findBoxCandidates, findTextElements } from './walk';

export interface TextEnlargerOptions {
  /** The toolbar's own elements: never measured or changed. */
  isOwnUi: (el: Element) => boolean;
  /** Sheets that are the toolbar's own (never rewritten). */
  ownSheet?: (sheet: CSSStyleSheet) => boolean;
  /** Sets the root font size for `scale` (1: the page's own). rem pages grow through it. */
  setRoot: RootSetter;
  /** Schedules batched work on later content (default requestAnimationFrame). */
  schedule?: (fn: () => void) => void;
}

export interface TextEnlarger {
  /** Scales the page's text to `scale` (1 = the page as it was). Idempotent. */
  apply(scale: number): void;
  /** Runs `fn` with the page at its own sizes, then puts the enlargement back (no paint in between). */
  atPageSize<T>(fn: () => T): T;
  /** Processes content added since the last frame now (tests, and before measuring). */
  flush(): void;
  /** Reads the page's style sheets ahead, in idle time, so the first apply() has less to do. */
  prepare(): void;
  /** Undoes everything and stops watching the page. */
  restore(): void;
}

interface Baseline {
  font: number;
  /** The computed line height in px, or null for `normal`. */
  line: number | null;
}

const SLACK = 0.97;
/** Style attributes that set a transition (their sizes would animate too). */
const INLINE_TRANSITION = '[style*="transition" i]';

/**
 * Text enlargement for any page, without zoom or transform:
 * 1. the root font size (rem pages, and Yinfa's own regions, grow through it);
 * 2. every same-origin style rule and style attribute that fixes a font size or line height in px, pt or
 *    an absolute keyword is rewritten in place, scaled (cascade order, media queries, layers and
 *    `!important` stay the page's own);
 * 3. what is still too small after that (cross-origin sheets, CSS-in-JS, var()) is measured against its
 *    size at 100% and fixed on the element;
 * 4. boxes whose fixed height or width would now clip the larger text are released, only those;
 * 5. content added later is picked up in one batch per frame; same-origin iframes get the same treatment.
 * Everything is written back exactly on apply(1) and restore().
 */
export function createTextEnlarger(doc: Document, options: TextEnlargerOptions): TextEnlarger {
  const { isOwnUi, ownSheet = () => false, setRoot } = options;
  const view = doc.defaultView;
  const schedule = options.schedule ?? ((fn: () => void) => (view ? view.requestAnimationFrame(() => fn()) : setTimeout(fn, 16)));
  let scale = 1;
  const seenRules = new WeakSet<CSSRule>();
  const edits: Edit[] = [];
  const boxSelectors = new Set<string>();
  // What transitions a size, for the transitions-off sheet (createInstant): the page's own selectors, style
  // attributes that set a transition, and everything when a sheet cannot be read.
  const transitionSelectors = new Set<string>();
  let unreadableSheets = false;
  const inlineEdits = new Map<HTMLElement, Edit>();
  let baselines = new WeakMap<Element, Baseline>();
  let boxBaselines = new WeakMap<Element, BoxBaseline>();
  let medium = 0;
  let observer: MutationObserver | null = null;
  let pending: Element[] = [];
  let pendingSheets = false;
  let scheduled = false;
  // The text elements found by the last full walk, plus later content: a later step reuses them instead of
  // walking the whole page again (the walk was about a tenth of a step on a 5,000-element page). `stale`:
  // text appeared in an element the list does not have (a text node added or changed in place, which the
  // per-frame batch does not process), so the next step walks the page again, as every step used to.
  const known = new Set<Element>();
  let stale = false;

  const cs = (el: Element) => view!.getComputedStyle(el);
  const skipSheet = (sheet: CSSStyleSheet) => ownSheet(sheet) || !!(sheet.ownerNode && sheet.ownerNode.nodeType === 1 && isOwnUi(sheet.ownerNode as Element));

  const mediumPx = () => {
    if (medium) return medium;
    const probe = doc.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;';
    (doc.body ?? doc.documentElement).append(probe);
    medium = parseFloat(cs(probe).fontSize) || 16;
    probe.remove();
    return medium;
  };

  /** Reads the rules not read yet; false when `outOfTime` stopped it first (the rest is read by the next call). */
  const scan = (outOfTime?: () => boolean): boolean => {
    const found = scanSheets([...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])], skipSheet, seenRules, outOfTime);
    for (const e of found.edits) {
      edits.push(e);
      if (scale !== 1) applyEdit(e, scale, mediumPx());
    }
    for (const b of found.boxes) boxSelectors.add(b.selector);
    for (const t of found.transitions) transitionSelectors.add(t);
    if (found.unreadable) unreadableSheets = true;
    return found.complete;
  };

  // Reading a framework's sheets (Layui: thousands of rules) was a third of the first press; the toolbar asks
  // for it ahead, in idle slices of a few milliseconds (never a long task), and the press reads only the rest.
  let idleHandle: (() => void) | null = null;
  const prepare = () => {
    if (!view || idleHandle || scale !== 1) return;
    idleHandle = idleSlices(view, (timeLeft) => scale !== 1 || scan(() => timeLeft() < 2));
  };
  const stopPreparing = () => {
    idleHandle?.();
    idleHandle = null;
  };

  // The element's style attribute: written, and given back exactly.
  const writer = createStyleWriter();
  const touch = writer.touch;
  const untouchAll = writer.untouchAll;

  // What to measure.
  const textElements = (roots: Element[]) => findTextElements(doc, roots, isOwnUi);
  const boxCandidates = (roots: Element[], texts: Element[]) => findBoxCandidates(doc, roots, texts, boxSelectors, isOwnUi);

  /** Inline style attributes setting an absolute font size or line height, under `roots`. */
  const scanInline = (roots: Element[]) => {
    for (const root of roots) {
      const list = [root, ...root.querySelectorAll('[style]')];
      for (const el of list) {
        if (!(el as HTMLElement).style || inlineEdits.has(el as HTMLElement) || isOwnUi(el)) continue;
        const e = inlineEdit(el);
        if (e) inlineEdits.set(el as HTMLElement, e);
      }
    }
  };
  const applyInline = (s: number) => {
    for (const [el, e] of inlineEdits) {
      if (!el.isConnected) {
        inlineEdits.delete(el);
        continue;
      }
      if (e.font) {
        const v = s === 1 ? null : scaleFontSize(e.font.value, s, mediumPx());
        if (v) touch(el, 'font-size', v, e.font.priority);
      }
      if (e.line) {
        const v = s === 1 ? null : scaleLineHeight(e.line.value, s);
        if (v) touch(el, 'line-height', v, e.line.priority);
      }
    }
  };

  const setRules = (s: number) => {
    const m = mediumPx();
    for (const e of edits) applyEdit(e, s, m);
  };

  const readBaselines = (texts: Element[], boxes: Element[]) => {
    for (const el of texts) {
      if (baselines.has(el)) continue;
      const style = cs(el);
      const line = style.lineHeight.endsWith('px') ? parseFloat(style.lineHeight) : null;
      baselines.set(el, { font: parseFloat(style.fontSize) || 0, line });
    }
    for (const el of boxes) {
      if (boxBaselines.has(el)) continue;
      boxBaselines.set(el, boxBaseline(el, cs(el)));
    }
  };

  /** Too small after the rules: fix on the element, from its size at 100%. One read pass, one write pass. */
  const fixSizes = (texts: Element[], s: number) => {
    const fixes: Array<[HTMLElement, string, string]> = [];
    for (const el of texts) {
      const base = baselines.get(el);
      if (!base || !(el as HTMLElement).style) continue;
      const style = cs(el);
      if (parseFloat(style.fontSize) < base.font * s * SLACK) fixes.push([el as HTMLElement, 'font-size', `${Math.round(base.font * s * 100) / 100}px`]);
      if (base.line !== null && style.lineHeight.endsWith('px') && parseFloat(style.lineHeight) < base.line * s * SLACK) {
        fixes.push([el as HTMLElement, 'line-height', `${Math.round(base.line * s * 100) / 100}px`]);
      }
    }
    for (const [el, prop, v] of fixes) touch(el, prop, v);
  };

  const releaseBoxes = (boxes: Element[]) => releaseClippingBoxes(boxes, boxBaselines, cs, touch);

  /** What the transitions-off sheet stops: everything (null) while a sheet is unreadable or a nested rule transitions. */
  const transitionTargets = (): string[] | null => {
    if (unreadableSheets || transitionSelectors.has('*')) return null;
    if (transitionSelectors.size) return [...transitionSelectors, INLINE_TRANSITION];
    return doc.querySelector(INLINE_TRANSITION) ? [INLINE_TRANSITION] : [];
  };
  const instantly = createInstant(doc, transitionTargets);

  // Same-origin iframes get an enlarger of their own; cross-origin ones are left alone.
  const frames = createFrameEnlargers(doc, isOwnUi, (d) => createTextEnlarger(d, { isOwnUi, setRoot: rootSetter(d) }));
  const syncFrames = () => frames.sync(scale);

  // ---------- later content ----------
  const process = () => instantly(processNow);
  const processNow = () => {
    scheduled = false;
    const roots = pending.filter((el) => el.isConnected);
    pending = [];
    const sheets = pendingSheets;
    pendingSheets = false;
    if (scale === 1) return;
    if (sheets) scan();
    if (!roots.length) return;
    scanInline(roots);
    const texts = textElements(roots);
    for (const el of texts) known.add(el);
    const boxes = boxCandidates(roots, texts);
    if (texts.some((el) => !baselines.has(el)) || boxes.some((el) => !boxBaselines.has(el))) {
      // Measure the new content at the page's own size: rules back, inline edits of the new content not yet applied.
      setRules(1);
      setRoot(1);
      readBaselines(texts, boxes);
      setRoot(scale);
      setRules(scale);
    }
    applyInline(scale);
    fixSizes(texts, scale);
    releaseBoxes(boxes);
    if (roots.some((r) => r.tagName === 'IFRAME' || r.querySelector('iframe'))) syncFrames();
  };
  /** Text written into an element the list does not have yet (not the toolbar's own live regions). */
  const noteText = (node: Node) => {
    const el = node.parentElement;
    if (!stale && el && !known.has(el) && node.textContent?.trim() && !isOwnUi(el)) stale = true;
  };
  const watch = () => {
    if (observer || typeof MutationObserver === 'undefined') return;
    observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') noteText(r.target);
        for (const node of r.addedNodes) {
          if (node.nodeType === 3) noteText(node);
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (isOwnUi(el)) continue;
          if (el.tagName === 'STYLE' || (el.tagName === 'LINK' && /stylesheet/i.test(el.getAttribute('rel') ?? ''))) {
            pendingSheets = true;
            if (el.tagName === 'LINK') el.addEventListener('load', () => {
              pendingSheets = true;
              pending.push(doc.body);
              kick();
            }, { once: true });
            // A new sheet can change any element: re-measure the page.
            if (doc.body) pending.push(doc.body);
          } else pending.push(el);
        }
      }
      if (pending.length || pendingSheets) kick();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const kick = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(process);
  };

  const onResize = () => {
    if (scale === 1) return;
    // Media queries may have changed the page's own sizes: measure again.
    const s = scale;
    apply(1);
    apply(s);
  };
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResizeDebounced = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(onResize, 150);
  };

  function apply(next: number) {
    // Nothing to undo and nothing to do: not even a style pass.
    if (!(next > 0 && next !== 1) && scale === 1 && writer.size === 0) return;
    // The first press measures the page as it is, before the transitions-off sheet goes on: its styles and
    // layout are fresh from the last frame, so the reads cost nothing, where after the sheet they would force
    // a whole-page style pass of their own (about a quarter of the first press on a 5,000-element page).
    stopPreparing();
    const measured = scale === 1 && Number.isFinite(next) && next > 0 && next !== 1 && view && doc.body ? measureAtOwnSize() : null;
    instantly(() => applyNow(next, measured));
  }
  /** The page at its own sizes: its sheets and style attributes read, its text elements and boxes found and measured. */
  function measureAtOwnSize(): { texts: Element[]; boxes: Element[] } {
    const roots = [doc.body];
    scan();
    scanInline(roots);
    const texts = textElements(roots);
    known.clear();
    for (const el of texts) known.add(el);
    stale = false;
    const boxes = boxCandidates(roots, texts);
    readBaselines(texts, boxes);
    // Measured now, while the styles are fresh from the reads: after the writes their probes would force a
    // whole-page style pass of their own.
    mediumPx();
    setRoot.measure?.();
    return { texts, boxes };
  }
  function applyNow(next: number, measured: { texts: Element[]; boxes: Element[] } | null = null) {
    if (!view || !doc.body) return;
    const s = Number.isFinite(next) && next > 0 ? next : 1;
    const hadPending = pending.length > 0;
    pending = [];
    untouchAll();
    if (s === 1) {
      setRules(1);
      setRoot(1);
      scale = 1;
      baselines = new WeakMap();
      boxBaselines = new WeakMap();
      known.clear();
      stale = false;
      syncFrames();
      return;
    }
    if (scale !== 1 && !stale && !hadPending && laterStep(s)) return;
    if (scale !== 1) {
      // A full pass on an enlarged page: back to the page's own sizes first, then measure.
      setRules(1);
      setRoot(1);
    }
    const { texts, boxes } = measured ?? measureAtOwnSize();
    write(s, texts, boxes);
    watch();
    view.addEventListener('resize', onResizeDebounced);
  }

  /**
   * A later step (the page already enlarged, nothing new since): the baselines measured at 100% still hold,
   * so the page is not put back to its own sizes to be measured again (that cost a full style pass per step),
   * and the text elements are the ones already found. Same writes as a full pass; false (nothing done yet)
   * when a box needs measuring at 100% first, and the full pass runs.
   */
  function laterStep(s: number): boolean {
    scan();
    scanInline([doc.body]);
    for (const el of known) if (!el.isConnected) known.delete(el);
    const texts = [...known];
    const boxes = boxCandidates([doc.body], texts);
    if (boxes.some((el) => !boxBaselines.has(el))) return false;
    write(s, texts, boxes);
    return true;
  }

  /** The writes of a step, full or later: the same in both, so reset undoes either exactly. */
  function write(s: number, texts: Element[], boxes: Element[]): void {
    scale = s;
    setRoot(s);
    setRules(s);
    applyInline(s);
    fixSizes(texts, s);
    releaseBoxes(boxes);
    syncFrames();
  }

  /** The page's text elements: the known ones, or a fresh walk when text appeared elsewhere. */
  const currentTexts = () => (stale ? textElements([doc.body]) : [...known].filter((el) => el.isConnected));

  function measureAtPageSize<T>(fn: () => T): T {
    const s = scale;
    untouchAll();
    setRules(1);
    setRoot(1);
    try {
      return fn();
    } finally {
      setRoot(s);
      setRules(s);
      applyInline(s);
      const texts = currentTexts();
      fixSizes(texts, s);
      releaseBoxes(boxCandidates([doc.body], texts));
    }
  }

  return {
    apply,
    prepare,
    atPageSize(fn) {
      if (scale === 1) return fn();
      return instantly(() => measureAtPageSize(fn));
    },
    flush() {
      if (scheduled || pending.length) process();
      frames.flush();
    },
    restore() {
      stopPreparing();
      observer?.disconnect();
      observer = null;
      clearTimeout(resizeTimer);
      view?.removeEventListener('resize', onResizeDebounced);
      apply(1);
      frames.restore();
      edits.length = 0;
      inlineEdits.clear();
    },
  };
}
