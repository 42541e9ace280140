import {
  COLOR_SCHEME_IDS,
  DEFAULT_TOOLBAR_SETTINGS,
  GUIDE_KINDS,
  TEXT_STEPS,
  TOOLBAR_ACTIONS,
  createToolbarStore,
  cycle,
  describeShortcut,
  devWarn,
  matchToolbarShortcut,
  resolveToolbarShortcuts,
  sanitizeToolbarSettings,
  textScaleFor,
  type SpeechEngine,
  type ToolbarAction,
  type ToolbarSettings,
  type ToolbarShortcutConfig,
  type ToolbarStorageLike,
} from '@yinfa/core';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../button/Button';
import { DialogContent, DialogRoot } from '../dialog/Dialog';
import { useYinfa } from '../provider/context';
import { ModeScope } from '../provider/ModeScope';
import { useCatalogue } from '../provider/useCatalogue';
import { YinfaProvider } from '../provider/YinfaProvider';
import { Select } from '../select/Select';
import { CaptionBar } from '../speech/CaptionBar';
import { useSpeechContext } from '../speech/context';
import { speechMessages } from '../speech/messages';
import { SpeechProvider } from '../speech/SpeechProvider';
import { SPEECH_RATE_CHOICES } from '../speech/SpeechSettings';
import { cx } from '../utils/cx';
import { toolbarMessages } from './messages';
import { createPagePresentation, eventElement, isOwnUi, type PagePresentation } from '@yinfa/dom';
import { ReadingGuide } from './ReadingGuide';
import { TextOnlyView } from './TextOnlyView';
import { useHostReader } from './useHostReader';

export interface ToolbarProps {
  /** The page's main content (for 纯文本 and reading): an element or a selector. Default `main, [role="main"]`, else body. */
  content?: string | Element | null;
  /** Remember the user's settings for this site. Default true; false remembers nothing. */
  remember?: boolean;
  /** Where to remember (default localStorage). Any getItem/setItem/removeItem object works. */
  storage?: ToolbarStorageLike | null;
  /** The site's name in storage; default location.host. Sites sharing an origin pass their own. */
  site?: string;
  /** Change ('Alt+Shift+J'), turn off one (false) or all (false) shortcuts. Clashing chords are refused with a warning. */
  shortcuts?: ToolbarShortcutConfig | false;
  /** Settings to start from when nothing is remembered (a page for older people may start at 125%). */
  defaultSettings?: Partial<ToolbarSettings>;
  onSettingsChange?: (settings: ToolbarSettings) => void;
  /** Speech engine when there is no SpeechProvider above (default 'auto': Web Speech, else nothing). */
  speechEngine?: SpeechEngine | 'auto';
  /** Where the bar is rendered; default document.body. */
  container?: HTMLElement | null;
  /**
   * Which edge of the screen the bar keeps to. Default 'top', or 'bottom' when the page has its own fixed
   * header at the top (the bar would cover it). Either way it moves if it would cover the focused element.
   */
  edge?: 'top' | 'bottom';
  /** The page's text size in percent (100–200), snapped to the nearest step; the buttons still change it. */
  textSize?: number;
  className?: string;
}

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
let liveToolbars = 0;
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The page's own fixed header: a fixed element (not ours) across the top of the screen. */
function hasFixedHeader(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return false;
  for (const x of [0.25, 0.5, 0.75].map((f) => view.innerWidth * f)) {
    for (const hit of doc.elementsFromPoint(x, 2)) {
      if (hit === doc.documentElement || hit === doc.body || isOwnUi(hit)) continue;
      for (let el: Element | null = hit; el && el !== doc.body; el = el.parentElement) {
        if (view.getComputedStyle(el).position === 'fixed' && !isOwnUi(el)) return true;
      }
    }
  }
  return false;
}

/** True below 600px wide (a phone): the bar becomes one button that opens a panel. */
function useNarrow(doc: Document | null): boolean {
  const [narrow, setNarrow] = useState(false);
  useIsoLayoutEffect(() => {
    const view = doc?.defaultView;
    if (!view || typeof view.matchMedia !== 'function') return;
    const query = view.matchMedia('(max-width: 599.98px)');
    const sync = () => setNarrow(query.matches);
    sync();
    query.addEventListener?.('change', sync);
    return () => query.removeEventListener?.('change', sync);
  }, [doc]);
  return narrow;
}

