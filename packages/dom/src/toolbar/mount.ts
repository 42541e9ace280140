import {
  COLOR_SCHEME_IDS,
  DEFAULT_TOOLBAR_SETTINGS,
  GUIDE_KINDS,
  TEXT_STEPS,
  createSpeechController,
  createToolbarStore,
  createCatalogueTranslator,
  cycle,
  devWarn,
  getWebStorage,
  matchToolbarShortcut,
  readingMessages,
  resolveLocale,
  resolveToolbarShortcuts,
  sanitizeToolbarSettings,
  speechMessages,
  textScaleFor,
  toolbarMessages,
  type Locale,
  type SpeechController,
  type SpeechEngine,
  type ToolbarAction,
  type ToolbarSettings,
  type ToolbarShortcutConfig,
  type ToolbarStorageLike,
  type Translate,
} from '@yinfa/core';
import { isOwnUi } from '../events';
import { createPagePresentation } from '../presentation';
import { createControls } from './controls';
import { createModal } from './modal';
import { createBarPlacement } from './placement';
import { createHostReader } from './reader';
import { button, h, icon, nextId, setAttr } from './ui';
import { loadHelpView } from './help-loader';
import type { CaptionBar, ReadingGuide } from './views';
import { loadToolbarViews, type ToolbarViews } from './views-loader';

export interface ToolbarOptions {
  /** The page's main content (for 纯文本 and reading): an element or a selector. Default `main, [role="main"]`, else body. */
  content?: string | Element | null;
  /** Remember the user's settings for this site. Default true; false remembers nothing. */
  remember?: boolean;
  /** Where to remember (default localStorage). Any getItem/setItem/removeItem object works. */
  storage?: ToolbarStorageLike | null;
  /** The site's name in storage; default location.host. */
  site?: string;
  /** Change ('Alt+Shift+J'), turn off one (false) or all (false) shortcuts. Clashing chords are refused with a warning. */
  shortcuts?: ToolbarShortcutConfig | false;
  /** Settings to start from when nothing is remembered. */
  defaultSettings?: Partial<ToolbarSettings>;
  onSettingsChange?: (settings: ToolbarSettings) => void;
  /** Speech engine (default 'auto': Web Speech, else nothing). Ignored when `speech` is given. */
  speechEngine?: SpeechEngine | 'auto';
  /** A speech controller to share with the page's other read-aloud controls (React's SpeechProvider). */
  speech?: SpeechController | null;
  /** "I use my own screen reader": no 指读, no hover reading. */
  usesScreenReader?: boolean;
  /** Where the bar is rendered; default document.body. */
  container?: HTMLElement | null;
  /** Which edge the bar keeps to. Default top, or bottom on a phone or under a page's own fixed header. */
  edge?: 'top' | 'bottom';
  /** The page's text size in percent (100–200), snapped to the nearest step; the buttons still change it. */
  textSize?: number;
  className?: string;
  /** Language of the bar (default: the page's `lang`, else zh-CN). */
  locale?: string;
  /** Yinfa mode of the bar's own controls (standard, elder, high-contrast). */
  mode?: string;
  /** The surrounding Yinfa text scale (the bar keeps its own size whatever the page's text does). */
  textScale?: number;
  reducedMotion?: boolean;
  /** Speaks a short status message (default: the toolbar's own polite live region). */
  announce?: (message: string) => void;
}

export interface ToolbarHandle {
  /** Changes options after mounting (only the keys given). */
  update(options: Partial<ToolbarOptions>): void;
  getSettings(): ToolbarSettings;
  /** The page's text size in percent (100–200). */
  readonly textSize: number;
  destroy(): void;
}

const LIVE = Symbol.for('yinfa.toolbar.live');
const WARM_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;
type Registry = WeakMap<Document, number>;
const live = (): Registry => ((globalThis as Record<symbol, Registry>)[LIVE] ??= new WeakMap());
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
// Its own words only (not the shared catalogue): the script-tag toolbar's first load has a 40 KB budget.
// Merged when a bar mounts or changes language, not at import: in the script-tag builds the en-US tables
// are filled in when their pack has loaded (packages/elements/src/locale-packs.ts).
const catalogue = () => ({
  'zh-CN': { ...readingMessages['zh-CN'], ...toolbarMessages['zh-CN'], ...speechMessages['zh-CN'] },
  'en-US': { ...readingMessages['en-US'], ...toolbarMessages['en-US'], ...speechMessages['en-US'] },
});

