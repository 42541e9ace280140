import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast';
import {
  COLOR_SCHEMES,
  COLOR_SCHEME_IDS,
  DEFAULT_TOOLBAR_SETTINGS,
  DEFAULT_TOOLBAR_SHORTCUTS,
  TEXT_STEPS,
  TOOLBAR_ACTIONS,
  createMemoryStorage,
  createToolbarStore,
  cycle,
  describeShortcut,
  isPagePresentation,
  matchToolbarShortcut,
  parseChord,
  resolveToolbarShortcuts,
  sanitizeToolbarSettings,
  schemeStylesheet,
  schemeTokens,
  shortcutProblem,
  textScaleFor,
  toolbarStorageKey,
} from './index';

describe('text size steps', () => {
  it('go from 100% to 200% and clamp anything else', () => {
    expect(TEXT_STEPS[0]).toBe(1);
    expect(TEXT_STEPS[TEXT_STEPS.length - 1]).toBe(2);
    expect([...TEXT_STEPS]).toEqual([...TEXT_STEPS].sort((a, b) => a - b));
    expect(textScaleFor(99)).toBe(2);
    expect(textScaleFor(-3)).toBe(1);
    expect(textScaleFor(Number.NaN)).toBe(1);
    expect(textScaleFor(2.4)).toBe(1.5);
  });
});

