import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from './contrast';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(118, 118, 118)', 'rgba(255,255,255,1)')).toBeCloseTo(4.54, 2);
  });
  it('composites transparent colours', () => {
    expect(contrastRatio('rgba(0,0,0,0.5)', '#ffffff')).toBeGreaterThan(3);
    expect(parseColor('nonsense')).toBeNull();
    expect(Number.isNaN(contrastRatio('nope', '#fff'))).toBe(true);
  });
});
