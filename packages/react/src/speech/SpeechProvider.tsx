import { createSpeechController, createVoiceMemory, getWebStorage, type SpeechController, type SpeechEngine } from '@yinfa/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useYinfa } from '../provider/context';
import { ReadAloudSlotContext, type ReadAloudSlotComponent } from '../provider/readAloudSlot';
import { useControllableState } from '../provider/useControllableState';
import { ReadAloudButton } from './SpeakButton';
import { fallbackSettings, INERT_CONTROLLER, SpeechContext, type SpeechContextValue } from './context';
import { resolveShortcuts, type SpeechShortcuts } from './shortcuts';

export interface SpeechProviderProps {
  children?: ReactNode;
  /**
   * 'auto' (default): the browser's Web Speech when it has a voice for the page's language, else
   * `fallback`, else nothing (the UI says so). Or pass one engine (createAudioEngine, createBridgeEngine…).
   */
  engine?: SpeechEngine | 'auto';
  /** Used when Web Speech cannot speak the language: a server TTS (createAudioEngine) or a native app bridge (createBridgeEngine). */
  fallback?: SpeechEngine | null;
  /** Replaces the Web Speech engine tried under 'auto' (tests, or a tuned createWebSpeechEngine); null skips it. */
  webSpeech?: SpeechEngine | null;
  /** Speech rate 0.7–1.5 (clamped); default 0.9, a little slower for older listeners. */
  defaultRate?: number;
  onRateChange?: (rate: number) => void;
  /** A voice id to use by default; the user's own choice is remembered per language. */
  defaultVoice?: string | null;
  /** Remember the chosen voice in localStorage. Default true. */
  rememberVoice?: boolean;
  /** "I use my own screen reader": turns automatic reading (指读, hover) off. */
  usesScreenReader?: boolean;
  defaultUsesScreenReader?: boolean;
  onUsesScreenReaderChange?: (value: boolean) => void;
  /** Show the 大字幕 caption bar while reading. */
  caption?: boolean;
  defaultCaption?: boolean;
  onCaptionChange?: (value: boolean) => void;
  /** 指读 on pointer hover too. Off by default. */
  defaultHoverRead?: boolean;
  /** Keyboard shortcuts: change any ('Alt+Shift+R'), turn one off (false), or all (false). */
  shortcuts?: SpeechShortcuts | false;
  /** Language to speak; defaults to the YinfaProvider locale. */
  lang?: string;
}

const localStorageOrNull = () => getWebStorage('local') ?? null;

/**
 * Speech settings and the page's one speech player. Put it inside YinfaProvider. Nothing speaks until
 * the user presses a read-aloud control; speech stops on unmount and on route changes (popstate,
 * hashchange, the Navigation API, pagehide). Alert, Banner and Dialog inside it show a 读给我听 button
 * when asked to (`readAloud`).
 */
export function SpeechProvider(props: SpeechProviderProps) {
  return (
    <SpeechPlayer {...props}>
      <ReadAloudSlotContext.Provider value={ReadAloudSlot}>{props.children}</ReadAloudSlotContext.Provider>
    </SpeechPlayer>
  );
}

/**
 * SpeechProvider without the 读给我听 button it gives Alert, Banner and Dialog: for a part that speaks only
 * through controls of its own (useSpeech, SpeakButton), so a bundle of it need not carry that button and
 * the reading order behind it (the script-tag `<yinfa-amount-confirm>` and `<yinfa-speak>`).
 */
export function SpeechPlayer(props: SpeechProviderProps) {
  const { locale } = useYinfa();
  const lang = props.lang ?? locale;
  const [controller, setController] = useState<SpeechController | null>(null);
  const latest = useRef(props);
  latest.current = props;

  // Created in an effect: nothing looks at window during render or on the server.
  const engineKey = props.engine;
  const fallbackKey = props.fallback;
  const webKey = props.webSpeech;
  useEffect(() => {
    const p = latest.current;
    const c = createSpeechController({
      engine: engineKey,
      fallback: fallbackKey,
      webSpeech: webKey,
      rate: p.defaultRate,
      voice: p.defaultVoice,
      lang,
      memory: createVoiceMemory(p.rememberVoice === false ? null : localStorageOrNull()),
    });
    setController(c);
    void c.detect(lang);
    return () => c.dispose();
    // lang changes are applied below without re-creating the controller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engineKey, fallbackKey, webKey]);

  useEffect(() => {
    controller?.setLang(lang);
  }, [controller, lang]);

  useEffect(() => {
    if (!controller || !props.onRateChange) return;
    let rate = controller.getSnapshot().rate;
    return controller.subscribe(() => {
      const next = controller.getSnapshot().rate;
      if (next !== rate) latest.current.onRateChange?.((rate = next));
    });
  }, [controller, props.onRateChange]);

  // Leaving the page or the route silences speech (SPA routers change history without unmounting us).
  useEffect(() => {
    if (!controller || typeof window === 'undefined') return;
    const stop = () => controller.stop();
    window.addEventListener('popstate', stop);
    window.addEventListener('hashchange', stop);
    window.addEventListener('pagehide', stop);
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('navigate', stop);
    return () => {
      window.removeEventListener('popstate', stop);
      window.removeEventListener('hashchange', stop);
      window.removeEventListener('pagehide', stop);
      nav?.removeEventListener?.('navigate', stop);
    };
  }, [controller]);

  const [usesScreenReader, setUsesScreenReader] = useControllableState(props.usesScreenReader, props.defaultUsesScreenReader ?? false, props.onUsesScreenReaderChange);
  const [caption, setCaption] = useControllableState(props.caption, props.defaultCaption ?? false, props.onCaptionChange);
  const [hoverRead, setHoverRead] = useState(props.defaultHoverRead ?? false);
  const shortcutsKey = JSON.stringify(props.shortcuts ?? null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shortcuts = useMemo(() => resolveShortcuts(props.shortcuts), [shortcutsKey]);

  const value = useMemo<SpeechContextValue | null>(
    () =>
      controller && {
        controller,
        hasProvider: true,
        settings: { usesScreenReader, setUsesScreenReader, caption, setCaption, hoverRead, setHoverRead, shortcuts },
      },
    [controller, usesScreenReader, setUsesScreenReader, caption, setCaption, hoverRead, shortcuts],
  );

  return (
    <SpeechContext.Provider value={value ?? PENDING}>{props.children}</SpeechContext.Provider>
  );
}

/** The "读给我听" button Alert, Banner and Dialog show when asked to (`readAloud`). */
const ReadAloudSlot: ReadAloudSlotComponent = ({ target }) => <ReadAloudButton target={target} />;

/** Before the controller exists (first render, server): an idle controller that cannot speak yet. */
const PENDING: SpeechContextValue = {
  controller: INERT_CONTROLLER,
  hasProvider: true,
  settings: fallbackSettings(),
};