/**
 * 适老化及无障碍工具条 without a framework: text size to 200% on rem and px pages alike, colour schemes, large
 * cursor, reading guide, text-only view, read-aloud (连读/指读, speed, 大字幕), reset, per-site memory and
 * shortcuts, for a page not built with Yinfa. One per page (a second one renders nothing and warns). It
 * changes presentation only, keeps the focused element clear of itself, loads nothing from the network and
 * undoes everything on `destroy()`. `<yinfa-toolbar>` and @yinfa/react's `Toolbar` are both this.
 */
export function mountToolbar(doc: Document, initial: ToolbarOptions = {}): ToolbarHandle | null {
  const registry = live();
  if (registry.get(doc)) {
    devWarn('Toolbar: a toolbar is already on this page; this one renders nothing.');
    return null;
  }
  registry.set(doc, 1);
  const view = doc.defaultView!;
  let o: ToolbarOptions = { ...initial };
  let locale: Locale = resolveLocale(o.locale ?? (doc.documentElement.lang || 'zh-CN'));
  let t: Translate<string> = createCatalogueTranslator(locale, catalogue());
  const store = () => createToolbarStore(o.remember === false ? null : o.storage === undefined ? (getWebStorage('local') ?? null) : o.storage, o.site ?? location.host);
  let settingsStore = store();
  let settings: ToolbarSettings = settingsStore.load() ?? sanitizeToolbarSettings(o.defaultSettings ?? {});
  let resolved = resolveToolbarShortcuts(o.shortcuts);
  const warnShortcuts = () => {
    for (const issue of resolved.issues) devWarn(`Toolbar: shortcut "${issue.shortcut}" for ${issue.action} refused (${issue.problem}).`);
  };
  warnShortcuts();
  let hoverRead = false;
  let narrow = false;

  // The skip link goes first in the page, so it is the first Tab stop.
  const skipHost = h(doc, 'div', { 'data-yinfa-toolbar-ui': '' });
  doc.body.prepend(skipHost);
  // Presentation before anything below forces a style pass: its isolating sheet keeps the page's CSS off the bar.
  const presentation = createPagePresentation(doc);
  // The page's own root size against the user's default: a Bootstrap 3 page sets html { font-size: 10px }.
  // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks the attribute.
  const probe = h(doc, 'div');
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;';
  skipHost.append(probe);
  const medium = parseFloat(view.getComputedStyle(probe).fontSize) || 16;
  probe.remove();
  const ratio = (parseFloat(view.getComputedStyle(doc.documentElement).fontSize) || medium) / medium;
  const rootRatio = Number.isFinite(ratio) && ratio > 0.3 && ratio < 3 ? ratio : 1;

  const barId = nextId('yf-toolbar');
  const skipScope = h(doc, 'div', { class: 'yf-root yf-mode-scope yf-toolbar-skip-scope' });
  const skip = h(doc, 'a', { class: 'yf-skip-link yf-toolbar-skip yf-focus-ring', href: `#${barId}`, onclick: (e: Event) => (e.preventDefault(), focusBar()) });
  skipScope.append(skip);
  skipHost.append(skipScope);
  const scope = h(doc, 'div', { class: 'yf-root yf-mode-scope yf-toolbar-scope', 'data-yinfa-toolbar-ui': '' });
  const bar = h(doc, 'div', { id: barId, class: 'yf-toolbar', role: 'region', 'data-yinfa-speech-ignore': '', tabindex: '-1', 'data-placement': 'fixed', 'data-edge': 'top' });
  const liveRegion = h(doc, 'div', { class: 'yf-visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  scope.append(bar, liveRegion);
  (o.container ?? doc.body).append(scope);

  const getRoot = (): Element | null => {
    const content = o.content;
    if (content && typeof content !== 'string') return content;
    try {
      return doc.querySelector(content || 'main, [role="main"]') ?? doc.body;
    } catch {
      devWarn(`Toolbar: content "${String(content)}" is not a valid selector; reading the whole page.`);
      return doc.body;
    }
  };

  // Speech: the host's controller, or one of our own (stopped on route changes, as SpeechProvider does).
  const ownSpeech = !o.speech;
  const controller = o.speech ?? createSpeechController({ engine: o.speechEngine ?? 'auto', lang: locale, rate: settings.rate, volume: settings.volume });
  if (controller.getSnapshot().volume !== settings.volume) controller.setVolume(settings.volume);
  if (controller.getSnapshot().status === 'idle') void controller.detect(locale);
  const stopSpeech = () => controller.stop();
  if (ownSpeech) for (const type of ['popstate', 'hashchange', 'pagehide']) view.addEventListener(type, stopSpeech);
  const reader = createHostReader(doc, {
    controller,
    getRoot,
    isOwnUi,
    locale: () => locale,
    t: () => t,
    point: () => settings.readMode === 'point',
    muted: () => !settings.sound,
    hover: () => hoverRead,
    usesScreenReader: () => Boolean(o.usesScreenReader),
    reducedMotion: () => Boolean(o.reducedMotion),
    onChange: () => render(),
  });
  const unsubscribeSpeech = controller.subscribe(() => render());
  // The first hover, touch or focus on the bar fetches what reading needs (the script build's speech tables), so
  // 朗读本页 speaks at once when it is pressed a moment later.
  // The first touch of the bar fetches what its controls need first: the speech tables and the views.
  const warm = () => {
    reader.prepare();
    void needViews();
  };
  for (const type of WARM_EVENTS) scope.addEventListener(type, warm, { once: true });

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (key: string, values?: Record<string, string | number>) => {
    const message = t(key, values);
    if (o.announce) return o.announce(message);
    // Emptied first, so the same message twice is announced twice.
    liveRegion.textContent = '';
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (liveRegion.textContent = message), 50);
  };

  const update = (patch: Partial<ToolbarSettings>) => {
    const next = sanitizeToolbarSettings({ ...settings, ...patch }, settings);
    const changed = (Object.keys(next) as Array<keyof ToolbarSettings>).some((k) => next[k] !== settings[k]);
    if (!changed) return;
    const before = settings;
    settings = next;
    if (next.rate !== before.rate) controller.setRate(next.rate);
    if (next.volume !== before.volume) controller.setVolume(next.volume);
    if (!next.sound && before.sound) reader.stop();
    render();
    // Nothing to remember when the page is back to its own presentation: forget the site instead.
    const same = (Object.keys(DEFAULT_TOOLBAR_SETTINGS) as Array<keyof ToolbarSettings>).every((k) => next[k] === DEFAULT_TOOLBAR_SETTINGS[k]);
    if (same) settingsStore.clear();
    else settingsStore.save(next);
    o.onSettingsChange?.(next);
  };
  const setStep = (step: number) => {
    const next = Math.max(0, Math.min(TEXT_STEPS.length - 1, step));
    update({ textStep: next });
    say('toolbar.announce.text', { percent: Math.round(textScaleFor(next) * 100) });
  };
  const setScheme = (scheme: ToolbarSettings['scheme']) => {
    update({ scheme });
    say('toolbar.announce.scheme', { name: t(`toolbar.scheme.${scheme}`) });
  };
  const toggle = (key: 'largeCursor' | 'caption' | 'sound', label: string) => {
    const on = !settings[key];
    update({ [key]: on });
    say(on ? 'toolbar.announce.on' : 'toolbar.announce.off', { name: t(label) });
  };
  const reset = () => {
    reader.stop();
    update({ ...DEFAULT_TOOLBAR_SETTINGS });
    settingsStore.clear();
    say('toolbar.announce.reset');
  };
  const read = (fromPoint = false) => (reader.reading ? reader.stop() : settings.sound ? reader.readAll(fromPoint) : say('toolbar.soundOff'));

  const textOnly = createModal(doc, { container: scope, className: 'yf-text-only', size: 'large', closeLabel: '' });
  const help = createModal(doc, { container: scope, className: 'yf-toolbar-help-dialog', size: 'large', closeLabel: '' });
  const panel = createModal(doc, { container: scope, className: 'yf-toolbar-panel', closeLabel: '', onClose: () => render() });
  // 大字幕, 阅读线 and 纯文本 load on first use (views-loader.ts), or with the first touch of the bar (warm).
  let views: ToolbarViews | null = null;
  let viewsRequest: Promise<ToolbarViews | null> | null = null;
  let guide: ReadingGuide | null = null;
  let caption: CaptionBar | null = null;
  let wantedViews = 'false|false';
  const needViews = (): Promise<ToolbarViews | null> =>
    (viewsRequest ??= loadToolbarViews().then(
      (loaded) => {
        views = loaded;
        if (!destroyed) render();
        return loaded;
      },
      () => {
        viewsRequest = null;
        return null;
      },
    ));
  const openTextOnly = () => {
    void needViews().then((loaded) => {
      if (destroyed) return;
      if (!loaded) return say('toolbar.viewFailed', { name: t('toolbar.textOnly') }); // tried again at the next press
      textOnly.body.replaceChildren(...loaded.textOnlyContent(doc, getRoot(), isOwnUi, locale, t));
      textOnly.open();
    });
  };
  // 帮助 loads its words when first opened (the script-tag toolbar fetches them from beside itself).
  let helpRequest = 0;
  const openHelp = () => {
    const mine = ++helpRequest;
    loadHelpView().then(
      (view) => {
        if (destroyed || mine !== helpRequest) return;
        const { title, description, content } = view(doc, locale, t, resolved.shortcuts, { mac: isMac(), narrow });
        help.setTitle(title);
        help.setDescription(description);
        help.body.replaceChildren(content);
        help.open();
      },
      () => say('toolbar.helpFailed'),
    );
  };

  const controls = createControls(doc, barId, {
    setStep,
    setScheme,
    setGuide: (guide) => update({ guide }),
    setRate: (rate) => update({ rate }),
    setVolume: (volume) => update({ volume }),
    toggleSound: () => toggle('sound', 'toolbar.sound'),
    toggleCursor: () => toggle('largeCursor', 'toolbar.cursor'),
    toggleCaption: () => toggle('caption', 'toolbar.caption'),
    setCaptionStyle: (captionStyle) => update({ captionStyle }),
    toggleReadMode: () => update({ readMode: settings.readMode === 'point' ? 'continuous' : 'point' }),
    toggleHoverRead: () => ((hoverRead = !hoverRead), render()),
    read: () => read(),
    readFromHere: () => read(true),
    pauseResume: () => reader.pauseResume(),
    reset,
    openTextOnly,
    openHelp,
    collapse: () => update({ collapsed: true }),
  });
  // Phone-first: below 600px the bar is one large button and the controls open in a panel (a dialog).
  const phoneButton = button(doc, '', 'primary', () => (panel.open(), render()), { class: 'yf-toolbar__open yf-toolbar__open--phone', 'aria-haspopup': 'dialog' });
  phoneButton.el.prepend(
    icon(doc, 'yf-toolbar__open-icon', [
      { tag: 'circle', cx: '12', cy: '4', r: '2.2', fill: 'currentColor' },
      { d: 'M4 7.5 12 9l8-1.5.5 2-6 1.6V15l2.5 6.5-2 .8L12 16l-3 6.3-2-.8L9.5 15v-3.9l-6-1.6z', fill: 'currentColor' },
    ]),
  );
  const openButton = button(doc, '', 'primary', () => focusBar(), { class: 'yf-toolbar__open', 'aria-expanded': 'false', 'aria-controls': barId });
  const placement = createBarPlacement(doc, bar, presentation);

  function focusBar() {
    if (narrow) return phoneButton.el.focus();
    update({ collapsed: false });
    bar.querySelector<HTMLElement>('button, select')?.focus();
  }

  let applied = '';
  function render() {
    // Text size (rem and px pages alike), scheme and cursor, only when they change — first, before the bar's
    // own updates below dirty any style: the first 字变大 measures the page at its own size, and those reads
    // are free while its styles and layout are still the last frame's.
    const key = `${settings.textStep}|${settings.scheme}|${settings.largeCursor}`;
    if (key !== applied) {
      applied = key;
      presentation.apply(settings);
    }
    const s = controller.getSnapshot();
    const attrs = { 'data-yinfa-mode': o.mode ?? 'standard', lang: locale };
    // The bar keeps its own size while the page's text grows: its rem sizes are divided by the page's scale
    // and by the page's own root ratio (a page with html { font-size: 10px } would shrink every rem).
    const ownScale = String((o.textScale ?? 1) / (textScaleFor(settings.textStep) * rootRatio));
    for (const el of [scope, skipScope]) {
      for (const [k, v] of Object.entries(attrs)) setAttr(el, k, v);
      el.style.setProperty('--yf-scale', String(o.textScale ?? 1));
      el.style.setProperty('--yf-toolbar-scale', ownScale);
    }
    if (o.className) scope.classList.add(...o.className.split(/\s+/).filter(Boolean));
    skip.textContent = t('toolbar.skip');
    const label = t('toolbar.label');
    bar.setAttribute('aria-label', label);
    setAttr(bar, 'data-collapsed', settings.collapsed);
    setAttr(bar, 'data-layout', narrow ? 'phone' : 'bar');
    const reading = reader.reading;
    const unavailable = s.status !== 'unavailable' ? '' : s.reason === 'no-voice-for-lang' ? t(/^en/i.test(s.lang) ? 'speech.noEnglishVoice' : 'speech.noChineseVoice') : s.reason === 'no-voices' ? t('speech.noVoices') : t('speech.unavailable');
    controls.render({ settings, t, shortcuts: resolved.shortcuts, canSpeak: s.status !== 'unavailable', unavailableMessage: unavailable, reading, paused: s.playback === 'paused', hasStartPoint: reader.hasStartPoint, hoverRead, narrow });
    phoneButton.setLabel(t('toolbar.open'));
    setAttr(phoneButton.el, 'aria-expanded', String(panel.isOpen));
    setAttr(phoneButton.el, 'aria-keyshortcuts', resolved.shortcuts.focusToolbar ?? null);
    openButton.setLabel(t('toolbar.open'));
    setAttr(openButton.el, 'aria-keyshortcuts', resolved.shortcuts.focusToolbar ?? null);
    const content = narrow ? phoneButton.el : settings.collapsed ? openButton.el : controls.el;
    if (bar.firstElementChild !== content || bar.childElementCount !== 1) bar.replaceChildren(content);
    if (narrow && controls.el.parentElement !== panel.body) panel.body.replaceChildren(controls.el);
    for (const m of [panel, textOnly, help]) m.setCloseLabel(t('dialog.close'));
    panel.setTitle(label);
    textOnly.setTitle(t('toolbar.textOnlyTitle'));
    textOnly.setDescription(t('toolbar.textOnlyHint'));
    // Made once wanted; fetched when one is turned on (a failed fetch is tried again when one is next turned on).
    const wanted = `${settings.guide !== 'off'}|${settings.caption}`;
    if (views) {
      if (settings.guide !== 'off') guide ??= views.createReadingGuide(doc, scope);
      if (settings.caption) caption ??= views.createCaptionBar(doc, scope, controller, () => update({ caption: false }));
    } else if (wanted !== wantedViews && (settings.guide !== 'off' || settings.caption))
      void needViews().then((loaded) => {
        if (!loaded && !destroyed) say('toolbar.viewFailed', { name: t(settings.caption ? 'toolbar.caption' : 'toolbar.guide') });
      });
    wantedViews = wanted;
    guide?.set(settings.guide);
    caption?.sync(settings.caption && reading, t, settings.caption ? settings.captionStyle : 'plain');
  }

  const query = typeof view.matchMedia === 'function' ? view.matchMedia('(max-width: 599.98px)') : null;
  const onNarrow = () => {
    narrow = Boolean(query?.matches);
    if (!narrow) panel.close();
    render();
    placement.update({ edge: o.edge, narrow });
  };
  query?.addEventListener?.('change', onNarrow);

  const setTextSize = (size: unknown) => {
    if (size === undefined || size === null) return;
    const n = Number(size);
    if (!Number.isFinite(n)) return devWarn(`Toolbar: textSize "${String(size)}" is not a number; expected 100–200.`);
    const want = Math.min(200, Math.max(100, n)) / 100;
    const step = TEXT_STEPS.reduce((best, v, i) => (Math.abs(v - want) < Math.abs(TEXT_STEPS[best]! - want) ? i : best), 0);
    if (step !== settings.textStep) update({ textStep: step });
  };

  const run = (action: ToolbarAction) => {
    const s = settings;
    if (action === 'focusToolbar') focusBar();
    else if (action === 'textLarger') setStep(s.textStep + 1);
    else if (action === 'textSmaller') setStep(s.textStep - 1);
    else if (action === 'scheme') setScheme(cycle(COLOR_SCHEME_IDS, s.scheme));
    else if (action === 'cursor') toggle('largeCursor', 'toolbar.cursor');
    else if (action === 'guide') update({ guide: cycle(GUIDE_KINDS, s.guide) });
    else if (action === 'textOnly') openTextOnly();
    else if (action === 'reset') reset();
    else if (action === 'read') read(true);
    else if (action === 'pause') reader.pauseResume();
    else if (action === 'caption') toggle('caption', 'toolbar.caption');
    else if (action === 'readMode') update({ readMode: s.readMode === 'point' ? 'continuous' : 'point' });
  };
  const onKey = (event: KeyboardEvent) => {
    // A ReadAloud region that already answered the same chord wins.
    if (event.defaultPrevented) return;
    const action = matchToolbarShortcut(event, resolved.shortcuts);
    if (!action) return;
    event.preventDefault();
    run(action);
  };
  doc.addEventListener('keydown', onKey);

  narrow = Boolean(query?.matches);
  render();
  placement.update({ edge: o.edge, narrow });
  setTextSize(o.textSize);
  // The page's sheets are read in idle time now, not on the first press of 字变大.
  presentation.prepare();

  let destroyed = false;
  return {
    update(next) {
      if (destroyed) return;
      const before = o;
      o = { ...o, ...next };
      if (o.locale !== before.locale) {
        locale = resolveLocale(o.locale ?? (doc.documentElement.lang || 'zh-CN'));
        t = createCatalogueTranslator(locale, catalogue());
        controller.setLang(locale);
      }
      if (o.remember !== before.remember || o.storage !== before.storage || o.site !== before.site) settingsStore = store();
      if (o.shortcuts !== before.shortcuts) {
        resolved = resolveToolbarShortcuts(o.shortcuts);
        warnShortcuts();
      }
      if (o.textSize !== before.textSize) setTextSize(o.textSize);
      render();
      if (o.edge !== before.edge) placement.update({ edge: o.edge, narrow });
    },
    getSettings: () => settings,
    get textSize() {
      return Math.round(textScaleFor(settings.textStep) * 100);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      doc.removeEventListener('keydown', onKey);
      query?.removeEventListener?.('change', onNarrow);
      if (ownSpeech) for (const type of ['popstate', 'hashchange', 'pagehide']) view.removeEventListener(type, stopSpeech);
      clearTimeout(announceTimer);
      unsubscribeSpeech();
      for (const type of WARM_EVENTS) scope.removeEventListener(type, warm);
      reader.destroy();
      caption?.destroy();
      guide?.destroy();
      placement.destroy();
      for (const m of [panel, textOnly, help]) m.destroy();
      if (ownSpeech) controller.dispose();
      presentation.restore();
      scope.remove();
      skipHost.remove();
      registry.delete(doc);
    },
  };
}