/** The accessibility figure on the phone button (decorative: the button says 无障碍 in words). */
function AccessIcon() {
  return (
    <svg className="yf-toolbar__open-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="4" r="2.2" fill="currentColor" />
      <path d="M4 7.5 12 9l8-1.5.5 2-6 1.6V15l2.5 6.5-2 .8L12 16l-3 6.3-2-.8L9.5 15v-3.9l-6-1.6z" fill="currentColor" />
    </svg>
  );
}

function defaultStorage(): ToolbarStorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Safari private mode, sandboxed iframes
  }
}

/**
 * 适老化及无障碍工具条: text size to 200%, four colour schemes, large cursor, reading guide, text-only
 * view, read-aloud (指读/连读, speed, 大字幕), reset, per-site memory and shortcuts — for a page that is
 * not built with Yinfa. It changes presentation only, reserves its own space so it never covers the
 * focused element, loads nothing from the network, and undoes everything on reset or unmount.
 * It complements real accessibility work on the page; it does not replace it.
 */
export function Toolbar(props: ToolbarProps) {
  const hasYinfa = useYinfa().hasProvider;
  const hasSpeech = useSpeechContext().hasProvider;
  let node = <ToolbarInner {...props} />;
  if (!hasSpeech) node = <SpeechProvider engine={props.speechEngine ?? 'auto'}>{node}</SpeechProvider>;
  return hasYinfa ? node : <YinfaProvider>{node}</YinfaProvider>;
}

