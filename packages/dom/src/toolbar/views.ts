/**
 * The toolbar's parts beside the bar, without a framework: 大字幕 (the caption bar), 阅读线/十字线 (the
 * reading guide) and 纯文本 (the text-only view). Same markup and classes as @yinfa/react's CaptionBar,
 * ReadingGuide and TextOnlyView.
 */
import type { CaptionStyle, GuideKind, Locale, SpeechController, Translate } from '@yinfa/core';
import { loadPinyin, loadTraditional } from './caption/load';
import type { pinyinOf } from './caption/pinyin';
import type { toTraditional } from './caption/traditional';
import { collectReadable, type ReadableItem } from '../readable';
import { eventElement } from '../events';
import { button, h, setText } from './ui';

type Box = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>;
const overlaps = (a: Box, b: Box) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

export interface CaptionBar {
  /** Shows the sentence being read while `wanted` and something is read (in `style`: 拼音, 繁体); hides otherwise. */
  sync(wanted: boolean, t: Translate<string>, style?: CaptionStyle): void;
  destroy(): void;
}

/**
 * 大字幕: the sentence being read, very large, fixed at the bottom centre, with pause/resume and close. It
 * follows the engine's own segment events (never runs ahead of the voice) and never covers the focused
 * element: the page gets scroll padding for it, the focused element is scrolled clear, else it moves up.
 */
