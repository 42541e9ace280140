import { describe, expect, it } from 'vitest';
import { detectHostPreferences, sanitizeHostMode, sanitizeHostScale } from './index';

const never = () => new Promise<never>(() => {});
/** A 浙里办 bridge: onReady then getUiStyle, answering after `delayMs`. */
function zlb(uiStyle: unknown, delayMs = 0) {
  return {
    onReady: (cb: () => void) => setTimeout(cb, 0),
    getUiStyle: () => new Promise((resolve) => setTimeout(() => resolve({ uiStyle }), delayMs)),
  };
}
const mm = (matching: string[]) => (q: string) => ({ matches: matching.includes(q) });

describe('detectHostPreferences', () => {
  it('an unknown host (nothing present) yields no mode and no sources', async () => {
    expect(await detectHostPreferences({ global: {}, url: 'https://bank.example/' })).toEqual({ sources: [] });
  });

  it('runs in Node without a window (globalThis has no bridges)', async () => {
    const result = await detectHostPreferences({ timeoutMs: 50 });
    expect(result.mode).toBeUndefined();
    expect(Array.isArray(result.sources)).toBe(true);
  });

  it('浙里办: ZWJSBridge.getUiStyle() → elder', async () => {
    expect(await detectHostPreferences({ global: { ZWJSBridge: zlb('elder') } })).toEqual({ mode: 'elder', sources: ['zwjsbridge'] });
  });

  it('浙里办 normal style gives no mode', async () => {
    expect(await detectHostPreferences({ global: { ZWJSBridge: zlb('normal') } })).toEqual({ sources: [] });
  });

  it('a late 浙里办 answer (after the time limit) is ignored and does not block', async () => {
    const started = Date.now();
    const result = await detectHostPreferences({ global: { ZWJSBridge: zlb('elder', 500) }, timeoutMs: 40 });
    expect(result).toEqual({ sources: [] });
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('a bridge that never answers, never calls onReady, or throws is skipped', async () => {
    const result = await detectHostPreferences({
      timeoutMs: 30,
      global: {
        ZWJSBridge: { onReady: () => {}, getUiStyle: () => ({ uiStyle: 'elder' }) },
        WeixinJSBridge: {
          invoke: () => {
            throw new Error('no such api');
          },
        },
      },
      bridge: never,
    });
    expect(result).toEqual({ sources: [] });
  });

  it('a rejecting getUiStyle is skipped', async () => {
    const result = await detectHostPreferences({ global: { ZWJSBridge: { getUiStyle: () => Promise.reject(new Error('not in 浙里办')) } } });
    expect(result).toEqual({ sources: [] });
  });

  it('WeChat: getUserConfig isCareMode true → elder; anything else ignored', async () => {
    const wx = (res: unknown) => ({ WeixinJSBridge: { invoke: (_n: string, _a: unknown, cb: (r: unknown) => void) => setTimeout(() => cb(res), 0) } });
    expect(await detectHostPreferences({ global: wx({ isCareMode: true }) })).toEqual({ mode: 'elder', sources: ['wechat'] });
    expect(await detectHostPreferences({ global: wx({ isCareMode: 'yes' }) })).toEqual({ sources: [] });
    expect(await detectHostPreferences({ global: wx(null) })).toEqual({ sources: [] });
  });

  it('WeChat: waits (time-limited) for WeixinJSBridgeReady when the user agent is WeChat', async () => {
    const listeners: Array<() => void> = [];
    const g: Record<string, unknown> = {
      navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0.50' },
      document: { addEventListener: (_t: string, l: () => void) => listeners.push(l) },
    };
    const pending = detectHostPreferences({ global: g, timeoutMs: 200 });
    setTimeout(() => {
      g.WeixinJSBridge = { invoke: (_n: string, _a: unknown, cb: (r: unknown) => void) => cb({ isCareMode: true }) };
      listeners.forEach((l) => l());
    }, 10);
    expect(await pending).toEqual({ mode: 'elder', sources: ['wechat'] });
  });

  it('URL parameters: yinfa-mode and yinfa-scale', async () => {
    expect(await detectHostPreferences({ global: {}, url: 'https://gov.example/home?yinfa-mode=elder&yinfa-scale=1.5' })).toEqual({
      mode: 'elder',
      textScale: 1.5,
      sources: ['url'],
    });
    expect(await detectHostPreferences({ global: { location: { href: 'https://x.example/?yinfa-mode=high-contrast' } } })).toEqual({
      mode: 'high-contrast',
      sources: ['url'],
    });
  });

  it.each([
    ['?yinfa-mode=<script>', {}],
    ['?yinfa-mode=ELDER', { mode: 'elder', sources: ['url'] }],
    ['?yinfa-scale=1e9', {}],
    ['?yinfa-scale=-2', {}],
    ['?yinfa-scale=NaN', {}],
    ['?yinfa-scale=', {}],
    ['?yinfa-scale=0.5', {}],
    ['?yinfa-scale=2', { textScale: 2, sources: ['url'] }],
  ])('sanitises the URL %s', async (query, expected) => {
    expect(await detectHostPreferences({ global: {}, url: `https://a.example/${query}` })).toEqual({ sources: [], ...expected });
  });

  it('a host-supplied bridge function (bank app): object, string, late, absurd', async () => {
    expect(await detectHostPreferences({ global: {}, bridge: async () => ({ mode: 'elder', textScale: 1.25 }) })).toEqual({
      mode: 'elder',
      textScale: 1.25,
      sources: ['bridge'],
    });
    expect(await detectHostPreferences({ global: {}, bridge: () => 'care' })).toEqual({ mode: 'elder', sources: ['bridge'] });
    expect(await detectHostPreferences({ global: {}, bridge: () => ({ mode: 42, textScale: 'huge' }) })).toEqual({ sources: [] });
    expect(await detectHostPreferences({ global: {}, bridge: () => ({ mode: 'elder', textScale: 50 }) })).toEqual({ mode: 'elder', sources: ['bridge'] });
    const late = () => new Promise((r) => setTimeout(() => r({ mode: 'elder' }), 300));
    expect(await detectHostPreferences({ global: {}, bridge: late, timeoutMs: 20 })).toEqual({ sources: [] });
  });

  it('the default bank bridge is globalThis.yinfaHostPreferences', async () => {
    expect(await detectHostPreferences({ global: { yinfaHostPreferences: () => ({ mode: 'elder' }) } })).toEqual({ mode: 'elder', sources: ['bridge'] });
  });

  it('a throwing bridge function is skipped', async () => {
    const result = await detectHostPreferences({
      global: {},
      bridge: () => {
        throw new Error('bridge missing');
      },
    });
    expect(result).toEqual({ sources: [] });
  });

  it('system settings: forced colours and more contrast → high-contrast; reduced motion is reported', async () => {
    expect(await detectHostPreferences({ global: { matchMedia: mm(['(forced-colors: active)', '(prefers-reduced-motion: reduce)']) } })).toEqual({
      mode: 'high-contrast',
      sources: ['forced-colors', 'prefers-reduced-motion'],
    });
    expect(await detectHostPreferences({ global: { matchMedia: mm(['(prefers-contrast: more)']) } })).toEqual({ mode: 'high-contrast', sources: ['prefers-contrast'] });
    const throwing = () => {
      throw new Error('matchMedia blocked');
    };
    expect(await detectHostPreferences({ global: { matchMedia: throwing } })).toEqual({ sources: [] });
  });

  it('text zoom: a medium font of 24px (150%) means elder; 16px and nonsense do not', async () => {
    expect(await detectHostPreferences({ global: {}, measureDefaultFontPx: () => 24 })).toEqual({ mode: 'elder', sources: ['text-zoom'] });
    expect(await detectHostPreferences({ global: {}, measureDefaultFontPx: () => 16 })).toEqual({ sources: [] });
    expect(await detectHostPreferences({ global: {}, measureDefaultFontPx: () => 18 })).toEqual({ sources: [] });
    for (const px of [Number.NaN, -5, 0, 100000, undefined]) {
      expect(await detectHostPreferences({ global: {}, measureDefaultFontPx: () => px })).toEqual({ sources: [] });
    }
  });

  it('precedence: URL over the host bridge over 浙里办 over contrast; scale from the first that gives one', async () => {
    const result = await detectHostPreferences({
      url: 'https://a.example/?yinfa-mode=standard',
      bridge: () => ({ mode: 'elder', textScale: 1.4 }),
      global: { ZWJSBridge: zlb('elder'), matchMedia: mm(['(prefers-contrast: more)']) },
    });
    expect(result).toEqual({ mode: 'standard', textScale: 1.4, sources: ['url', 'bridge', 'zwjsbridge', 'prefers-contrast'] });
  });

  it('only the sources asked for are consulted', async () => {
    const result = await detectHostPreferences({ sources: ['prefers-contrast'], url: '?yinfa-mode=elder', global: { ZWJSBridge: zlb('elder') } });
    expect(result).toEqual({ sources: [] });
  });
});

describe('sanitising', () => {
  it.each([
    ['elder', 'elder'],
    [' High-Contrast ', 'high-contrast'],
    ['care', 'elder'],
    ['normal', 'standard'],
    ['dark', undefined],
    [null, undefined],
    [3, undefined],
  ])('mode %j → %j', (input, mode) => expect(sanitizeHostMode(input)).toBe(mode));

  it.each([
    [1.5, 1.5],
    ['1.25', 1.25],
    [1.333333, 1.33],
    [2.01, undefined],
    [Infinity, undefined],
    [{}, undefined],
  ])('scale %j → %j', (input, scale) => expect(sanitizeHostScale(input)).toBe(scale));
});
