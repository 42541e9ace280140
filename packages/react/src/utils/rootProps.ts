import type { CSSProperties } from 'react';

/** What a form control gives its outermost element: `className`, `style` and `data-*` (docs/contributing.md, API convention). */
export interface RootProps {
  className?: string;
  style?: CSSProperties;
  [data: `data-${string}`]: unknown;
}

/**
 * Splits a form control's props: `className`, `style` and `data-*` go to the outermost element, everything else
 * (`id`, `name`, `aria-*`, events, native attributes) to the control.
 */
export function splitRootProps<P extends object>(props: P): [RootProps, Omit<P, 'className' | 'style'>] {
  const root: Record<string, unknown> = {};
  const control: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className' || key === 'style' || key.startsWith('data-')) root[key] = value;
    else control[key] = value;
  }
  return [root as RootProps, control as Omit<P, 'className' | 'style'>];
}
