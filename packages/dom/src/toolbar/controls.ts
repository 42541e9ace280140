import { CAPTION_STYLES, COLOR_SCHEME_IDS, GUIDE_KINDS, SPEECH_RATE_CHOICES, SPEECH_VOLUME_CHOICES, TEXT_STEPS, textScaleFor, type ToolbarAction, type ToolbarSettings, type Translate } from '@yinfa/core';
import { button, h, select, setAttr, setText } from './ui';

/** What the controls show: the settings and the reader's state. */
export interface ControlsState {
  settings: ToolbarSettings;
  t: Translate<string>;
  shortcuts: Partial<Record<ToolbarAction, string>>;
  canSpeak: boolean;
  unavailableMessage: string;
  reading: boolean;
  paused: boolean;
  hasStartPoint: boolean;
  hoverRead: boolean;
  narrow: boolean;
}

export interface ControlActions {
  setStep(step: number): void;
  setScheme(scheme: ToolbarSettings['scheme']): void;
  setGuide(guide: ToolbarSettings['guide']): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
  toggleSound(): void;
  toggleCursor(): void;
  toggleCaption(): void;
  setCaptionStyle(style: ToolbarSettings['captionStyle']): void;
  toggleReadMode(): void;
  toggleHoverRead(): void;
  read(): void;
  readFromHere(): void;
  pauseResume(): void;
  reset(): void;
  openTextOnly(): void;
  openHelp(): void;
  collapse(): void;
}

