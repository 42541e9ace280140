import { describe, expect, it } from 'vitest';
import { scaleFontSize, scaleLineHeight } from './values';

describe('scaling a page’s own font sizes', () => {
  it('scales absolute lengths and keywords, rounding to 1/100 px', () => {
    expect(scaleFontSize('14px', 2)).toBe('28px');
    expect(scaleFontSize('12px', 1.25)).toBe('15px');
    expect(scaleFontSize('9pt', 2)).toBe('24px');
    expect(scaleFontSize('small', 2, 16)).toBe('26px');
    expect(scaleFontSize('13.333px', 1.75)).toBe('23.33px');
  });
  it('scales calc(), clamp() of px and viewport units as a whole', () => {
    expect(scaleFontSize('calc(12px + 0.5vw)', 2)).toBe('calc(calc(12px + 0.5vw) * 2)');
    expect(scaleFontSize('clamp(12px, 2vw, 18px)', 1.5)).toBe('calc(clamp(12px, 2vw, 18px) * 1.5)');
  });
  it('leaves what already follows the root or the parent, and what it cannot know', () => {
    for (const v of ['1rem', '0.875em', '120%', 'larger', 'inherit', 'var(--fs)', 'calc(1em + 2px)', '']) expect(scaleFontSize(v, 2), v).toBeNull();
  });
  it('line heights: only absolute lengths', () => {
    expect(scaleLineHeight('36px', 2)).toBe('72px');
    expect(scaleLineHeight('calc(20px + 4px)', 2)).toBe('calc(calc(20px + 4px) * 2)');
    for (const v of ['1.5', 'normal', '1.5em', '150%', 'var(--lh)']) expect(scaleLineHeight(v, 2), v).toBeNull();
  });
});
