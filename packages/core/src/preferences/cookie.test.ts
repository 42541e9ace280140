import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_COOKIE_MAX_AGE, YINFA_PREFERENCES_COOKIE, encodePreferencesCookie, readPreferencesCookie, serializePreferencesCookie } from './cookie';

afterEach(() => vi.restoreAllMocks());

describe('serializePreferencesCookie', () => {
  it('writes mode and scale with Path=/, a year and SameSite=Lax', () => {
    expect(serializePreferencesCookie({ mode: 'elder', textScale: 1.25 })).toBe(
      `${YINFA_PREFERENCES_COOKIE}=mode:elder|scale:1.25; Path=/; Max-Age=${PREFERENCES_COOKIE_MAX_AGE}; SameSite=Lax`,
    );
    expect(PREFERENCES_COOKIE_MAX_AGE).toBe(31_536_000);
  });

  it('keeps only valid fields and holds no character a cookie value forbids', () => {
    const value = encodePreferencesCookie({ mode: 'party' as never, textScale: 9, locale: 'en-GB' as never });
    expect(value).toBe('scale:2|locale:en-US');
    expect(value).not.toMatch(/[\s";,\\]/);
    expect(encodePreferencesCookie({ textScale: 1.3333333 })).toBe('scale:1.33');
    expect(encodePreferencesCookie(null)).toBe('');
  });

  it('takes options; SameSite=None implies Secure; bad options fall back with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(serializePreferencesCookie({ mode: 'standard' }, { name: 'gov-prefs', path: '/xian', domain: 'example.gov.cn', maxAge: 0, sameSite: 'None' })).toBe(
      'gov-prefs=mode:standard; Path=/xian; Max-Age=0; SameSite=None; Domain=example.gov.cn; Secure',
    );
    expect(serializePreferencesCookie({ mode: 'elder' }, { name: 'bad name;', path: 'x; Secure', sameSite: 'lax' as never, maxAge: Number.NaN })).toBe(
      `${YINFA_PREFERENCES_COOKIE}=mode:elder; Path=/; Max-Age=${PREFERENCES_COOKIE_MAX_AGE}; SameSite=Lax`,
    );
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('readPreferencesCookie', () => {
  it('reads its own output, from a Cookie header or from the bare value', () => {
    const value = encodePreferencesCookie({ mode: 'high-contrast', textScale: 1.5, locale: 'zh-CN' });
    const expected = { mode: 'high-contrast', textScale: 1.5, locale: 'zh-CN' };
    expect(readPreferencesCookie(value)).toEqual(expected);
    expect(readPreferencesCookie(`session=abc; ${YINFA_PREFERENCES_COOKIE}=${value}; theme=x`)).toEqual(expected);
    expect(readPreferencesCookie(`${YINFA_PREFERENCES_COOKIE}=${encodeURIComponent(value)}`)).toEqual(expected);
    expect(readPreferencesCookie(`other=${value}`, 'other')).toEqual(expected);
  });

  it('returns null for no cookie, other cookies, nonsense and non-strings, without throwing', () => {
    for (const input of [undefined, null, '', '   ', 42, {}, 'session=abc', `${YINFA_PREFERENCES_COOKIE}=`, `${YINFA_PREFERENCES_COOKIE}=%E0%A4%A`, 'garbage', '{"mode":"elder"}', 'mode=elder'])
      expect(readPreferencesCookie(input)).toBeNull();
  });

  it('drops an unknown mode or locale and clamps the scale', () => {
    expect(readPreferencesCookie('mode:party|scale:1.5')).toEqual({ textScale: 1.5 });
    expect(readPreferencesCookie('mode:elder|scale:5|locale:fr-FR')).toEqual({ mode: 'elder', textScale: 2 });
    expect(readPreferencesCookie('scale:0.2')).toEqual({ textScale: 1 });
    expect(readPreferencesCookie('scale:|mode: elder ')).toEqual({ mode: 'elder' });
    expect(readPreferencesCookie('scale:abc')).toBeNull();
    expect(readPreferencesCookie('"mode:elder"')).toEqual({ mode: 'elder' });
  });
});
