import { hasContent, cx } from '../utils/cx';
import { useTranslate } from '../provider/context';
import type { HTMLAttributes, ReactNode } from 'react';

export interface SpinnerProps extends HTMLAttributes<HTMLSpanElement> {
  /** Visible words beside the spinner. Defaults to "正在加载" — a spinner is never shown alone. */
  label?: ReactNode;
  /** Announce the label politely (role=status). Off when the spinner sits inside something that announces already. */
  announce?: boolean;
}

/** A spinning ring plus words. The ring stops under reduced motion; the words stay. */
export function Spinner({ label, announce = true, className, ...rest }: SpinnerProps) {
  const t = useTranslate();
  return (
    <span {...rest} className={cx('yf-spinner', className)} role={announce ? 'status' : undefined}>
      <SpinnerIcon />
      <span className="yf-spinner__label">{hasContent(label) ? label : t('spinner.loading')}</span>
    </span>
  );
}

/** The ring alone, decorative (aria-hidden): used inside busy buttons next to their words. */
export function SpinnerIcon() {
  return (
    <svg className="yf-spinner__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="3" opacity="0.3" />
      <path d="M12 3a9 9 0 0 1 9 9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
