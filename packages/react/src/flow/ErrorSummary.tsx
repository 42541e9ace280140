import { forwardRef, useEffect, useId, useImperativeHandle, useRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useCatalogue } from '../provider/useCatalogue';
import { cx, hasContent } from '../utils/cx';
import { flowMessages } from './messages';

export interface ErrorSummaryItem {
  /** The id of the field (or fieldset) the error belongs to; the link goes there. */
  field: string;
  /** The same words as the inline message. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  errors: ErrorSummaryItem[];
  /** Defaults to "有问题需要修改" / "There is a problem". */
  title?: ReactNode;
  /**
   * Change this to move focus to the summary again (each failed "继续" press), even when the list of
   * errors is unchanged. Focus also moves whenever the summary appears.
   */
  focusKey?: string | number;
  /** Prefix `document.title` with "错误：" / "Error: " while errors show. Default true. */
  manageTitle?: boolean;
  className?: string;
}

/** Moves focus to a field named in the summary: its first input when it is a fieldset (GOV.UK). */
export function focusField(id: string, root: Document | ShadowRoot | null = typeof document === 'undefined' ? null : document): boolean {
  const target = root?.getElementById(id) ?? null;
  if (!target) return false;
  let el: HTMLElement = target;
  if (target.tagName === 'FIELDSET' || target.getAttribute('role') === 'radiogroup' || target.getAttribute('role') === 'group') {
    el = (target.querySelector('input:checked:not(:disabled)') ?? target.querySelector('input:not(:disabled), select, textarea, button')) as HTMLElement ?? target;
  }
  const label = (target.closest('fieldset')?.querySelector('legend') ?? (target.id ? root?.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null)) as HTMLElement | null;
  el.focus({ preventScroll: true });
  // Scroll the question (legend or label) into view, not just the input, so the user sees what to fix.
  (label ?? el).scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The GOV.UK error summary: shown for one error or many, takes focus when it appears, links each error
 * to its field with the inline message's words, and prefixes the page title with "错误：".
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, title, focusKey, manageTitle = true, className, ...rest }, ref) {
  const t = useCatalogue(flowMessages);
  const local = useRef<HTMLDivElement>(null);
  const titleId = `yf-error-summary-${useId().replace(/:/g, '')}`;
  useImperativeHandle(ref, () => local.current as HTMLDivElement);
  const list = Array.isArray(errors) ? errors.filter((e) => e && typeof e.field === 'string' && hasContent(e.message)) : [];
  const shown = list.length > 0;

  useEffect(() => {
    if (shown) local.current?.focus();
  }, [shown, focusKey]);

  const prefix = t('flow.errorTitlePrefix');
  useEffect(() => {
    if (!manageTitle || !shown || typeof document === 'undefined') return;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [manageTitle, shown, prefix]);

  if (!shown) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    if (focusField(id, root)) event.preventDefault();
  };

  return (
    <div {...rest} ref={local} className={cx('yf-error-summary', className)} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="yf-error-summary__title" id={titleId}>
        {hasContent(title) ? title : t('flow.errorSummaryTitle')}
      </h2>
      <ul className="yf-error-summary__list">
        {list.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a className="yf-error-summary__link yf-focus-ring" href={`#${e.field}`} onClick={(ev) => onLinkClick(ev, e.field)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
