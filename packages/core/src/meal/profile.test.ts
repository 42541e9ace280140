import { describe, expect, it } from 'vitest';
import { mealFilterCount, parseMealAge, toggleChoice } from './profile';

describe('meal map profile and filters', () => {
  it('reads the age box: empty, an age, full-width digits, or invalid', () => {
    expect(parseMealAge('')).toEqual({ kind: 'empty' });
    expect(parseMealAge('   ')).toEqual({ kind: 'empty' });
    expect(parseMealAge('72')).toEqual({ kind: 'age', age: 72 });
    expect(parseMealAge(' ８０ ')).toEqual({ kind: 'age', age: 80 });
    expect(parseMealAge('0')).toEqual({ kind: 'age', age: 0 });
    expect(parseMealAge('130')).toEqual({ kind: 'age', age: 130 });
    for (const bad of ['131', '7.5', '-3', '七十', '1000', '72岁']) expect(parseMealAge(bad), bad).toEqual({ kind: 'invalid' });
    expect(parseMealAge(undefined as never)).toEqual({ kind: 'empty' });
  });

  it('counts the filters that are on', () => {
    expect(mealFilterCount({})).toBe(0);
    expect(mealFilterCount({ openNow: true, stepFree: true, modes: ['dine-in', 'delivery'] as never, diet: ['soft'] as never, text: '海州' })).toBe(6);
    expect(mealFilterCount({ openNow: false, modes: [], text: '' })).toBe(0);
  });

  it('toggles a choice on once and off', () => {
    expect(toggleChoice(undefined, 'a', true)).toEqual(['a']);
    expect(toggleChoice(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleChoice(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleChoice([], 'x', false)).toEqual([]);
  });
});
