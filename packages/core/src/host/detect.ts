/**
 * What the environment says about how a person wants the page: the host app's own elder/care mode
 * (浙里办's ZWJSBridge, WeChat's JS bridge, a bank app's bridge function), a URL parameter, the user
 * agent's text zoom (the measured size of `font-size: medium`), and the system's contrast, forced-colours
 * and motion settings. Every source is optional, time-limited and sanitised: a bridge that never answers,
 * throws or answers nonsense is skipped, and an unknown host yields `{ sources: [] }`.
 *
 * Nothing here runs at import; `detectHostPreferences()` reads `globalThis` only when called (SSR-safe).
 */

export type HostMode = 'standard' | 'elder' | 'high-contrast';

export interface HostPreferences {
  mode?: HostMode;
  /** Yinfa's own text scale (1–2) to apply on top of the page. Never set from the browser's text zoom, which rem sizes already follow. */
  textScale?: number;
  /** What contributed, in order of precedence: see HOST_SOURCES. */
  sources: string[];
}

/** Every source, in order of precedence for the mode (earlier wins). */
export const HOST_SOURCES = ['url', 'bridge', 'zwjsbridge', 'wechat', 'forced-colors', 'prefers-contrast', 'text-zoom', 'prefers-reduced-motion'] as const;
export type HostSource = (typeof HOST_SOURCES)[number];

/** A bank app's own bridge: returns (or resolves to) `{ mode?, textScale? }`, or just a mode string. */
export type HostBridge = () => unknown;

export interface DetectHostOptions {
  /** A host-supplied bridge function. Default: `globalThis.yinfaHostPreferences` when the host app injected one. */
  bridge?: HostBridge;
  /** How long any one bridge may take before it is ignored. Default 800 ms. */
  timeoutMs?: number;
  /** Which sources to consult. Default: all of HOST_SOURCES. */
  sources?: readonly HostSource[];
  /** The page address to read `yinfa-mode` / `yinfa-scale` from. Default: `location.href`. */
  url?: string;
  /** Where the bridges live (`ZWJSBridge`, `WeixinJSBridge`, `matchMedia`, `document`). Default: `globalThis`. For tests. */
  global?: unknown;
  /** Px size of the user agent's default text (`font-size: medium`). Default: measured in the document. For tests. */
  measureDefaultFontPx?: () => number | undefined;
}

const MODES: readonly HostMode[] = ['standard', 'elder', 'high-contrast'];
/** The CSS default text size every browser starts from; a text zoom changes what `medium` (and so 1rem) measures. */
const BASE_FONT_PX = 16;
/** Text zoom at or above this ratio (20.8px for 16px) counts as asking for elder mode; WeChat's care mode is 23.8/17 ≈ 1.4. */
export const TEXT_ZOOM_ELDER_RATIO = 1.3;
const SCALE_MIN = 1;
const SCALE_MAX = 2;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const isFn = (v: unknown): v is (...args: unknown[]) => unknown => typeof v === 'function';

/** A mode name from untrusted input ("elder", " Elder ", 'care', 'normal'); undefined for anything else. */
export function sanitizeHostMode(value: unknown): HostMode | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((MODES as readonly string[]).includes(v)) return v as HostMode;
  if (v === 'care' || v === 'elderly' || v === 'old') return 'elder';
  if (v === 'normal' || v === 'default') return 'standard';
  return undefined;
}

/** A text scale from untrusted input: a finite number (or numeric string) between 1 and 2; anything else is ignored. */
export function sanitizeHostScale(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < SCALE_MIN || n > SCALE_MAX) return undefined;
  return Math.round(n * 100) / 100;
}

/** Resolves with the promise's value, or undefined after `ms` or on any error (never rejects). */
function settle<T>(work: () => T | Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    const done = (v: T | undefined) => {
      clearTimeout(timer);
      resolve(v);
    };
    try {
      Promise.resolve(work()).then(done, () => done(undefined));
    } catch {
      done(undefined);
    }
  });
}

interface Found {
  source: HostSource;
  mode?: HostMode;
  textScale?: number;
}

function fromUrl(url: string | undefined): Found | undefined {
  if (!url) return undefined;
  let params: URLSearchParams;
  try {
    params = new URL(url, 'http://localhost').searchParams;
  } catch {
    return undefined;
  }
  const mode = sanitizeHostMode(params.get('yinfa-mode'));
  const textScale = sanitizeHostScale(params.get('yinfa-scale'));
  return mode || textScale ? { source: 'url', mode, textScale } : undefined;
}

function fromAnswer(source: HostSource, answer: unknown): Found | undefined {
  if (typeof answer === 'string') {
    const mode = sanitizeHostMode(answer);
    return mode ? { source, mode } : undefined;
  }
  if (!isObj(answer)) return undefined;
  const mode = sanitizeHostMode(answer.mode);
  const textScale = sanitizeHostScale(answer.textScale);
  return mode || textScale ? { source, mode, textScale } : undefined;
}

/**
 * 浙里办 (Zhejiang government app and its 支付宝/微信 mini programs): the page includes
 * `zwjsbridge.js`; after `ZWJSBridge.onReady(cb)`, `ZWJSBridge.getUiStyle()` resolves `{ uiStyle: 'elder' | 'normal' }`.
 */
