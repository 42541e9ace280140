import { devWarn, oneOf } from '@yinfa/core';
import { forwardRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useTranslate } from '../provider/context';
import { SpinnerIcon } from '../spinner/Spinner';
import { cx, hasContent } from '../utils/cx';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'danger', 'quiet'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one main action; secondary: the others; danger: destructive; quiet: low emphasis. */
  variant?: ButtonVariant;
  /**
   * Busy: the action is running. The button keeps a text label (busyLabel, else its own words) beside
   * the spinner — never a spinner alone — stays focusable and ignores further clicks (no double submit).
   */
  busy?: boolean;
  busyLabel?: ReactNode;
  /** A decorative icon before the words (aria-hidden is added). */
  icon?: ReactNode;
  /** Stretch to the container's width (mobile pages, dialogs). */
  fullWidth?: boolean;
}

/** A large native button. Type defaults to "button" so it never submits a form by accident. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, busy = false, busyLabel, icon, fullWidth, className, children, type = 'button', onClick, disabled, ...rest },
  ref,
) {
  const t = useTranslate();
  const safeVariant = oneOf('Button', 'variant', variant, BUTTON_VARIANTS, 'primary');
  if (!hasContent(children) && !rest['aria-label'] && !rest['aria-labelledby']) {
    devWarn('Button: no text. Give the button words (or use IconButton with a label).');
  }
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      disabled={disabled}
      className={cx('yf-button', 'yf-focus-ring', className)}
      data-variant={safeVariant}
      data-busy={busy ? '' : undefined}
      data-full-width={fullWidth ? '' : undefined}
      aria-disabled={busy ? true : rest['aria-disabled']}
      onClick={handleClick}
    >
      {busy ? <SpinnerIcon /> : icon ? <span className="yf-button__icon" aria-hidden="true">{icon}</span> : null}
      <span className="yf-button__label">{busy ? (hasContent(busyLabel) ? busyLabel : hasContent(children) ? children : t('common.busy')) : children}</span>
    </button>
  );
});
