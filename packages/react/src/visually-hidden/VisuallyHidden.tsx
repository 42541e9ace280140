import type { HTMLAttributes } from 'react';
import { cx } from '../utils/cx';

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLSpanElement> {
  /** Render a div instead of a span (for block content). */
  as?: 'span' | 'div';
}

/** Text for screen readers only: error prefixes, "opens in a new window", context for repeated links. */
export function VisuallyHidden({ as: Tag = 'span', className, ...rest }: VisuallyHiddenProps) {
  return <Tag {...rest} className={cx('yf-visually-hidden', className)} />;
}
