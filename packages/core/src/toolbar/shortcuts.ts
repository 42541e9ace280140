/**
 * The toolbar's keyboard shortcuts and the rules that keep them clear of screen readers, browsers and
 * input methods. Matched on the physical key (KeyboardEvent.code), so they work on any layout.
 */
export const TOOLBAR_ACTIONS = [
  'focusToolbar',
  'textLarger',
  'textSmaller',
  'scheme',
  'cursor',
  'guide',
  'textOnly',
  'reset',
  'read',
  'pause',
  'caption',
  'readMode',
] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

/**
 * Alt+Shift+key throughout. The reading ones match the speech package's defaults (docs/speech.md),
 * so a page with both answers the same keys.
 */
export const DEFAULT_TOOLBAR_SHORTCUTS: Readonly<Record<ToolbarAction, string>> = Object.freeze({
  focusToolbar: 'Alt+Shift+Y',
  textLarger: 'Alt+Shift+.',
  textSmaller: 'Alt+Shift+,',
  scheme: 'Alt+Shift+K',
  cursor: 'Alt+Shift+U',
  guide: 'Alt+Shift+G',
  textOnly: 'Alt+Shift+X',
  reset: 'Alt+Shift+0',
  read: 'Alt+Shift+R',
  pause: 'Alt+Shift+P',
  caption: 'Alt+Shift+C',
  readMode: 'Alt+Shift+M',
});

export type ToolbarShortcutConfig = Partial<Record<ToolbarAction, string | false>>;

export interface KeyChord {
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
  meta: boolean;
  /** KeyboardEvent.code: 'KeyA', 'Digit0', 'Period', 'Comma'. */
  code: string;
}

export type ShortcutProblem =
  | 'unparseable'
  | 'needs-alt-shift'
  | 'ctrl-alt'
  | 'meta'
  | 'reserved'
  | 'duplicate';

export interface ShortcutIssue {
  action: ToolbarAction;
  shortcut: string;
  problem: ShortcutProblem;
}

const KEY_CODES: Record<string, string> = { '.': 'Period', period: 'Period', ',': 'Comma', comma: 'Comma', '/': 'Slash', slash: 'Slash', '`': 'Backquote', backquote: 'Backquote' };

/** 'Alt+Shift+K' → { alt, shift, code: 'KeyK' }; null for anything it does not understand. */
export function parseChord(text: unknown): KeyChord | null {
  if (typeof text !== 'string') return null;
  // '+' can be the key itself only as "Plus"; split keeps "Alt+Shift+." intact.
  const parts = text.split('+').map((p) => p.trim().toLowerCase());
  if (parts.some((p) => p === '')) return null;
  const key = parts.pop()!;
  const chord: KeyChord = { alt: false, shift: false, ctrl: false, meta: false, code: '' };
  for (const p of parts) {
    if (p === 'alt' || p === 'option') chord.alt = true;
    else if (p === 'shift') chord.shift = true;
    else if (p === 'ctrl' || p === 'control') chord.ctrl = true;
    else if (p === 'meta' || p === 'cmd' || p === 'command' || p === 'win') chord.meta = true;
    else return null;
  }
  if (/^[a-z]$/.test(key)) chord.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) chord.code = `Digit${key}`;
  else if (KEY_CODES[key]) chord.code = KEY_CODES[key]!;
  else return null;
  return chord;
}

export function chordId(c: KeyChord): string {
  return `${c.ctrl ? 'C' : ''}${c.alt ? 'A' : ''}${c.shift ? 'S' : ''}${c.meta ? 'M' : ''}:${c.code}`;
}

/**
 * Alt+Shift chords that are already taken: Chrome and Edge on Windows/ChromeOS use Alt+Shift+A
 * (inactive dialogs), Alt+Shift+B (bookmarks bar), Alt+Shift+T (browser toolbar) and Alt+Shift+I
 * (feedback); ChromeOS uses Alt+Shift+S (status area) and Alt+Shift+L (launcher). Alt+Shift+` and
 * digits other than 0 type characters on some keyboard layouts.
 * (Alt+Shift+B and M are also in the speech package's defaults; those are the speech package's to change.)
 */
const RESERVED = new Set(['AS:KeyA', 'AS:KeyB', 'AS:KeyT', 'AS:KeyI', 'AS:KeyS', 'AS:KeyL', 'AS:Backquote', ...'123456789'.split('').map((d) => `AS:Digit${d}`)]);

/**
 * Why a chord is refused, or null when it is fine. Rules:
 * - Alt+Shift is required: plain Alt+letter opens browser menus (Alt+F, Alt+E, Alt+D…); Ctrl+letter
 *   is the browser's (Ctrl+T, Ctrl+W…); single letters are screen readers' browse-mode keys.
 * - No Ctrl+Alt: it is AltGr on European keyboards, VoiceOver's Ctrl+Option, NVDA's table keys.
 * - No Meta/Win/Cmd: the operating system's and the Mac browser's.
 */
export function shortcutProblem(text: unknown): Exclude<ShortcutProblem, 'duplicate'> | null {
  const c = parseChord(text);
  if (!c) return 'unparseable';
  if (c.meta) return 'meta';
  if (c.ctrl && c.alt) return 'ctrl-alt';
  if (!c.alt || !c.shift || c.ctrl) return 'needs-alt-shift';
  if (RESERVED.has(chordId(c))) return 'reserved';
  return null;
}

/**
 * Merges a host's config over the defaults (false turns one off, false for all turns all off),
 * refuses bad chords (the default stays for that action unless it clashes too) and duplicates (the
 * first action in TOOLBAR_ACTIONS order keeps the chord). Returns what is in force and what was refused.
 */
export function resolveToolbarShortcuts(config: ToolbarShortcutConfig | false | null | undefined): {
  shortcuts: Partial<Record<ToolbarAction, string>>;
  issues: ShortcutIssue[];
} {
  const shortcuts: Partial<Record<ToolbarAction, string>> = {};
  const issues: ShortcutIssue[] = [];
  if (config === false) return { shortcuts, issues };
  const taken = new Map<string, ToolbarAction>();
  for (const action of TOOLBAR_ACTIONS) {
    const custom = config && typeof config === 'object' && action in config ? config[action] : undefined;
    if (custom === false) continue;
    let chosen = DEFAULT_TOOLBAR_SHORTCUTS[action];
    if (custom !== undefined) {
      const problem = shortcutProblem(custom);
      if (problem) issues.push({ action, shortcut: String(custom), problem });
      else chosen = custom;
    }
    const id = chordId(parseChord(chosen)!);
    if (taken.has(id)) {
      issues.push({ action, shortcut: chosen, problem: 'duplicate' });
      continue;
    }
    taken.set(id, action);
    shortcuts[action] = chosen;
  }
  return { shortcuts, issues };
}

/** Which action a keydown asks for, if any. */
export function matchToolbarShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
  shortcuts: Partial<Record<ToolbarAction, string>>,
): ToolbarAction | null {
  for (const action of TOOLBAR_ACTIONS) {
    const c = parseChord(shortcuts[action]);
    if (c && c.code === event.code && c.alt === event.altKey && c.shift === event.shiftKey && c.ctrl === event.ctrlKey && c.meta === event.metaKey) return action;
  }
  return null;
}

/** The keys as people read them: 'Alt+Shift+.' → 'Alt+Shift+.'; on a Mac, Alt is called Option. */
export function describeShortcut(text: string, isMac = false): string {
  return isMac ? text.replace(/\bAlt\b/g, 'Option') : text;
}
