import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';
import { useYinfa, type ReducedMotion, type YinfaMode } from './context';
import { cx } from '../utils/cx';

/** The attributes that carry a Yinfa subtree's settings to CSS: mode, motion override, language and scale. */
export function scopeAttributes(
  settings: { mode: YinfaMode; locale: string; textScale: number; reducedMotion: ReducedMotion },
  style?: CSSProperties,
) {
  return {
    'data-yinfa-mode': settings.mode,
    'data-yinfa-motion': settings.reducedMotion === 'system' ? undefined : settings.reducedMotion,
    lang: settings.locale,
    style: { ...style, '--yf-scale': String(settings.textScale) } as CSSProperties,
  };
}

/**
 * Re-applies the provider's mode, locale and scale on content rendered outside the provider's element
 * (portals: dialogs render into document.body, where the provider's data-yinfa-mode does not reach).
 */
export const ModeScope = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function ModeScope({ className, style, ...rest }, ref) {
  return <div {...rest} ref={ref} className={cx('yf-root', 'yf-mode-scope', className)} {...scopeAttributes(useYinfa(), style)} />;
});
