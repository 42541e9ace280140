/**
 * The colour science behind createTheme, on colorjs.io: parse a brand colour, walk its lightness in
 * OKLCH with hue (and as much chroma as sRGB allows) kept, and measure APCA beside WCAG 2.
 */
import { ColorSpace, contrastAPCA, HSL, HWB, Lab, LCH, OKLab, OKLCH, P3, parse, serialize, sRGB, to, toGamut, type PlainColorObject } from 'colorjs.io/fn';

let registered = false;
function register() {
  if (registered) return;
  for (const space of [sRGB, HSL, HWB, Lab, LCH, OKLab, OKLCH, P3]) ColorSpace.register(space);
  registered = true;
}

// Only colour syntax: hex, a colour function with numbers, or a bare colour keyword. Anything with ;{}()
// beyond one function call, url(), var() or quotes is refused before parsing, so CSS cannot be smuggled in.
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FUNCTION = /^(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.%\s,/a-z]*\)$/i;
const KEYWORD = /^[a-z]{3,20}$/i;

export interface Brand {
  /** The colour as #rrggbb in sRGB. */
  hex: string;
  l: number;
  c: number;
  h: number;
}

/** Parses a brand colour; returns a plain reason when it is not one. */
export function parseBrand(input: unknown, name: string): Brand | string {
  if (typeof input !== 'string') return `${name} must be a colour string such as "#c7000b", not ${input === null ? 'null' : typeof input}.`;
  const s = input.trim();
  const example = `Use a colour such as "#c7000b" or "rgb(199 0 11)".`;
  if (!(HEX.test(s) || FUNCTION.test(s) || KEYWORD.test(s)) || /^(?:transparent|currentcolor|inherit|initial|unset|revert)$/i.test(s)) {
    return `${name} "${input}" is not a colour. ${example}`;
  }
  register();
  let colour: PlainColorObject;
  try {
    colour = parse(s) as unknown as PlainColorObject;
  } catch {
    return `${name} "${input}" is not a colour. ${example}`;
  }
  if (!colour || (colour.alpha ?? 1) < 1) return `${name} "${input}" must be fully opaque: a see-through brand colour has no fixed contrast.`;
  const inSrgb = toGamut(to(colour, sRGB), { space: sRGB });
  const hex = toHex(inSrgb);
  const [l, c, h] = to(parse(hex), OKLCH).coords;
  return { hex, l: l ?? 0, c: c ?? 0, h: Number.isFinite(h) ? (h as number) : 0 };
}

function toHex(colour: PlainColorObject): string {
  return serialize(to(colour, sRGB), { format: 'hex', collapse: false }).toLowerCase();
}

const ramps = new Map<string, Ramp>();
export type Ramp = Array<{ l: number; hex: string }>;

const inGamut = (rgb: ReadonlyArray<number | null>) => rgb.every((v) => (v ?? 0) >= -1e-6 && (v ?? 0) <= 1 + 1e-6);
const channel = (v: number | null) => Math.round(Math.min(1, Math.max(0, v ?? 0)) * 255).toString(16).padStart(2, '0');

/** OKLCH → #rrggbb keeping lightness and hue: chroma is lowered (binary search) until the colour fits sRGB. */
function oklchToHex(l: number, c: number, h: number): string {
  let rgb = OKLCH.to(sRGB, [l, c, h]);
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 14; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(OKLCH.to(sRGB, [l, mid, h]))) lo = mid;
      else hi = mid;
    }
    rgb = OKLCH.to(sRGB, [l, lo, h]);
  }
  return `#${rgb.map(channel).join('')}`;
}

/**
 * The brand's hue at 101 lightness levels from black to white (plus the brand colour itself), chroma
 * reduced where sRGB cannot show it. Cached per brand colour: every mode walks the same ramp.
 */
export function lightnessRamp(brand: Brand): Ramp {
  const cached = ramps.get(brand.hex);
  if (cached) return cached;
  register();
  const ramp: Ramp = [];
  for (let i = 0; i <= 100; i++) ramp.push({ l: i / 100, hex: oklchToHex(i / 100, brand.c, brand.h) });
  ramp.push({ l: brand.l, hex: brand.hex });
  ramp.sort((a, b) => a.l - b.l);
  if (ramps.size > 64) ramps.clear();
  ramps.set(brand.hex, ramp);
  return ramp;
}

/** OKLCH lightness of a hex colour, 0–1. */
export function lightnessOf(hex: string): number {
  register();
  return to(parse(hex), OKLCH).coords[0] ?? 0;
}

/** APCA Lc (text on background), signed as APCA defines it: negative for light text on dark. */
export function apcaContrast(text: string, background: string): number {
  register();
  return contrastAPCA(parse(background), parse(text));
}