/** Puts exactly `wanted` in `parent`, in order, moving as little as possible (a focused control stays put). */
function syncChildren(parent: Element, wanted: Element[]): void {
  const keep = new Set<Node>(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let ref: ChildNode | null = parent.firstChild;
  for (const el of wanted) {
    if (el === ref) ref = ref.nextSibling;
    else parent.insertBefore(el, ref);
  }
}

/**
 * The toolbar's controls, the same in the bar and in the phone panel: text size, colours, reading guide,
 * cursor and 纯文本, reading aloud with speed, volume and the 声音 main switch (only when the device can
 * speak; otherwise a plain note), reset, 帮助 (what each control does, and the shortcuts) and collapse. Built once; `render` updates words and states in place, so focus never jumps.
 * The ends of the size range stay focusable (`aria-disabled`), so a screen-reader user hears why nothing happens.
 */
export function createControls(doc: Document, barId: string, actions: ControlActions) {
  let state: ControlsState | null = null;
  const step = () => state?.settings.textStep ?? 0;
  const smaller = button(doc, '', 'secondary', () => step() > 0 && actions.setStep(step() - 1));
  const larger = button(doc, '', 'secondary', () => step() < TEXT_STEPS.length - 1 && actions.setStep(step() + 1));
  const value = h(doc, 'span', { class: 'yf-toolbar__value' });
  const textGroup = h(doc, 'div', { class: 'yf-toolbar__group', role: 'group' }, smaller.el, value, larger.el);
  const scheme = select(doc, '', 'yf-toolbar__field', (v) => actions.setScheme(v as ToolbarSettings['scheme']));
  const guide = select(doc, '', 'yf-toolbar__field', (v) => actions.setGuide(v as ToolbarSettings['guide']));
  const cursor = button(doc, '', 'secondary', actions.toggleCursor);
  const textOnly = button(doc, '', 'secondary', actions.openTextOnly, { 'aria-haspopup': 'dialog' });
  const read = button(doc, '', 'primary', () => actions.read());
  const fromHere = button(doc, '', 'secondary', actions.readFromHere);
  const pause = button(doc, '', 'secondary', actions.pauseResume);
  const point = button(doc, '', 'secondary', actions.toggleReadMode);
  const hover = button(doc, '', 'secondary', actions.toggleHoverRead);
  const caption = button(doc, '', 'secondary', actions.toggleCaption);
  const captionStyle = select(doc, '', 'yf-toolbar__field', (v) => actions.setCaptionStyle(v as ToolbarSettings['captionStyle']));
  const rate = select(doc, '', 'yf-toolbar__field', (v) => actions.setRate(Number(v)));
  const volume = select(doc, '', 'yf-toolbar__field', (v) => actions.setVolume(Number(v)));
  const sound = button(doc, '', 'secondary', actions.toggleSound);
  const note = h(doc, 'p', { class: 'yf-toolbar__note' });
  const readGroup = h(doc, 'div', { class: 'yf-toolbar__group', role: 'group' });
  const readMore = h(doc, 'div', { class: 'yf-toolbar__group', role: 'group' });
  const viewGroup = h(doc, 'div', { class: 'yf-toolbar__group' }, cursor.el, textOnly.el);
  // Wide screens: one row of what is used most, and 更多 (a disclosure, not a modal) for the rest.
  let moreOpen = false;
  const moreId = `${barId}-more`;
  const morePanel = h(doc, 'div', { id: moreId, class: 'yf-toolbar__more', role: 'group' });
  const toggleMore = (open = !moreOpen, focus = false) => {
    moreOpen = open;
    if (state) render(state);
    if (focus) more.el.focus();
  };
  const more = button(doc, '', 'secondary', () => toggleMore(), { 'aria-controls': moreId });
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !moreOpen) return;
    event.preventDefault();
    toggleMore(false, true);
  };
  morePanel.addEventListener('keydown', onEscape);
  more.el.addEventListener('keydown', onEscape);
  const reset = button(doc, '', 'secondary', actions.reset);
  const help = button(doc, '', 'secondary', actions.openHelp, { 'aria-haspopup': 'dialog' });
  const collapse = button(doc, '', 'secondary', actions.collapse, { 'aria-expanded': 'true', 'aria-controls': barId });
  const endGroup = h(doc, 'div', { class: 'yf-toolbar__group' });
  const el = h(doc, 'div', { class: 'yf-toolbar__groups' });

  const render = (next: ControlsState) => {
    state = next;
    const { settings: s, t, shortcuts } = next;
    const keyOf = (action: ToolbarAction) => shortcuts[action] ?? null;
    textGroup.setAttribute('aria-label', t('toolbar.text'));
    smaller.setLabel(t('toolbar.textSmaller'));
    setAttr(smaller.el, 'aria-disabled', String(s.textStep <= 0));
    setAttr(smaller.el, 'aria-keyshortcuts', keyOf('textSmaller'));
    setText(value, t('toolbar.textNow', { percent: Math.round(textScaleFor(s.textStep) * 100) }));
    larger.setLabel(t('toolbar.textLarger'));
    setAttr(larger.el, 'aria-disabled', String(s.textStep >= TEXT_STEPS.length - 1));
    setAttr(larger.el, 'aria-keyshortcuts', keyOf('textLarger'));
    scheme.setLabel(t('toolbar.scheme'));
    scheme.setOptions(COLOR_SCHEME_IDS.map((id) => ({ value: id, label: t(`toolbar.scheme.${id}`) })));
    scheme.control.value = s.scheme;
    guide.setLabel(t('toolbar.guide'));
    guide.setOptions(GUIDE_KINDS.map((id) => ({ value: id, label: t(`toolbar.guide.${id}`) })));
    guide.control.value = s.guide;
    cursor.setLabel(t('toolbar.cursor'));
    setAttr(cursor.el, 'aria-pressed', String(s.largeCursor));
    setAttr(cursor.el, 'aria-keyshortcuts', keyOf('cursor'));
    textOnly.setLabel(t('toolbar.textOnly'));
    setAttr(textOnly.el, 'aria-keyshortcuts', keyOf('textOnly'));

    readGroup.setAttribute('aria-label', t('toolbar.reading'));
    read.setLabel(next.reading ? t('toolbar.stop') : t('toolbar.read'));
    read.el.setAttribute('data-variant', next.reading ? 'secondary' : 'primary');
    setAttr(read.el, 'aria-keyshortcuts', keyOf('read'));
    fromHere.setLabel(t('toolbar.readFromHere'));
    pause.setLabel(next.paused ? t('speech.resume') : t('speech.pause'));
    setAttr(pause.el, 'aria-keyshortcuts', keyOf('pause'));
    point.setLabel(t('toolbar.pointRead'));
    setAttr(point.el, 'aria-pressed', String(s.readMode === 'point'));
    setAttr(point.el, 'aria-keyshortcuts', keyOf('readMode'));
    hover.setLabel(t('toolbar.hoverRead'));
    setAttr(hover.el, 'aria-pressed', String(next.hoverRead));
    caption.setLabel(t('toolbar.caption'));
    setAttr(caption.el, 'aria-pressed', String(s.caption));
    setAttr(caption.el, 'aria-keyshortcuts', keyOf('caption'));
    captionStyle.setLabel(t('toolbar.captionStyle'));
    captionStyle.setOptions(CAPTION_STYLES.map((id) => ({ value: id, label: t(`toolbar.captionStyle.${id}`) })));
    captionStyle.control.value = s.captionStyle;
    rate.setLabel(t('toolbar.rate'));
    rate.setOptions(SPEECH_RATE_CHOICES.map((c) => ({ value: String(c.rate), label: t(c.key) })));
    const nearest = SPEECH_RATE_CHOICES.reduce((best, c) => (Math.abs(c.rate - s.rate) < Math.abs(best.rate - s.rate) ? c : best));
    rate.control.value = String(nearest.rate);
    volume.setLabel(t('toolbar.volume'));
    volume.setOptions(SPEECH_VOLUME_CHOICES.map((c) => ({ value: String(c.volume), label: t(c.key) })));
    const loudness = SPEECH_VOLUME_CHOICES.reduce((best, c) => (Math.abs(c.volume - s.volume) < Math.abs(best.volume - s.volume) ? c : best));
    volume.control.value = String(loudness.volume);
    sound.setLabel(t('toolbar.sound'));
    setAttr(sound.el, 'aria-pressed', String(s.sound));
    setText(note, next.canSpeak ? t('toolbar.soundOff') : next.unavailableMessage);
    // What reading shows: the main buttons (in the row) and its settings (under 更多 on wide screens).
    const speaking = next.canSpeak && s.sound;
    const main = !next.canSpeak ? [note] : !s.sound ? [sound.el] : [read.el, ...(!next.reading && next.hasStartPoint && s.readMode === 'continuous' ? [fromHere.el] : []), ...(next.reading ? [pause.el] : [])];
    const settingsOf = speaking
      ? [point.el, ...(s.readMode === 'point' ? [hover.el] : []), caption.el, ...(s.caption ? [captionStyle.el] : []), rate.el, volume.el, sound.el]
      : next.canSpeak
        ? [note]
        : [];
    readMore.setAttribute('aria-label', t('speech.settings'));
    more.setLabel(t('toolbar.more'));
    setAttr(more.el, 'aria-expanded', String(moreOpen));
    morePanel.setAttribute('aria-label', t('toolbar.moreLabel'));

    reset.setLabel(t('toolbar.reset'));
    setAttr(reset.el, 'aria-keyshortcuts', keyOf('reset'));
    help.setLabel(t('toolbar.help'));
    collapse.setLabel(t('toolbar.collapse'));
    if (next.narrow) {
      // On a phone every control sits in the panel (a dialog that closes itself): no 更多, no 收起.
      syncChildren(readGroup, [...main, ...settingsOf]);
      syncChildren(endGroup, [reset.el, help.el]);
      syncChildren(el, [textGroup, scheme.el, guide.el, viewGroup, readGroup, endGroup]);
      return;
    }
    syncChildren(readGroup, main);
    syncChildren(readMore, settingsOf);
    syncChildren(morePanel, [guide.el, viewGroup, ...(settingsOf.length ? [readMore] : [])]);
    syncChildren(endGroup, [reset.el, help.el, collapse.el, more.el]);
    syncChildren(el, [textGroup, scheme.el, ...(main.length ? [readGroup] : []), endGroup, ...(moreOpen ? [morePanel] : [])]);
  };
  return { el, render };
}
