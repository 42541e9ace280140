/** The token sources themselves meet the numbers: contrast pairs per mode, target and text sizes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contrastRatio } from '@yinfa/core';
import { describe, expect, it } from 'vitest';

type Mode = 'standard' | 'elder' | 'high-contrast';
const load = (mode: Mode) => JSON.parse(readFileSync(fileURLToPath(new URL(`./tokens/modes/${mode}.json`, import.meta.url)), 'utf8'));
const rem = (v: string) => parseFloat(v) * 16;

// The pairs live in tokens/pairs.json, so Storybook's Foundations/Colours page shows exactly the pairs checked here.
type Pair = { fg: string; bg: string };
const pairs = JSON.parse(readFileSync(fileURLToPath(new URL('./tokens/pairs.json', import.meta.url)), 'utf8')) as { text: Pair[]; 'non-text': Pair[] };
const TEXT_PAIRS = pairs.text.map((p): [string, string] => [p.fg, p.bg]);
const NON_TEXT_PAIRS = pairs['non-text'].map((p): [string, string] => [p.fg, p.bg]);

describe.each<[Mode, number, number, number]>([
  ['standard', 4.5, 44, 16],
  ['elder', 7, 60, 20],
  ['high-contrast', 7, 44, 16],
])('%s mode', (mode, textMin, targetMin, bodyMin) => {
  const t = load(mode);
  const color = (name: string) => t.color[name].$value as string;

  it.each(TEXT_PAIRS)(`text %s on %s ≥ ${textMin}:1`, (fg, bg) => {
    expect(contrastRatio(color(fg), color(bg))).toBeGreaterThanOrEqual(textMin);
  });
  it.each(NON_TEXT_PAIRS)('edge %s on %s ≥ 3:1', (fg, bg) => {
    expect(contrastRatio(color(fg), color(bg))).toBeGreaterThanOrEqual(3);
  });
  it(`targets ≥ ${targetMin}px, body text ≥ ${bodyMin}px, line height ≥ 1.5`, () => {
    expect(rem(t.size.target.$value)).toBeGreaterThanOrEqual(targetMin);
    expect(rem(t.font.size.body.$value)).toBeGreaterThanOrEqual(bodyMin);
    expect(rem(t.font.size.small.$value)).toBeGreaterThanOrEqual(bodyMin);
    expect(t.font['line-height'].$value).toBeGreaterThanOrEqual(1.5);
    expect(parseFloat(t.paragraph.spacing.$value)).toBeGreaterThanOrEqual(1.3 * t.font['line-height'].$value - 0.001);
  });
});

it('every mode defines the same token names', () => {
  const names = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (k.startsWith('$') ? [] : v && typeof v === 'object' && '$value' in v ? [prefix + k] : names(v as object, `${prefix}${k}.`)));
  const std = names(load('standard')).sort();
  expect(names(load('elder')).sort()).toEqual(std);
  expect(names(load('high-contrast')).sort()).toEqual(std);
});
