import {
  COLOR_SCHEME_IDS,
  DEFAULT_TOOLBAR_SETTINGS,
  GUIDE_KINDS,
  TEXT_STEPS,
  createToolbarStore,
  cycle,
  devWarn,
  getWebStorage,
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
import { isOwnUi } from '@yinfa/dom';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../button/Button';
import { DialogContent, DialogRoot } from '../dialog/Dialog';
import { useYinfa } from '../provider/context';
import { ModeScope } from '../provider/ModeScope';
import { useCatalogue } from '../provider/useCatalogue';
import { YinfaProvider } from '../provider/YinfaProvider';
import { CaptionBar } from '../speech/CaptionBar';
import { useSpeechContext } from '../speech/context';
import { SpeechProvider } from '../speech/SpeechProvider';
import { cx } from '../utils/cx';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';
import { toolbarMessages } from './messages';
import { ReadingGuide } from './ReadingGuide';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TextOnlyView } from './TextOnlyView';
import { ToolbarControls } from './ToolbarControls';
import { useBarPlacement, useNarrow } from './useBarPlacement';
import { useHostReader } from './useHostReader';
import { usePagePresentation } from './usePagePresentation';

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

/** The accessibility figure on the phone button (decorative: the button says 无障碍 in words). */
function AccessIcon() {
  return (
    <svg className="yf-toolbar__open-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="4" r="2.2" fill="currentColor" />
      <path d="M4 7.5 12 9l8-1.5.5 2-6 1.6V15l2.5 6.5-2 .8L12 16l-3 6.3-2-.8L9.5 15v-3.9l-6-1.6z" fill="currentColor" />
    </svg>
  );
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
  const { announce, textScale } = useYinfa();
  const barId = `yf-toolbar-${useId().replace(/:/g, '')}`;

  const store = useMemo(
    () => createToolbarStore(remember ? (storage === undefined ? (getWebStorage('local') ?? null) : storage) : null, site ?? (typeof location === 'undefined' ? '' : location.host)),
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

  const { doc, presentation, rootRatio, skipHost } = usePagePresentation();

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

  const bar = useRef<HTMLDivElement>(null);
  const { placement, edge } = useBarPlacement({ doc, bar, presentation, edge: edgeProp, narrow, collapsed: settings.collapsed });

  const focusBar = useCallback(() => {
    if (narrow) {
      panelButton.current?.focus();
      return;
    }
    update({ collapsed: false });
    // After the expanded bar renders.
    requestAnimationFrame(() => bar.current?.querySelector<HTMLElement>('button, select')?.focus());
  }, [update, narrow]);

  const say = useCallback((key: Parameters<typeof t>[0], values?: Record<string, string | number>) => announce(t(key, values)), [announce, t]);
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
      say('toolbar.announce.scheme', { name: t(`toolbar.scheme.${scheme}`) });
    },
    [update, say, t],
  );
  const toggle = useCallback(
    (key: 'largeCursor' | 'caption', label: 'toolbar.cursor' | 'toolbar.caption') => {
      const on = !latestSettings.current[key];
      update({ [key]: on });
      say(on ? 'toolbar.announce.on' : 'toolbar.announce.off', { name: t(label) });
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
  const controls = (
    <ToolbarControls
      settings={settings}
      update={update}
      setStep={setStep}
      setScheme={setScheme}
      toggle={toggle}
      reset={reset}
      openTextOnly={() => setTextOnly(true)}
      openKeys={() => setKeysOpen(true)}
      reader={reader}
      shortcuts={shortcuts}
      narrow={narrow}
      barId={barId}
    />
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
          <ShortcutsDialog open={keysOpen} onOpenChange={setKeysOpen} shortcuts={shortcuts} container={scope} />
        </ModeScope>,
        target,
      )}
    </>
  );
}
