import type { SpeechEngine, ToolbarSettings, ToolbarShortcutConfig, ToolbarStorageLike } from '@yinfa/core';
import { mountToolbar, type ToolbarHandle, type ToolbarOptions } from '@yinfa/dom';
import { useEffect, useRef } from 'react';
import { useYinfa } from '../provider/context';
import { useSpeechContext } from '../speech/context';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';

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

/**
 * 适老化及无障碍工具条: text size to 200%, four colour schemes, large cursor, reading guide, text-only
 * view, read-aloud (指读/连读, speed, 大字幕), reset, per-site memory and shortcuts — for a page that is
 * not built with Yinfa. It changes presentation only, reserves its own space so it never covers the
 * focused element, loads nothing from the network, and undoes everything on reset or unmount.
 * It complements real accessibility work on the page; it does not replace it.
 *
 * The bar itself is @yinfa/dom's framework-free `mountToolbar` — the same code `<yinfa-toolbar>` runs —
 * given the provider's mode, language, scale and announcer, and the SpeechProvider's player when there is one.
 */
export function Toolbar(props: ToolbarProps) {
  const { mode, locale, textScale, announce, prefersReducedMotion } = useYinfa();
  const speech = useSpeechContext();
  const handle = useRef<ToolbarHandle | null>(null);
  const onChange = useRef(props.onSettingsChange);
  onChange.current = props.onSettingsChange;

  const options: ToolbarOptions = {
    content: props.content,
    remember: props.remember,
    storage: props.storage,
    site: props.site,
    shortcuts: props.shortcuts,
    defaultSettings: props.defaultSettings,
    onSettingsChange: (settings) => onChange.current?.(settings),
    speechEngine: props.speechEngine,
    speech: speech.hasProvider ? speech.controller : null,
    usesScreenReader: speech.settings.usesScreenReader,
    container: props.container,
    edge: props.edge,
    textSize: props.textSize,
    className: props.className,
    locale,
    mode,
    textScale,
    reducedMotion: prefersReducedMotion,
    announce: (message) => announce(message),
  };
  const latest = useRef(options);
  latest.current = options;

  // Mounted before paint (the page's text size and colours apply with no flash), once per page and speech player (a new `speechEngine` prop applies from the next mount).
  const player = options.speech;
  useIsoLayoutEffect(() => {
    const h = mountToolbar(document, latest.current);
    handle.current = h;
    return () => {
      h?.destroy();
      handle.current = null;
    };
  }, [player, props.container]);

  // Everything else is passed on as it changes.
  useEffect(() => {
    handle.current?.update(latest.current);
  });
  return null;
}
