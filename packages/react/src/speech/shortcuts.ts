/** Read-aloud actions that have a keyboard shortcut. */
export type SpeechShortcutAction = 'toggle' | 'pause' | 'next' | 'previous' | 'caption' | 'mode';

/**
 * Defaults: Alt+Shift+letter. Screen readers use Insert/CapsLock (NVDA, JAWS), Ctrl+Option
 * (VoiceOver) and single letters in browse mode, so Alt+Shift chords stay out of their way; browsers
 * do not use them either (Firefox only for a page's own accesskeys). Matched on the physical key
 * (event.code), so they work on any keyboard layout and with Option on a Mac.
 */
export const DEFAULT_SPEECH_SHORTCUTS: Readonly<Record<SpeechShortcutAction, string>> = {
  toggle: 'Alt+Shift+R',
  pause: 'Alt+Shift+P',
  next: 'Alt+Shift+N',
  previous: 'Alt+Shift+B',
  caption: 'Alt+Shift+C',
  mode: 'Alt+Shift+M',
};

export type SpeechShortcuts = Partial<Record<SpeechShortcutAction, string | false>>;

interface Chord {
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
  meta: boolean;
  code: string;
}

/** 'Alt+Shift+R' → a chord matched on event.code ('KeyR'); null when it cannot be parsed. */
export function parseShortcut(text: string): Chord | null {
  const parts = String(text).split('+').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const key = parts.pop();
  if (!key) return null;
  const chord: Chord = { alt: false, shift: false, ctrl: false, meta: false, code: '' };
  for (const p of parts) {
    if (p === 'alt' || p === 'option') chord.alt = true;
    else if (p === 'shift') chord.shift = true;
    else if (p === 'ctrl' || p === 'control') chord.ctrl = true;
    else if (p === 'meta' || p === 'cmd' || p === 'command') chord.meta = true;
    else return null;
  }
  if (/^[a-z]$/.test(key)) chord.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) chord.code = `Digit${key}`;
  else if (key === 'space') chord.code = 'Space';
  else if (key === 'escape' || key === 'esc') chord.code = 'Escape';
  else if (key === '.' || key === 'period') chord.code = 'Period';
  else if (key === ',' || key === 'comma') chord.code = 'Comma';
  else return null;
  // A chord without a modifier would steal typing and screen readers' single-letter navigation.
  if (!chord.alt && !chord.ctrl && !chord.meta && chord.code !== 'Escape') return null;
  return chord;
}

export function resolveShortcuts(custom: SpeechShortcuts | false | undefined): Partial<Record<SpeechShortcutAction, string>> {
  if (custom === false) return {};
  const out: Partial<Record<SpeechShortcutAction, string>> = {};
  for (const action of Object.keys(DEFAULT_SPEECH_SHORTCUTS) as SpeechShortcutAction[]) {
    const value = custom && action in custom ? custom[action] : DEFAULT_SPEECH_SHORTCUTS[action];
    if (value && parseShortcut(value)) out[action] = value;
  }
  return out;
}

/** Which action a keydown triggers, if any. */
export function matchShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>, shortcuts: Partial<Record<SpeechShortcutAction, string>>): SpeechShortcutAction | null {
  for (const [action, text] of Object.entries(shortcuts) as Array<[SpeechShortcutAction, string]>) {
    const c = parseShortcut(text);
    if (c && c.code === event.code && c.alt === event.altKey && c.shift === event.shiftKey && c.ctrl === event.ctrlKey && c.meta === event.metaKey) return action;
  }
  return null;
}
