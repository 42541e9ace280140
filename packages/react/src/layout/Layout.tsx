import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';
import { cx } from '../utils/cx';

export type Space = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function gapStyle(gap: unknown, style?: CSSProperties): CSSProperties {
  const g = typeof gap === 'number' && gap >= 1 && gap <= 7 ? Math.round(gap) : 4;
  return { ...style, '--yf-layout-gap': `var(--yf-space-${g})` } as CSSProperties;
}

export interface StackProps extends HTMLAttributes<HTMLElement> {
  /** Space between children, a step of the space scale (1–7). Default 4. */
  gap?: Space;
  as?: 'div' | 'section' | 'ul' | 'ol' | 'form' | 'main';
}

/** Children one under another with even space between them. */
export const Stack = forwardRef<HTMLElement, StackProps>(function Stack({ gap, as: Tag = 'div', className, style, ...rest }, ref) {
  return <Tag {...rest} ref={ref as never} className={cx('yf-stack', className)} style={gapStyle(gap, style)} />;
});

export interface ClusterProps extends HTMLAttributes<HTMLElement> {
  gap?: Space;
  justify?: 'start' | 'center' | 'end' | 'space-between';
  /** Cross-axis alignment. Default 'center'; 'stretch' makes a row of buttons one height when one wraps its words. */
  align?: 'start' | 'center' | 'end' | 'baseline' | 'stretch';
  as?: 'div' | 'ul' | 'nav';
}

/** Children side by side that wrap onto new lines when the screen is narrow (never sideways scroll). */
export const Cluster = forwardRef<HTMLElement, ClusterProps>(function Cluster(
  { gap, justify = 'start', align = 'center', as: Tag = 'div', className, style, ...rest },
  ref,
) {
  return <Tag {...rest} ref={ref as never} className={cx('yf-cluster', className)} data-justify={justify} data-align={align} style={gapStyle(gap, style)} />;
});