describe('colour schemes', () => {
  it('has the four schemes government-site users know, plus the page colours', () => {
    expect(COLOR_SCHEME_IDS).toEqual(['page', 'white-black', 'black-yellow', 'blue-yellow', 'yellow-black']);
  });

  for (const scheme of Object.values(COLOR_SCHEMES)) {
    it(`${scheme.id}: text and links ≥ 7:1, focus ring ≥ 3:1 against the background`, () => {
      expect(contrastRatio(scheme.text, scheme.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(scheme.link, scheme.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(scheme.focus, scheme.background)).toBeGreaterThanOrEqual(3);
    });

    it(`${scheme.id}: every Yinfa text/background token pair ≥ 7:1`, () => {
      const t = schemeTokens(scheme);
      const pairs: Array<[string, string]> = [
        ['text', 'background'],
        ['text', 'surface'],
        ['text-muted', 'surface'],
        ['link', 'background'],
        ['on-primary', 'primary'],
        ['on-secondary', 'secondary'],
        ['on-danger', 'danger'],
        ['disabled-text', 'disabled-surface'],
        ['info-text', 'info-surface'],
        ['success-text', 'success-surface'],
        ['warning-text', 'warning-surface'],
        ['danger-text', 'danger-surface'],
        ['error', 'background'],
      ];
      for (const [fg, bg] of pairs) {
        expect(contrastRatio(t[`--yf-color-${fg}`]!, t[`--yf-color-${bg}`]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
      }
      expect(contrastRatio(t['--yf-color-focus']!, t['--yf-color-background']!)).toBeGreaterThanOrEqual(3);
    });
  }

  it('colours text only: never filters or inverts images, never touches Yinfa regions directly', () => {
    const css = schemeStylesheet();
    expect(css).not.toMatch(/invert\(|hue-rotate|grayscale/);
    expect(css).toContain('filter:none');
    expect(css).toContain(':not(:where(.yf-root');
    for (const id of COLOR_SCHEME_IDS.filter((s) => s !== 'page')) expect(css).toContain(`html[data-yinfa-scheme="${id}"]`);
    expect(css).toContain('@layer yinfa');
  });

  it('one layered sheet: beats framework !important (Layui :hover/:focus) by layer, rules written once, small', () => {
    const css = schemeStylesheet();
    // Everything inside @layer yinfa: a layered !important wins over any unlayered one (WCAG 1.4.6 / 1.4.11 on Layui, Bootstrap 3).
    expect(css.startsWith('@layer yinfa{')).toBe(true);
    expect(css.trimEnd().endsWith('}')).toBe(true);
    for (const s of Object.values(COLOR_SCHEMES)) expect(css).toContain(`--yfs-b:${s.background};--yfs-t:${s.text};--yfs-l:${s.link};--yfs-f:${s.focus}`);
    for (const part of ['::placeholder', '::selection', '::before', '-webkit-text-fill-color:currentcolor!important', ':disabled']) expect(css).toContain(part);
    // It ships in the toolbar's size-budgeted script.
    expect(css.length).toBeLessThan(6500);
  });
});

describe('settings', () => {
  it('reset equals the page presentation', () => {
    expect(isPagePresentation(DEFAULT_TOOLBAR_SETTINGS)).toBe(true);
    expect(isPagePresentation({ ...DEFAULT_TOOLBAR_SETTINGS, collapsed: true, rate: 1.2 })).toBe(true);
    expect(isPagePresentation({ ...DEFAULT_TOOLBAR_SETTINGS, scheme: 'black-yellow' })).toBe(false);
  });

  it('keeps valid fields and drops tampered ones', () => {
    expect(sanitizeToolbarSettings({ textStep: 3, scheme: 'blue-yellow', largeCursor: true, guide: 'crosshair', rate: 9 })).toEqual({
      ...DEFAULT_TOOLBAR_SETTINGS,
      textStep: 3,
      scheme: 'blue-yellow',
      largeCursor: true,
      guide: 'crosshair',
      rate: 1.5,
    });
    expect(sanitizeToolbarSettings({ scheme: 'rainbow', guide: 1, largeCursor: 'yes', textStep: '4' })).toEqual({ ...DEFAULT_TOOLBAR_SETTINGS });
    expect(sanitizeToolbarSettings(null)).toEqual({ ...DEFAULT_TOOLBAR_SETTINGS });
  });

  it('sound and volume: remembered as given, volume kept in 0.25–1, anything else is the default (on, full)', () => {
    expect(sanitizeToolbarSettings({ sound: false, volume: 0.5 })).toMatchObject({ sound: false, volume: 0.5 });
    expect(sanitizeToolbarSettings({ volume: 0 })).toMatchObject({ volume: 0.25 });
    expect(sanitizeToolbarSettings({ volume: 7 })).toMatchObject({ volume: 1 });
    expect(sanitizeToolbarSettings({ sound: 'off', volume: '0.5' })).toMatchObject({ sound: true, volume: 1 });
    expect(sanitizeToolbarSettings({ volume: Number.NaN })).toMatchObject({ volume: 1 });
    expect(sanitizeToolbarSettings({ captionStyle: 'traditional-pinyin' })).toMatchObject({ captionStyle: 'traditional-pinyin' });
    expect(sanitizeToolbarSettings({ captionStyle: 'wingdings' })).toMatchObject({ captionStyle: 'plain' });
  });

  it('never throws and always returns a valid object (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = sanitizeToolbarSettings(raw);
        expect(COLOR_SCHEME_IDS).toContain(s.scheme);
        expect(s.textStep).toBeGreaterThanOrEqual(0);
        expect(s.textStep).toBeLessThan(TEXT_STEPS.length);
        expect(Number.isInteger(s.textStep)).toBe(true);
        expect(s.rate).toBeGreaterThanOrEqual(0.7);
        expect(s.rate).toBeLessThanOrEqual(1.5);
        expect(s.volume).toBeGreaterThanOrEqual(0.25);
        expect(s.volume).toBeLessThanOrEqual(1);
        expect(typeof s.sound).toBe('boolean');
      }),
    );
  });

  it('cycles through a list', () => {
    expect(cycle(COLOR_SCHEME_IDS, 'yellow-black')).toBe('page');
    expect(cycle(COLOR_SCHEME_IDS, 'page')).toBe('white-black');
  });
});

describe('per-site memory', () => {
  it('remembers per site and reads back sanitised settings', () => {
    const storage = createMemoryStorage();
    const a = createToolbarStore(storage, 'www.gov.cn');
    const b = createToolbarStore(storage, 'county.example.gov.cn/xian');
    expect(a.load()).toBeNull();
    expect(a.save({ ...DEFAULT_TOOLBAR_SETTINGS, scheme: 'black-yellow', textStep: 4 })).toBe(true);
    expect(a.load()).toMatchObject({ scheme: 'black-yellow', textStep: 4 });
    expect(b.load()).toBeNull();
    a.clear();
    expect(a.load()).toBeNull();
    expect(toolbarStorageKey('  ')).toBe('yinfa:toolbar:default');
  });

  it('survives blocked, full or tampered storage, and null storage remembers nothing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const s = createToolbarStore(throwing, 'x');
    expect(s.load()).toBeNull();
    expect(s.save(DEFAULT_TOOLBAR_SETTINGS)).toBe(false);
    expect(() => s.clear()).not.toThrow();
    const none = createToolbarStore(null, 'x');
    expect(none.save(DEFAULT_TOOLBAR_SETTINGS)).toBe(false);
    expect(none.load()).toBeNull();
    const mem = createMemoryStorage();
    mem.setItem(toolbarStorageKey('x'), '{not json');
    expect(createToolbarStore(mem, 'x').load()).toBeNull();
    mem.setItem(toolbarStorageKey('x'), '"a string"');
    expect(createToolbarStore(mem, 'x').load()).toBeNull();
    mem.setItem(toolbarStorageKey('x'), '{"scheme":"evil","textStep":1e9}');
    expect(createToolbarStore(mem, 'x').load()).toMatchObject({ scheme: 'page', textStep: 4 });
  });
});

