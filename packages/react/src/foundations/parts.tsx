/**
 * Shared pieces of the Storybook Foundations pages (story-only, not exported from @yinfa/react): one section
 * per mode, token look-ups in the built @yinfa/tokens values, rem → px arithmetic and a measured size.
 * Every number these pages show comes from the token values or from the rendered page, never typed by hand.
 */
import { tokens, type TokenName, type YinfaMode } from '@yinfa/tokens';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Stack } from '../layout/Layout';
import { YinfaProvider } from '../provider/YinfaProvider';
import { useYinfa } from '../provider/context';

export const MODES: readonly YinfaMode[] = ['standard', 'elder', 'high-contrast'];

/** A token's value in one mode, by its name without the `yf-` prefix ('color-text', 'space-4'). */
export function token(mode: YinfaMode, name: string): string {
  return tokens[mode][`yf-${name}` as TokenName] ?? '';
}

/** The CSS pixel size of a rem value at the default 16px root font size and a text scale. */
export function remToPx(value: string, scale = 1): number {
  const rem = parseFloat(value);
  return Number.isFinite(rem) ? Math.round(rem * 16 * scale * 100) / 100 : Number.NaN;
}

/** One mode's section of a Foundations page (for the stories' play functions). */
export const sectionOf = (canvas: HTMLElement, mode: YinfaMode) => canvas.querySelector<HTMLElement>(`[data-foundations-mode="${mode}"]`)!;

/** CSS px per token rem where `el` is drawn: the root font size × the --yf-scale it inherits. */
export function pxPerRem(el: Element): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return root * (parseFloat(getComputedStyle(el).getPropertyValue('--yf-scale')) || 1);
}

/** '1.25rem × --yf-scale (100 %: 20px)': the px at 100 % text on the default 16px root. */
export function remFormula(value: string): string {
  return `${value} × --yf-scale (100 %: ${remToPx(value)}px)`;
}

/**
 * A list laid out as cards side by side where there is room and one column where there is not (320px, 200 %
 * text): min() keeps a column from ever being wider than the list (WCAG 1.4.10, no sideways scroll).
 */
export const cardGrid = (min: string) =>
  ({ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 'var(--yf-space-4)', gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}), 1fr))` }) as const;

/**
 * One mode's section: its own provider, so the colours, sizes and bars inside are that mode's whatever the
 * toolbar shows (locale and text scale still come from the toolbar, through the outer provider).
 */
export function ModeSection({ mode, idPrefix, children }: { mode: YinfaMode; idPrefix: string; children: ReactNode }) {
  const { t } = useYinfa();
  const id = `${idPrefix}-${mode}`;
  return (
    <section aria-labelledby={id} data-foundations-mode={mode} style={{ border: 'var(--yf-border-width) solid var(--yf-color-border)', borderRadius: 'var(--yf-radius-card)' }}>
      <YinfaProvider mode={mode} style={{ padding: 'var(--yf-space-4)', borderRadius: 'var(--yf-radius-card)' }}>
        <Stack gap={4}>
          <h3 id={id} style={{ margin: 0, fontSize: 'var(--yf-font-size-large)' }}>
            {t(`mode.${mode}` as 'mode.standard')}
          </h3>
          {children}
        </Stack>
      </YinfaProvider>
    </section>
  );
}

/** A colour sample beside a name: decorative, the name and value are the text next to it. */
export function Swatch({ colour, edge = 'var(--yf-color-border)' }: { colour: string; edge?: string }) {
  return (
    <span
      aria-hidden="true"
      style={{ display: 'inline-block', flex: 'none', inlineSize: '1.5em', blockSize: '1.5em', verticalAlign: 'middle', background: colour, border: `var(--yf-border-width) solid ${edge}`, borderRadius: 'var(--yf-radius-control)' }}
    />
  );
}

/**
 * The rendered size of its child, read after layout (so it follows mode, text scale and root font size):
 * what a designer can rely on, measured rather than computed from the tokens.
 */
export function useMeasured<T extends HTMLElement>(read: (el: T) => string, deps: readonly unknown[]) {
  const ref = useRef<T>(null);
  const [value, setValue] = useState('');
  useLayoutEffect(() => {
    if (ref.current) setValue(read(ref.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the measurement depends on
  }, deps);
  return [ref, value] as const;
}

/** The font size an element is drawn at, as '20px'. */
export const fontSizeOf = (el: HTMLElement) => `${Math.round(parseFloat(getComputedStyle(el).fontSize) * 100) / 100}px`;

/** An element's drawn width × height, as '44 × 44 px'. */
export const boxOf = (el: HTMLElement) => {
  const r = el.getBoundingClientRect();
  return `${Math.round(r.width)} × ${Math.round(r.height)} px`;
};
