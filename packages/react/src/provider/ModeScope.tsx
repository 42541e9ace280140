import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';
import { useYinfa } from './context';
import { cx } from '../utils/cx';

/**
 * Re-applies the provider's mode, locale and scale on content rendered outside the provider's element
 * (portals: dialogs render into document.body, where the provider's data-yinfa-mode does not reach).
 */
export const ModeScope = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function ModeScope({ className, style, ...rest }, ref) {
  const { mode, locale, textScale, reducedMotion } = useYinfa();
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('yf-root', 'yf-mode-scope', className)}
      data-yinfa-mode={mode}
      data-yinfa-motion={reducedMotion === 'system' ? undefined : reducedMotion}
      lang={locale}
      style={{ ...style, '--yf-scale': String(textScale) } as CSSProperties}
    />
  );
});
