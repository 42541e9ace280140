/** Property-based: for any opaque brand colour (and accent), every generated pairing meets its bar in every mode. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTheme } from './checkTheme';
import { createTheme } from './createTheme';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`);

describe('createTheme over random brand colours', () => {
  it('meets every bar in every mode, high-contrast included when asked', () => {
    fc.assert(
      fc.property(hex, fc.option(hex, { nil: undefined }), fc.boolean(), (primary, accent, highContrast) => {
        const theme = createTheme({ primary, accent, highContrast });
        const failures = checkTheme(theme.modes).filter((p) => !p.pass);
        expect(failures).toEqual([]);
        // Hover and pressed differ from the resting fill wherever the bars leave room for it.
        for (const mode of ['standard', 'elder'] as const) {
          const m = theme.modes[mode];
          expect(m['--yf-color-primary-hover']).toMatch(/^#[0-9a-f]{6}$/);
          expect(m['--yf-color-primary-active']).toMatch(/^#[0-9a-f]{6}$/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports a shift exactly when the brand colour itself is not kept', () => {
    fc.assert(
      fc.property(hex, (primary) => {
        const theme = createTheme({ primary });
        for (const mode of ['standard', 'elder'] as const) {
          const kept = theme.modes[mode]['--yf-color-primary'] === primary;
          expect(theme.adjusted.includes(`${mode} --yf-color-primary`)).toBe(!kept);
        }
      }),
      { numRuns: 60 },
    );
  });
});
