import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';
import { useYinfa, type ReducedMotion, type YinfaMode } from './context';
import { cx } from '../utils/cx';
import { useInheritedTheme } from './theme';

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
 * Re-applies the provider's mode, locale, scale and brand theme on content rendered outside the provider's
 * element (portals: dialogs render into document.body, where the provider's attributes and a host's brand
 * class do not reach).
 */
export const ModeScope = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function ModeScope({ className, style, ...rest }, ref) {
  const settings = useYinfa();
  const theme = useInheritedTheme(settings.scopeElement, settings.themeVariables);
  return <div {...rest} ref={ref} className={cx('yf-root', 'yf-mode-scope', className)} {...scopeAttributes(settings, theme ? { ...theme, ...style } : style)} />;
});
