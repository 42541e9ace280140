import { describe, expect, it } from 'vitest';
import { clampTextScale } from './textScale';

describe('clampTextScale', () => {
  it('keeps 1–2 and maps nonsense to 1', () => {
    expect(clampTextScale(1.5)).toBe(1.5);
    expect(clampTextScale('1.25')).toBe(1.25);
    expect(clampTextScale(9)).toBe(2);
    expect(clampTextScale(0.5)).toBe(1);
    expect(clampTextScale(Number.NaN)).toBe(1);
    expect(clampTextScale(undefined)).toBe(1);
  });
});