function ToolbarInner({ content, remember = true, storage, site, shortcuts: shortcutConfig, defaultSettings, onSettingsChange, container, edge: edgeProp, textSize, className }: ToolbarProps) {
  const t = useCatalogue(toolbarMessages);
  const speechT = useCatalogue(speechMessages);
  const { announce, textScale } = useYinfa();
  const barId = `yf-toolbar-${useId().replace(/:/g, '')}`;

  const store = useMemo(
    () => createToolbarStore(remember ? (storage === undefined ? defaultStorage() : storage) : null, site ?? (typeof location === 'undefined' ? '' : location.host)),
    [remember, storage, site],
  );
  const base = useMemo(() => sanitizeToolbarSettings(defaultSettings ?? {}), [defaultSettings]);
  const [settings, setSettingsState] = useState<ToolbarSettings>(() => store.load() ?? base);
  const latestSettings = useRef(settings);
  latestSettings.current = settings;
  const update = useCallback((patch: Partial<ToolbarSettings>) => setSettingsState((s) => sanitizeToolbarSettings({ ...s, ...patch }, s)), []);

  // The host sets the size (the element's text-size): snapped to the nearest step, odd values refused with a warning.
  useEffect(() => {
    if (textSize === undefined || textSize === null) return;
    const n = Number(textSize);
    if (!Number.isFinite(n)) {
      devWarn(`Toolbar: textSize "${String(textSize)}" is not a number; expected 100–200.`);
      return;
    }
    const want = Math.min(200, Math.max(100, n)) / 100;
    const step = TEXT_STEPS.reduce((best, v, i) => (Math.abs(v - want) < Math.abs(TEXT_STEPS[best]! - want) ? i : best), 0);
    if (step !== latestSettings.current.textStep) update({ textStep: step });
  }, [textSize, update]);

  const [doc, setDoc] = useState<Document | null>(null);
  const presentation = useRef<PagePresentation | null>(null);
  const [rootRatio, setRootRatio] = useState(1);
  const skipHost = useRef<HTMLDivElement | null>(null);
  useIsoLayoutEffect(() => {
    const d = document;
    // One toolbar per page: a second would stack its padding and stylesheet on the first's.
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

  // The page's main content: what 纯文本 shows and reading reads.
  const getRoot = useCallback((): Element | null => {
    if (typeof document === 'undefined') return null;
    if (content && typeof content !== 'string') return content;
    try {
      return document.querySelector(content || 'main, [role="main"]') ?? document.body;
    } catch {
      devWarn(`Toolbar: content "${String(content)}" is not a valid selector; reading the whole page.`);
      return document.body;
    }
  }, [content]);
  // Text size (rem and px pages alike), scheme and cursor, before paint.
  useIsoLayoutEffect(() => {
    presentation.current?.apply(settings);
  }, [doc, settings.textStep, settings.scheme, settings.largeCursor]);

  const onChange = useRef(onSettingsChange);
  onChange.current = onSettingsChange;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Nothing to remember when the page is back to its own presentation: forget the site instead.
    const same = (Object.keys(DEFAULT_TOOLBAR_SETTINGS) as Array<keyof ToolbarSettings>).every((k) => settings[k] === DEFAULT_TOOLBAR_SETTINGS[k]);
    if (same) store.clear();
    else store.save(settings);
    onChange.current?.(settings);
  }, [settings, store]);

  const reader = useHostReader(getRoot, { point: settings.readMode === 'point', isOwnUi });
  const { speech } = reader;
  const { setRate } = speech;
  useEffect(() => {
    setRate(settings.rate);
  }, [settings.rate, setRate]);

  const [textOnly, setTextOnly] = useState(false);
  // Phone-first: below 600px the bar is one large button and the controls open in a panel (a dialog).
  const narrow = useNarrow(doc);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!narrow) setPanelOpen(false);
  }, [narrow]);
  // Dialogs render inside the toolbar's own scope, so the page's CSS is kept off them too.
  const [scope, setScope] = useState<HTMLDivElement | null>(null);
  const [keysOpen, setKeysOpen] = useState(false);

  // Space for the bar: measured, reserved with body padding and scroll padding.
  const bar = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<'fixed' | 'static'>('fixed');
  // Top by default; bottom when a focused element sits where the bar is and cannot be scrolled clear
  // (say a page's own skip link, absolutely positioned at the very top).
  const [edge, setEdge] = useState<'top' | 'bottom'>(edgeProp === 'bottom' ? 'bottom' : 'top');
  useIsoLayoutEffect(() => {
    if (!doc) return;
    if (edgeProp === 'top' || edgeProp === 'bottom') setEdge(edgeProp);
    else if (narrow || hasFixedHeader(doc)) setEdge('bottom'); // a phone's thumb reaches the bottom corner
  }, [doc, edgeProp, narrow]);
  useIsoLayoutEffect(() => {
    const el = bar.current;
    const view = doc?.defaultView;
    if (!el || !view) return;
    const measure = () => {
      const h = el.getBoundingClientRect().height;
      // A bar taller than 40% of the screen (320px wide at 200% text, expanded) scrolls with the page instead.
      const next = h > view.innerHeight * 0.4 ? 'static' : 'fixed';
      setPlacement(next);
      presentation.current?.reserve(next === 'fixed' ? edge : 'top', h, next === 'fixed');
    };
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    view.addEventListener('resize', measure);
    return () => {
      ro?.disconnect();
      view.removeEventListener('resize', measure);
    };
  }, [doc, settings.collapsed, edge, narrow]);

  // Never cover the focused element: scroll it clear of the bar, and if that cannot work, move the bar.
  useEffect(() => {
    if (!doc || placement !== 'fixed') return;
    const view = doc.defaultView;
    const onFocus = (event: FocusEvent) => {
      const el = eventElement(event);
      const b = bar.current;
      if (!el || !b || !view || isOwnUi(el) || b.contains(el)) return;
      const covered = () => {
        const r = el.getBoundingClientRect();
        const box = b.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right ? { r, box } : null;
      };
      const hit = covered();
      if (!hit) return;
      const delta = edge === 'top' ? hit.r.top - hit.box.bottom - 8 : hit.r.bottom - hit.box.top + 8;
      view.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
      if (covered()) setEdge(edge === 'top' ? 'bottom' : 'top');
    };
    doc.addEventListener('focusin', onFocus);
    return () => doc.removeEventListener('focusin', onFocus);
  }, [doc, placement, edge]);

  const focusBar = useCallback(() => {
    if (narrow) {
      panelButton.current?.focus();
      return;
    }
    update({ collapsed: false });
    // After the expanded bar renders.
    requestAnimationFrame(() => bar.current?.querySelector<HTMLElement>('button, select')?.focus());
  }, [update, narrow]);

  const say = useCallback((key: string, values?: Record<string, string | number>) => announce(t(key as 'toolbar.label', values)), [announce, t]);
  const percent = Math.round(textScaleFor(settings.textStep) * 100);
  // The bar keeps its own size while the page's text grows: its rem sizes are divided by the page's scale.
  // Also divided by the page's own root ratio: a page with html { font-size: 10px } (Bootstrap 3) would shrink every rem.
  const ownScale = { '--yf-toolbar-scale': String(textScale / (textScaleFor(settings.textStep) * rootRatio)) } as CSSProperties;
  const setStep = useCallback(
    (step: number) => {
      const next = Math.max(0, Math.min(TEXT_STEPS.length - 1, step));
      update({ textStep: next });
      say('toolbar.announce.text', { percent: Math.round(textScaleFor(next) * 100) });
    },
    [update, say],
  );
  const setScheme = useCallback(
    (scheme: ToolbarSettings['scheme']) => {
      update({ scheme });
      say('toolbar.announce.scheme', { name: t(`toolbar.scheme.${scheme}` as 'toolbar.label') });
    },
    [update, say, t],
  );
  const toggle = useCallback(
    (key: 'largeCursor' | 'caption', label: string) => {
      const on = !latestSettings.current[key];
      update({ [key]: on });
      say(on ? 'toolbar.announce.on' : 'toolbar.announce.off', { name: t(label as 'toolbar.label') });
    },
    [update, say, t],
  );
  const reset = useCallback(() => {
    reader.stop();
    setSettingsState({ ...DEFAULT_TOOLBAR_SETTINGS });
    store.clear();
    say('toolbar.announce.reset');
  }, [reader, store, say]);

  const { shortcuts, issues } = useMemo(() => resolveToolbarShortcuts(shortcutConfig), [shortcutConfig]);
  useEffect(() => {
    for (const issue of issues) devWarn(`Toolbar: shortcut "${issue.shortcut}" for ${issue.action} refused (${issue.problem}).`);
  }, [issues]);

  const run = useRef<(action: ToolbarAction) => void>(() => {});
  run.current = (action) => {
    const s = latestSettings.current;
    if (action === 'focusToolbar') focusBar();
    else if (action === 'textLarger') setStep(s.textStep + 1);
    else if (action === 'textSmaller') setStep(s.textStep - 1);
    else if (action === 'scheme') setScheme(cycle(COLOR_SCHEME_IDS, s.scheme));
    else if (action === 'cursor') toggle('largeCursor', 'toolbar.cursor');
    else if (action === 'guide') update({ guide: cycle(GUIDE_KINDS, s.guide) });
    else if (action === 'textOnly') setTextOnly(true);
    else if (action === 'reset') reset();
    else if (action === 'read') {
      if (reader.reading) reader.stop();
      else reader.readAll(true);
    }
    else if (action === 'pause') reader.pauseResume();
    else if (action === 'caption') toggle('caption', 'toolbar.caption');
    else if (action === 'readMode') update({ readMode: s.readMode === 'point' ? 'continuous' : 'point' });
  };
  useEffect(() => {
    if (!doc) return;
    const onKey = (event: KeyboardEvent) => {
      // A ReadAloud region that already answered the same chord wins.
      if (event.defaultPrevented) return;
      const action = matchToolbarShortcut(event, shortcuts);
      if (!action) return;
      event.preventDefault();
      run.current(action);
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [doc, shortcuts]);

  if (!doc) return null;
  const target = container ?? doc.body;
  const keyOf = (action: ToolbarAction) => shortcuts[action];
  const canSpeak = speech.status !== 'unavailable';
  const nearestRate = SPEECH_RATE_CHOICES.reduce((best, c) => (Math.abs(c.rate - settings.rate) < Math.abs(best.rate - settings.rate) ? c : best));

  const controls = (
    <div className="yf-toolbar__groups">
      <div className="yf-toolbar__group" role="group" aria-label={t('toolbar.text')}>
        <Button variant="secondary" aria-disabled={settings.textStep <= 0} aria-keyshortcuts={keyOf('textSmaller')} onClick={() => settings.textStep > 0 && setStep(settings.textStep - 1)}>
          {t('toolbar.textSmaller')}
        </Button>
        <span className="yf-toolbar__value">{t('toolbar.textNow', { percent })}</span>
        <Button
          variant="secondary"
          aria-disabled={settings.textStep >= TEXT_STEPS.length - 1}
          aria-keyshortcuts={keyOf('textLarger')}
          onClick={() => settings.textStep < TEXT_STEPS.length - 1 && setStep(settings.textStep + 1)}
        >
          {t('toolbar.textLarger')}
        </Button>
      </div>
      <Select
        label={t('toolbar.scheme')}
        fieldClassName="yf-toolbar__field"
        placeholder={false}
        value={settings.scheme}
        onChange={(e) => setScheme(e.target.value as ToolbarSettings['scheme'])}
        options={COLOR_SCHEME_IDS.map((id) => ({ value: id, label: t(`toolbar.scheme.${id}` as 'toolbar.label') }))}
      />
      <Select
        label={t('toolbar.guide')}
        fieldClassName="yf-toolbar__field"
        placeholder={false}
        value={settings.guide}
        onChange={(e) => update({ guide: e.target.value as ToolbarSettings['guide'] })}
        options={GUIDE_KINDS.map((id) => ({ value: id, label: t(`toolbar.guide.${id}` as 'toolbar.label') }))}
      />
      <div className="yf-toolbar__group">
        <Button variant="secondary" aria-pressed={settings.largeCursor} aria-keyshortcuts={keyOf('cursor')} onClick={() => toggle('largeCursor', 'toolbar.cursor')}>
          {t('toolbar.cursor')}
        </Button>
        <Button variant="secondary" aria-haspopup="dialog" aria-keyshortcuts={keyOf('textOnly')} onClick={() => setTextOnly(true)}>
          {t('toolbar.textOnly')}
        </Button>
      </div>
      <div className="yf-toolbar__group" role="group" aria-label={t('toolbar.reading')}>
        {canSpeak ? (
          <>
            <Button variant={reader.reading ? 'secondary' : 'primary'} aria-keyshortcuts={keyOf('read')} onClick={() => (reader.reading ? reader.stop() : reader.readAll())}>
              {reader.reading ? t('toolbar.stop') : t('toolbar.read')}
            </Button>
            {!reader.reading && reader.hasStartPoint && settings.readMode === 'continuous' ? (
              <Button variant="secondary" onClick={() => reader.readAll(true)}>
                {t('toolbar.readFromHere')}
              </Button>
            ) : null}
            {reader.reading ? (
              <Button variant="secondary" aria-keyshortcuts={keyOf('pause')} onClick={reader.pauseResume}>
                {speech.playback === 'paused' ? speechT('speech.resume') : speechT('speech.pause')}
              </Button>
            ) : null}
            <Button
              variant="secondary"
              aria-pressed={settings.readMode === 'point'}
              aria-keyshortcuts={keyOf('readMode')}
              onClick={() => update({ readMode: settings.readMode === 'point' ? 'continuous' : 'point' })}
            >
              {t('toolbar.pointRead')}
            </Button>
            {settings.readMode === 'point' ? (
              <Button variant="secondary" aria-pressed={speech.settings.hoverRead} onClick={() => speech.settings.setHoverRead(!speech.settings.hoverRead)}>
                {t('toolbar.hoverRead')}
              </Button>
            ) : null}
            <Button variant="secondary" aria-pressed={settings.caption} aria-keyshortcuts={keyOf('caption')} onClick={() => toggle('caption', 'toolbar.caption')}>
              {t('toolbar.caption')}
            </Button>
            <Select
              label={t('toolbar.rate')}
              fieldClassName="yf-toolbar__field"
              placeholder={false}
              value={String(nearestRate.rate)}
              onChange={(e) => update({ rate: Number(e.target.value) })}
              options={SPEECH_RATE_CHOICES.map((c) => ({ value: String(c.rate), label: speechT(c.key) }))}
            />
          </>
        ) : (
          <p className="yf-toolbar__note">{speech.unavailableMessage}</p>
        )}
      </div>
      <div className="yf-toolbar__group">
        <Button variant="secondary" aria-keyshortcuts={keyOf('reset')} onClick={reset}>
          {t('toolbar.reset')}
        </Button>
        <Button variant="secondary" aria-haspopup="dialog" onClick={() => setKeysOpen(true)}>
          {t('toolbar.keys')}
        </Button>
        {narrow ? null : (
          <Button variant="secondary" aria-expanded={true} aria-controls={barId} onClick={() => update({ collapsed: true })}>
            {t('toolbar.collapse')}
          </Button>
        )}
      </div>
    </div>
  );

  return (
    <>
      {skipHost.current
        ? createPortal(
            <ModeScope className="yf-toolbar-skip-scope" style={ownScale}>
              <a
                className="yf-skip-link yf-toolbar-skip yf-focus-ring"
                href={`#${barId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusBar();
                }}
              >
                {t('toolbar.skip')}
              </a>
            </ModeScope>,
            skipHost.current,
          )
        : null}
      {createPortal(
        <ModeScope ref={setScope} className={cx('yf-toolbar-scope', className)} style={ownScale} data-yinfa-toolbar-ui="">
          <div
            ref={bar}
            id={barId}
            className="yf-toolbar"
            role="region"
            aria-label={t('toolbar.label')}
            data-collapsed={settings.collapsed ? '' : undefined}
            data-placement={placement}
            data-layout={narrow ? 'phone' : 'bar'}
            data-edge={placement === 'fixed' ? edge : 'top'}
            data-yinfa-speech-ignore=""
            tabIndex={-1}
          >
            {narrow ? (
              <Button
                ref={panelButton}
                variant="primary"
                className="yf-toolbar__open yf-toolbar__open--phone"
                aria-haspopup="dialog"
                aria-expanded={panelOpen}
                aria-keyshortcuts={keyOf('focusToolbar')}
                onClick={() => setPanelOpen(true)}
              >
                <AccessIcon />
                {t('toolbar.open')}
              </Button>
            ) : settings.collapsed ? (
              <Button variant="primary" className="yf-toolbar__open" aria-expanded={false} aria-controls={barId} aria-keyshortcuts={keyOf('focusToolbar')} onClick={focusBar}>
                {t('toolbar.open')}
              </Button>
            ) : (
              controls
            )}
          </div>
          <ReadingGuide kind={settings.guide} />
          {narrow ? (
            <DialogRoot open={panelOpen} onOpenChange={setPanelOpen}>
              <DialogContent container={scope} title={t('toolbar.label')} className="yf-toolbar-panel" data-yinfa-toolbar-ui="">
                {controls}
              </DialogContent>
            </DialogRoot>
          ) : null}
          <CaptionBar open={settings.caption && reader.reading} onClose={() => update({ caption: false })} />
          <TextOnlyView open={textOnly} onOpenChange={setTextOnly} getRoot={getRoot} isOwnUi={isOwnUi} container={scope} />
          <DialogRoot open={keysOpen} onOpenChange={setKeysOpen}>
            <DialogContent container={scope} title={t('toolbar.keysTitle')} description={Object.keys(shortcuts).length ? t('toolbar.keysIntro') : t('toolbar.keysNone')} data-yinfa-toolbar-ui="">
              <dl className="yf-toolbar-keys">
                {TOOLBAR_ACTIONS.filter((a) => shortcuts[a]).map((a) => (
                  <div key={a} className="yf-toolbar-keys__row">
                    <dt>
                      <kbd>{describeShortcut(shortcuts[a]!, isMac())}</kbd>
                    </dt>
                    <dd>{t(`toolbar.action.${a}` as 'toolbar.label')}</dd>
                  </div>
                ))}
              </dl>
            </DialogContent>
          </DialogRoot>
        </ModeScope>,
        target,
      )}
    </>
  );
}
