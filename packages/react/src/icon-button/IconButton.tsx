import { devWarn, oneOf } from '@yinfa/core';
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { cx, hasContent } from '../utils/cx';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** The accessible name, required by the type. Shown as visible text in elder mode, where icons alone confuse. */
  label: string;
  icon: ReactNode;
  variant?: 'secondary' | 'quiet';
}

/**
 * A button showing an icon. Its label is always in the DOM: hidden visually in standard mode, shown beside
 * the icon in elder mode (MIIT: keep common names with icons) — by CSS alone, no re-render.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, variant, className, type = 'button', ...rest },
  ref,
) {
  const safeVariant = oneOf('IconButton', 'variant', variant, ['secondary', 'quiet'] as const, 'secondary');
  if (!hasContent(label)) devWarn('IconButton: `label` is required — an icon alone has no accessible name.');
  return (
    <button {...rest} ref={ref} type={type} className={cx('yf-icon-button', 'yf-focus-ring', className)} data-variant={safeVariant}>
      <span className="yf-icon-button__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="yf-icon-button__label">{hasContent(label) ? label : '?'}</span>
    </button>
  );
});
