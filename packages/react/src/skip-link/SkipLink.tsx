import type { AnchorHTMLAttributes } from 'react';
import { useTranslate } from '../provider/context';
import { cx, hasContent } from '../utils/cx';

export interface SkipLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** The id of the main content. Default "main". */
  targetId?: string;
}

/**
 * The first link on the page: hidden until focused, then shown large at the top. Moves focus to the
 * target too (some browsers only scroll), which needs tabindex="-1" on a non-focusable target.
 */
export function SkipLink({ targetId = 'main', className, children, onClick, ...rest }: SkipLinkProps) {
  const t = useTranslate();
  return (
    <a
      {...rest}
      href={`#${targetId}`}
      className={cx('yf-skip-link', 'yf-focus-ring', className)}
      onClick={(event) => {
        onClick?.(event);
        const target = typeof document === 'undefined' ? null : document.getElementById(targetId);
        if (target && !event.defaultPrevented) {
          // Handle the jump ourselves: hash routers (common in H5 bank apps) would treat #main as a route.
          event.preventDefault();
          if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
          target.focus();
          target.scrollIntoView?.({ block: 'start' });
        }
      }}
    >
      {hasContent(children) ? children : t('common.skipToMain')}
    </a>
  );
}