export function createCaptionBar(doc: Document, container: HTMLElement, controller: SpeechController, onClose: () => void): CaptionBar {
  const text = h(doc, 'p', { class: 'yf-caption__text' });
  const pause = button(doc, '', 'secondary', () => (controller.getSnapshot().playback === 'paused' ? controller.resume() : controller.pause()));
  const close = button(doc, '', 'secondary', onClose);
  const bar = h(doc, 'div', { class: 'yf-caption', role: 'region', 'data-position': 'bottom', 'data-yinfa-speech-ignore': '' }, text, h(doc, 'div', { class: 'yf-caption__actions' }, pause.el, close.el));
  const view = doc.defaultView!;
  const root = doc.documentElement;
  let shown = false;
  let previousPadding = '';
  let wanted = false;
  let t: Translate<string> = (k) => k;
  let style: CaptionStyle = 'plain';
  // 拼音 and 繁体 load on first use; until they are in (or if they fail) the caption shows the text as written.
  let pinyin: typeof pinyinOf | null = null;
  let traditional: typeof toTraditional | null = null;
  const loading = new Set<string>();
  const need = (what: 'pinyin' | 'traditional') => {
    if ((what === 'pinyin' ? pinyin : traditional) || loading.has(what)) return;
    loading.add(what);
    const load = what === 'pinyin' ? loadPinyin().then((f) => void (pinyin = f)) : loadTraditional().then((f) => void (traditional = f));
    load.then(render, (error: unknown) => console.warn(`Yinfa toolbar: ${what} captions did not load (${String(error)}); showing the text as written.`)).finally(() => loading.delete(what));
  };
  // The caption is filled again only when what it shows changes (it is asked on every speech event; pinyin-pro
  // reading a sentence is not free).
  let filled = '';
  const fill = (words: string, lang: string) => {
    const key = `${style}|${lang}|${pinyin ? 1 : 0}${traditional ? 1 : 0}|${words}`;
    if (key === filled) return;
    filled = key;
    const wantsPinyin = style === 'pinyin' || style === 'traditional-pinyin';
    const wantsTraditional = style === 'traditional' || style === 'traditional-pinyin';
    if (!/^zh/i.test(lang) || style === 'plain') return void (setText(text, words), text.setAttribute('lang', lang));
    if (wantsPinyin) need('pinyin');
    if (wantsTraditional) need('traditional');
    const shown = wantsTraditional && traditional ? traditional(words) : words;
    text.setAttribute('lang', wantsTraditional && traditional ? 'zh-Hant' : lang);
    if (!wantsPinyin || !pinyin) return setText(text, shown);
    // Pinyin comes from the simplified words (what the page says); the characters may be traditional.
    const readings = pinyin(words);
    const chars = [...shown];
    const nodes: Node[] = [];
    let plain = '';
    chars.forEach((ch, i) => {
      const reading = readings[i];
      if (!reading) return void (plain += ch);
      if (plain) {
        nodes.push(doc.createTextNode(plain));
        plain = '';
      }
      nodes.push(h(doc, 'ruby', {}, ch, h(doc, 'rt', { lang: 'zh-Latn-pinyin' }, reading)));
    });
    if (plain) nodes.push(doc.createTextNode(plain));
    text.replaceChildren(...nodes);
  };

  const place = () => {
    const focused = doc.activeElement;
    if (!shown || !focused || focused === doc.body || bar.contains(focused)) {
      bar.setAttribute('data-position', 'bottom');
      return;
    }
    const band: Box = { top: view.innerHeight - bar.getBoundingClientRect().height, bottom: view.innerHeight, left: 0, right: view.innerWidth };
    if (!overlaps(focused.getBoundingClientRect(), band)) {
      bar.setAttribute('data-position', 'bottom');
      return;
    }
    if (typeof (focused as HTMLElement).scrollIntoView === 'function') (focused as HTMLElement).scrollIntoView({ block: 'nearest', behavior: 'instant' as ScrollBehavior });
    bar.setAttribute('data-position', overlaps(focused.getBoundingClientRect(), band) ? 'top' : 'bottom');
  };

  const render = () => {
    const s = controller.getSnapshot();
    const segment = s.playback !== 'idle' && s.index >= 0 ? s.segments[s.index] : null;
    const visible = wanted && Boolean(segment);
    if (!visible) {
      if (shown) {
        shown = false;
        bar.remove();
        root.style.scrollPaddingBottom = previousPadding;
        doc.removeEventListener('focusin', place);
        view.removeEventListener('resize', place);
        view.removeEventListener('scroll', place);
      }
      return;
    }
    // aria-live stays off: screen reader users already hear the voice; a live caption would double it.
    fill(segment!.display ?? segment!.text, s.lang);
    bar.setAttribute('aria-label', t('speech.captionLabel'));
    pause.setLabel(s.playback === 'paused' ? t('speech.resume') : t('speech.pause'));
    close.setLabel(t('speech.captionClose'));
    if (!shown) {
      shown = true;
      container.append(bar);
      previousPadding = root.style.scrollPaddingBottom;
      doc.addEventListener('focusin', place);
      view.addEventListener('resize', place);
      view.addEventListener('scroll', place, { passive: true });
    }
    root.style.scrollPaddingBottom = `${Math.ceil(bar.getBoundingClientRect().height)}px`;
    place();
  };
  const unsubscribe = controller.subscribe(render);
  return {
    sync(want, translate, nextStyle = 'plain') {
      wanted = want;
      t = translate;
      style = nextStyle;
      // Chosen with captions on: fetch now, so the first caption already has it.
      if (style === 'pinyin' || style === 'traditional-pinyin') need('pinyin');
      if (style === 'traditional' || style === 'traditional-pinyin') need('traditional');
      render();
    },
    destroy() {
      unsubscribe();
      wanted = false;
      render();
    },
  };
}

export interface ReadingGuide {
  set(kind: GuideKind): void;
  destroy(): void;
}

/**
 * 阅读线 / 十字线: lines that follow the pointer and keyboard focus, drawn with pointer-events: none (a click
 * always reaches the page) and hidden from screen readers; positions update once per frame.
 */