async function fromZwjsBridge(g: Obj): Promise<Found | undefined> {
  const bridge = g.ZWJSBridge;
  if (!isObj(bridge) || !isFn(bridge.getUiStyle)) return undefined;
  if (isFn(bridge.onReady)) await new Promise<void>((resolve) => (bridge.onReady as (cb: () => void) => void)(() => resolve()));
  const result = await (bridge.getUiStyle as () => unknown)();
  if (!isObj(result) || typeof result.uiStyle !== 'string') return undefined;
  return result.uiStyle.trim().toLowerCase() === 'elder' ? { source: 'zwjsbridge', mode: 'elder' } : undefined;
}

/**
 * WeChat's in-app browser: `WeixinJSBridge` (present, or announced by the `WeixinJSBridgeReady` document
 * event) answering `invoke('getUserConfig', {}, cb)` with `isCareMode: true` when 关怀模式 is on. WeChat
 * documents no care-mode query for web pages (only `wx.getAppBaseInfo` in mini programs), so this is a
 * best-effort probe: anything but a literal `true` is ignored, and the text-zoom source still applies.
 */
async function fromWeChat(g: Obj): Promise<Found | undefined> {
  let bridge = g.WeixinJSBridge;
  const doc = g.document;
  if (!isObj(bridge) && isObj(doc) && isFn(doc.addEventListener) && typeof g.navigator === 'object' && /MicroMessenger/i.test(String((g.navigator as Obj)?.userAgent ?? ''))) {
    await new Promise<void>((resolve) => (doc.addEventListener as (t: string, l: () => void, o?: unknown) => void)('WeixinJSBridgeReady', () => resolve(), { once: true }));
    bridge = g.WeixinJSBridge;
  }
  if (!isObj(bridge) || !isFn(bridge.invoke)) return undefined;
  const res = await new Promise<unknown>((resolve) => (bridge as { invoke: (n: string, a: unknown, cb: (r: unknown) => void) => void }).invoke('getUserConfig', {}, resolve));
  return isObj(res) && res.isCareMode === true ? { source: 'wechat', mode: 'elder' } : undefined;
}

function matches(g: Obj, query: string): boolean {
  try {
    return isFn(g.matchMedia) && (g.matchMedia as (q: string) => { matches?: unknown })(query)?.matches === true;
  } catch {
    return false;
  }
}

/** The px size of `font-size: medium` in this document: 16 unless the user (or a webview's text zoom) changed it. */
function measureMediumPx(g: Obj): number | undefined {
  const doc = g.document as Document | undefined;
  if (!doc?.body || !isFn(g.getComputedStyle)) return undefined;
  const probe = doc.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;line-height:1;';
  probe.textContent = 'M';
  doc.body.appendChild(probe);
  try {
    return parseFloat((g.getComputedStyle as (el: Element) => CSSStyleDeclaration)(probe).fontSize);
  } finally {
    probe.remove();
  }
}

function fromTextZoom(px: number | undefined): Found | undefined {
  if (typeof px !== 'number' || !Number.isFinite(px) || px <= 0 || px > BASE_FONT_PX * 8) return undefined;
  return px / BASE_FONT_PX >= TEXT_ZOOM_ELDER_RATIO ? { source: 'text-zoom', mode: 'elder' } : undefined;
}

/**
 * Asks every source at once and combines the answers: the first source in HOST_SOURCES order that
 * names a mode decides it, likewise for the text scale. Resolves within about `timeoutMs` whatever the
 * bridges do; never rejects.
 */
export async function detectHostPreferences(options: DetectHostOptions = {}): Promise<HostPreferences> {
  const g: Obj = isObj(options.global) ? options.global : (globalThis as unknown as Obj);
  const timeoutMs = typeof options.timeoutMs === 'number' && options.timeoutMs >= 0 ? Math.min(options.timeoutMs, 10_000) : 800;
  const wanted = new Set<HostSource>(options.sources ?? HOST_SOURCES);
  const url = options.url ?? (isObj(g.location) && typeof g.location.href === 'string' ? g.location.href : undefined);
  const bridge = options.bridge ?? (isFn(g.yinfaHostPreferences) ? (g.yinfaHostPreferences as HostBridge) : undefined);

  const jobs: Array<Promise<Found | undefined>> = [];
  const add = (source: HostSource, work: () => Found | undefined | Promise<Found | undefined>, ms = timeoutMs) => {
    if (wanted.has(source)) jobs.push(settle(work, ms));
  };
  add('url', () => fromUrl(url));
  if (bridge) add('bridge', async () => fromAnswer('bridge', await bridge()));
  add('zwjsbridge', () => fromZwjsBridge(g));
  add('wechat', () => fromWeChat(g));
  add('forced-colors', () => (matches(g, '(forced-colors: active)') ? { source: 'forced-colors', mode: 'high-contrast' } : undefined));
  add('prefers-contrast', () => (matches(g, '(prefers-contrast: more)') ? { source: 'prefers-contrast', mode: 'high-contrast' } : undefined));
  add('text-zoom', () => fromTextZoom(options.measureDefaultFontPx ? options.measureDefaultFontPx() : measureMediumPx(g)));
  add('prefers-reduced-motion', () => (matches(g, '(prefers-reduced-motion: reduce)') ? { source: 'prefers-reduced-motion' } : undefined));

  const found = (await Promise.all(jobs)).filter((f): f is Found => f !== undefined);
  found.sort((a, b) => HOST_SOURCES.indexOf(a.source) - HOST_SOURCES.indexOf(b.source));
  const out: HostPreferences = { sources: found.map((f) => f.source) };
  const mode = found.find((f) => f.mode)?.mode;
  const textScale = found.find((f) => f.textScale !== undefined)?.textScale;
  if (mode) out.mode = mode;
  if (textScale !== undefined) out.textScale = textScale;
  return out;
}
