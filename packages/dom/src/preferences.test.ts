import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serializePreferencesCookie, YINFA_PREFERENCES_COOKIE } from '@yinfa/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySavedPreferences } from './preferences';

const html = document.documentElement;
const reset = () => {
  localStorage.clear();
  sessionStorage.clear();
  document.cookie = `${YINFA_PREFERENCES_COOKIE}=; Path=/; Max-Age=0`;
  html.removeAttribute('data-yinfa-mode');
  html.style.removeProperty('--yf-scale');
};
beforeEach(reset);
afterEach(reset);

describe('applySavedPreferences', () => {
  it('puts the stored mode and scale on <html>, as the provider marks its own element', () => {
    localStorage.setItem('yinfa:preferences', '{"mode":"elder","textScale":1.5,"locale":"en-US"}');
    expect(applySavedPreferences()).toEqual({ mode: 'elder', textScale: 1.5 });
    expect(html).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(html.style.getPropertyValue('--yf-scale')).toBe('1.5');
    expect(html).not.toHaveAttribute('lang', 'en-US');
  });

  it('takes from the cookie what storage lacks, and storage first', () => {
    document.cookie = serializePreferencesCookie({ mode: 'high-contrast', textScale: 1.25 });
    localStorage.setItem('yinfa:preferences', '{"mode":"elder"}');
    expect(applySavedPreferences()).toEqual({ mode: 'elder', textScale: 1.25 });
    expect(html).toHaveAttribute('data-yinfa-mode', 'elder');
  });

  it('honours another key, session storage and cookie name', () => {
    sessionStorage.setItem('site:prefs', '{"textScale":2}');
    document.cookie = 'site-prefs=mode:high-contrast; Path=/';
    expect(applySavedPreferences({ key: 'site:prefs', storage: 'session', cookie: 'site-prefs' })).toEqual({ mode: 'high-contrast', textScale: 2 });
    document.cookie = 'site-prefs=; Path=/; Max-Age=0';
  });

  it('leaves the page alone when nothing (or nothing valid) is saved, and never throws', () => {
    html.setAttribute('data-yinfa-mode', 'standard');
    localStorage.setItem('yinfa:preferences', 'not json');
    document.cookie = `${YINFA_PREFERENCES_COOKIE}=mode:neon; Path=/`;
    expect(applySavedPreferences()).toBeNull();
    expect(html).toHaveAttribute('data-yinfa-mode', 'standard');
    expect(html.style.getPropertyValue('--yf-scale')).toBe('');
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
      document: {
        documentElement: html,
        get cookie(): string {
          throw new DOMException('blocked', 'SecurityError');
        },
      } as unknown as Document,
    };
    expect(applySavedPreferences({ scope: blocked })).toBeNull();
    expect(applySavedPreferences({ scope: {} })).toBeNull();
  });
});

describe('dist/yinfa-preferences.js (needs a build)', () => {
  it('is one small classic script with no import that applies the saved choice and reads its data attributes', () => {
    const code = readFileSync(path.join(__dirname, '../dist/yinfa-preferences.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect(code.length).toBeLessThan(4096);
    localStorage.setItem('custom', '{"mode":"elder","textScale":1.75}');
    const script = document.createElement('script');
    script.dataset.key = 'custom';
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    try {
      new Function(code)();
    } finally {
      Reflect.deleteProperty(document, 'currentScript');
    }
    expect(html).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(html.style.getPropertyValue('--yf-scale')).toBe('1.75');
  });
});
