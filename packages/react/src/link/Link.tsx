import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { ExternalIcon } from '../icons/icons';
import { useTranslate } from '../provider/context';
import { cx } from '../utils/cx';
import { shouldClientNavigate, useRouter } from './router';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Opens in a new window, and says so (icon + hidden words), so nobody is lost when Back stops working. */
  external?: boolean;
  /** A link on its own line (not inside a sentence) gets a full-size target. */
  standalone?: boolean;
}

const sameHref = (href: string) => href;

/**
 * A text link: always underlined (colour is never the only cue), with a visible focus ring. Inside a
 * `RouterProvider`, plain clicks on same-origin links navigate through the host's router.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ external, standalone, className, children, href, onClick, ...rest }, ref) {
  const t = useTranslate();
  const router = useRouter();
  const useHref = router?.useHref ?? sameHref;
  const mapped = useHref(href ?? '');
  const routedHref = href === undefined ? undefined : mapped;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!router || external || href === undefined) return;
    const origin = typeof window === 'undefined' ? undefined : window.location.origin;
    if (!shouldClientNavigate(event, event.currentTarget, origin)) return;
    event.preventDefault();
    router.navigate(href);
  };
  return (
    <a
      {...rest}
      href={routedHref}
      onClick={handleClick}
      ref={ref}
      className={cx('yf-link', 'yf-focus-ring', className)}
      data-standalone={standalone ? '' : undefined}
      target={external ? '_blank' : rest.target}
      rel={external ? 'noopener noreferrer' : rest.rel}
    >
      {children}
      {external ? (
        <>
          <ExternalIcon className="yf-link__external" />
          <span className="yf-visually-hidden">{t('common.newWindow')}</span>
        </>
      ) : null}
    </a>
  );
});