export function createReadingGuide(doc: Document, container: HTMLElement): ReadingGuide {
  const view = doc.defaultView!;
  const row = h(doc, 'div', { class: 'yf-toolbar-guide__row' });
  const col = h(doc, 'div', { class: 'yf-toolbar-guide__col' });
  const guide = h(doc, 'div', { class: 'yf-toolbar-guide', 'aria-hidden': 'true', 'data-yinfa-speech-ignore': '' }, row);
  let kind: GuideKind = 'off';
  let frame = 0;
  let x = view.innerWidth / 2;
  let y = view.innerHeight / 2;
  // The element focus last moved to; null once the pointer moves (then the lines follow the pointer).
  let focused: Element | null = null;
  const draw = () => {
    frame = 0;
    row.style.top = `${y}px`;
    col.style.left = `${x}px`;
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(draw);
  };
  const toFocused = () => {
    if (!focused?.isConnected) return;
    const r = focused.getBoundingClientRect();
    x = r.left + r.width / 2;
    y = r.top + r.height / 2;
    schedule();
  };
  const onPointer = (event: PointerEvent) => {
    focused = null;
    x = event.clientX;
    y = event.clientY;
    schedule();
  };
  const onFocus = (event: FocusEvent) => {
    const el = eventElement(event);
    if (!el || el === doc.body) return;
    focused = el;
    toFocused();
  };
  // Focus often scrolls the page (scroll padding, the bar keeping it clear): follow the element.
  const onScroll = () => toFocused();
  const off = () => {
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    doc.removeEventListener('pointermove', onPointer);
    doc.removeEventListener('focusin', onFocus);
    view.removeEventListener('scroll', onScroll);
    guide.remove();
  };
  return {
    set(next) {
      if (next === kind) return;
      kind = next;
      off();
      if (kind === 'off') return;
      guide.setAttribute('data-kind', kind);
      if (kind === 'crosshair') guide.append(col);
      else col.remove();
      container.append(guide);
      doc.addEventListener('pointermove', onPointer, { passive: true });
      doc.addEventListener('focusin', onFocus);
      view.addEventListener('scroll', onScroll, { passive: true });
      draw();
    },
    destroy() {
      kind = 'off';
      off();
    },
  };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An item's words as nodes; the alt text of its images marked as pictures ("图片：…"). */
function wordsOf(doc: Document, item: ReadableItem, picture: (alt: string) => string): Node[] {
  const images = item.element.tagName === 'IMG' ? [item.element] : [...item.element.querySelectorAll('img, [role="img"]')];
  const alts = new Set(images.map((img) => clean(img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '')));
  return item.parts.map((part) => (!part.node && alts.has(clean(part.text)) ? h(doc, 'span', { class: 'yf-text-only__image' }, ` [${picture(clean(part.text))}] `) : doc.createTextNode(part.text)));
}

/**
 * 纯文本: the page's main content linearised in the reading order — headings, paragraphs, lists, table
 * rows, fields as "label：value" — images as their alt text, in large type. The page is not changed.
 */
export function textOnlyContent(doc: Document, root: Element | null, isOwnUi: (el: Element) => boolean, locale: Locale, t: Translate<string>): Node[] {
  const out: HTMLElement[] = [];
  const picture = (alt: string) => t('toolbar.image', { alt });
  let lastRow: Element | null = null;
  let list: HTMLUListElement | null = null;
  let rowEl: HTMLParagraphElement | null = null;
  for (const item of collectReadable(root, locale, t)) {
    const el = item.element;
    if (isOwnUi(el)) continue;
    const tag = el.tagName;
    if (tag !== 'LI') list = null;
    if (tag !== 'TD' && tag !== 'TH') rowEl = null;
    if (/^H[1-6]$/.test(tag)) out.push(h(doc, `h${Math.min(6, Number(tag[1]) + 1)}` as 'h3', { class: 'yf-text-only__heading' }, ...wordsOf(doc, item, picture)));
    else if (tag === 'LI') {
      if (!list) out.push((list = h(doc, 'ul')));
      list.append(h(doc, 'li', {}, ...wordsOf(doc, item, picture)));
    } else if (tag === 'TD' || tag === 'TH') {
      const row = el.parentElement;
      const text = clean(item.parts.map((p) => p.text).join(''));
      if (row && row === lastRow && rowEl) rowEl.textContent += ` ｜ ${text}`;
      else out.push((rowEl = h(doc, 'p', { class: 'yf-text-only__row', 'data-header': row?.parentElement?.tagName === 'THEAD' }, text)));
      lastRow = row;
    } else out.push(h(doc, 'p', {}, ...wordsOf(doc, item, picture)));
  }
  if (!out.length) return [h(doc, 'p', {}, t('toolbar.textOnlyEmpty'))];
  return [h(doc, 'div', { class: 'yf-text-only__body' }, ...out)];
}