describe('shortcuts', () => {
  it('defaults are all Alt+Shift, unique, and pass their own rules', () => {
    const { shortcuts, issues } = resolveToolbarShortcuts(undefined);
    expect(issues).toEqual([]);
    expect(Object.keys(shortcuts)).toEqual([...TOOLBAR_ACTIONS]);
    for (const s of Object.values(DEFAULT_TOOLBAR_SHORTCUTS)) {
      expect(s.startsWith('Alt+Shift+')).toBe(true);
      expect(shortcutProblem(s)).toBeNull();
    }
  });

  it('refuses chords that clash with screen readers, browsers, the OS or typing', () => {
    expect(shortcutProblem('K')).toBe('needs-alt-shift');
    expect(shortcutProblem('Alt+F')).toBe('needs-alt-shift'); // browser menus
    expect(shortcutProblem('Ctrl+T')).toBe('needs-alt-shift'); // new tab
    expect(shortcutProblem('Ctrl+Shift+K')).toBe('needs-alt-shift');
    expect(shortcutProblem('Ctrl+Alt+K')).toBe('ctrl-alt'); // AltGr, VoiceOver, NVDA tables
    expect(shortcutProblem('Meta+Shift+K')).toBe('meta');
    expect(shortcutProblem('Alt+Shift+T')).toBe('reserved'); // Chrome: focus the browser toolbar
    expect(shortcutProblem('Alt+Shift+A')).toBe('reserved');
    expect(shortcutProblem('Alt+Shift+1')).toBe('reserved');
    expect(shortcutProblem('Alt+Shift+F12')).toBe('unparseable');
    expect(shortcutProblem('Alt++K')).toBe('unparseable');
    expect(shortcutProblem(42)).toBe('unparseable');
    expect(shortcutProblem('Option+Shift+J')).toBeNull();
  });

  it('merges host config: turn off, change, refuse clashes and duplicates', () => {
    const { shortcuts, issues } = resolveToolbarShortcuts({ guide: false, scheme: 'Alt+Shift+J', cursor: 'Ctrl+Alt+U', reset: 'Alt+Shift+J' });
    expect(shortcuts.guide).toBeUndefined();
    expect(shortcuts.scheme).toBe('Alt+Shift+J');
    expect(shortcuts.cursor).toBe(DEFAULT_TOOLBAR_SHORTCUTS.cursor);
    expect(shortcuts.reset).toBeUndefined();
    expect(issues).toEqual([
      { action: 'cursor', shortcut: 'Ctrl+Alt+U', problem: 'ctrl-alt' },
      { action: 'reset', shortcut: 'Alt+Shift+J', problem: 'duplicate' },
    ]);
    expect(resolveToolbarShortcuts(false).shortcuts).toEqual({});
  });

  it('matches on the physical key, with the exact modifiers', () => {
    const { shortcuts } = resolveToolbarShortcuts(undefined);
    const ev = (code: string, mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code, ...mods });
    expect(matchToolbarShortcut(ev('Period'), shortcuts)).toBe('textLarger');
    expect(matchToolbarShortcut(ev('Comma'), shortcuts)).toBe('textSmaller');
    expect(matchToolbarShortcut(ev('Digit0'), shortcuts)).toBe('reset');
    expect(matchToolbarShortcut(ev('KeyK', { ctrlKey: true }), shortcuts)).toBeNull();
    expect(matchToolbarShortcut(ev('KeyK', { shiftKey: false }), shortcuts)).toBeNull();
    expect(parseChord('Alt+Shift+.')).toEqual({ alt: true, shift: true, ctrl: false, meta: false, code: 'Period' });
    expect(describeShortcut('Alt+Shift+K', true)).toBe('Option+Shift+K');
  });
});
