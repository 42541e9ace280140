import { describe, expect, it } from 'vitest';
import { applySubsidy, mealPriceFor } from './price';
import { makePoint } from './sample/test-points';
import type { SubsidyRule } from './types';

// Menu from 1200 分. Bands: 60–79 −1元, 80–89 −3元, 90+ free (both ends inclusive).
const point = makePoint();

describe('mealPriceFor: age bands', () => {
  it.each([
    [undefined, 1200, null],
    [59, 1200, null],
    [60, 1100, '60-79周岁补贴1元'],
    [79, 1100, '60-79周岁补贴1元'],
    [79.9, 1100, '60-79周岁补贴1元'], // 周岁 are whole years
    [80, 900, '80-89周岁补贴3元'], // exactly 80 is in "80周岁以上"
    [89, 900, '80-89周岁补贴3元'],
    [90, 0, '90周岁以上免费'],
    [104, 0, '90周岁以上免费'],
    [-5, 1200, null],
    [Number.NaN, 1200, null],
  ])('age %s pays %i (%s)', (age, fen, label) => {
    const price = mealPriceFor(point, { age });
    expect(price.fen).toBe(fen);
    expect(price.baseFen).toBe(1200);
    expect(price.rule?.label ?? null).toBe(label);
    expect(price.reason).toBe(label ? 'subsidy' : 'not-eligible');
  });

  it('lists what an unknown age might get', () => {
    expect(mealPriceFor(point, {}).maybe.map((r) => r.label)).toEqual(['60-79周岁补贴1元', '80-89周岁补贴3元', '90周岁以上免费']);
  });
});

describe('mealPriceFor: overlapping rules pick the best price and say why', () => {
  const rules: SubsidyRule[] = [
    { label: '60岁以上八折', minAge: 60, effect: { kind: 'percent', percentPaid: 80 } },
    { label: '低保6元', groups: ['dibao'], effect: { kind: 'fixed-price', fen: 600 }, caps: { perDay: 1, perWeek: 5 } },
    { label: '特困3元', groups: ['tekun'], effect: { kind: 'fixed-price', fen: 300 }, residency: 'hukou' },
    { label: '90周岁以上免费', minAge: 90, effect: { kind: 'free' } },
    { label: '低保每餐减6元', groups: ['dibao'], effect: { kind: 'fixed-off', fen: 600 } },
  ];
  const p = makePoint({ subsidies: rules });

  it.each([
    [{ age: 65 }, 960, '60岁以上八折', 0],
    [{ age: 65, groups: ['dibao'] }, 600, '低保每餐减6元', 2], // tie 600 vs 600: the one without caps wins
    [{ age: 92, groups: ['dibao'] }, 0, '90周岁以上免费', 3],
    [{ groups: ['tekun'] }, 300, '特困3元', 0],
    [{ groups: ['tekun'], residency: 'resident' as const }, 1200, null, 0], // 特困 needs 户籍
    [{ age: 70, groups: ['tekun'], residency: 'hukou' as const }, 300, '特困3元', 1],
  ])('%j pays %i by %s with %i alternatives', (profile, fen, label, alternatives) => {
    const price = mealPriceFor(p, profile);
    expect(price.fen).toBe(fen);
    expect(price.rule?.label ?? null).toBe(label);
    expect(price.alternatives).toHaveLength(alternatives);
    if (price.rule) expect(price.savedFen).toBe(1200 - fen);
  });

  it('reports caps and an unchecked residency condition', () => {
    const capped = mealPriceFor(makePoint({ subsidies: [rules[1]!] }), { groups: ['dibao'] });
    expect(capped.caps).toEqual({ perDay: 1, perWeek: 5 });
    const hukou = mealPriceFor(p, { groups: ['tekun'] });
    expect(hukou.residencyToCheck).toBe('hukou');
  });

  it('needs the band AND the group when a rule has both', () => {
    const both = makePoint({ subsidies: [{ minAge: 70, groups: ['disabled'], effect: { kind: 'fixed-off', fen: 500 } }] });
    expect(mealPriceFor(both, { age: 75, groups: ['disabled'] }).fen).toBe(700);
    expect(mealPriceFor(both, { age: 65, groups: ['disabled'] }).fen).toBe(1200);
    expect(mealPriceFor(both, { age: 75, groups: [] }).fen).toBe(1200);
  });
});

describe('mealPriceFor: odd data', () => {
  it('returns null without a menu, the menu price without rules, and prices a chosen tier', () => {
    expect(mealPriceFor(makePoint({ menu: [] }), { age: 90 })).toMatchObject({ fen: null, reason: 'no-menu' });
    expect(mealPriceFor(makePoint({ subsidies: [] }), { age: 90 })).toMatchObject({ fen: 1200, reason: 'no-subsidy' });
    expect(mealPriceFor(point, { age: 80 }, { tierIndex: 1 })).toMatchObject({ fen: 1200, baseFen: 1500 });
    expect(mealPriceFor(null as never, null as never).fen).toBeNull();
  });

  it.each([
    [1200, { kind: 'fixed-off', fen: 5000 }, 0],
    [1200, { kind: 'percent', percentPaid: 75 }, 900],
    [1250, { kind: 'percent', percentPaid: 85 }, 1063], // rounded to the nearest 分
    [1200, { kind: 'fixed-price', fen: 2000 }, 1200], // a fixed price above the menu price never raises it
    [1200, { kind: 'free' }, 0],
  ] as const)('applySubsidy(%i, %j) = %i', (base, effect, out) => expect(applySubsidy(base, effect)).toBe(out));
});
