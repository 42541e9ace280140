import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { ExternalIcon } from '../icons/icons';
import { useTranslate } from '../provider/context';
import { cx } from '../utils/cx';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Opens in a new window, and says so (icon + hidden words), so nobody is lost when Back stops working. */
  external?: boolean;
  /** A link on its own line (not inside a sentence) gets a full-size target. */
  standalone?: boolean;
}

/** A text link: always underlined (colour is never the only cue), with a visible focus ring. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ external, standalone, className, children, ...rest }, ref) {
  const t = useTranslate();
  return (
    <a
      {...rest}
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
