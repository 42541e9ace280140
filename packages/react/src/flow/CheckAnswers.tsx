import type { HTMLAttributes, ReactNode } from 'react';
import { useCatalogue } from '../provider/useCatalogue';
import { cx, hasContent } from '../utils/cx';
import { renamed } from '../utils/renamed';
import { flowMessages } from './messages';

export interface SummaryRow {
  key: string;
  /** What was asked, short: "上门地址". */
  label: ReactNode;
  /** The answer; empty shows "未填写 / Not provided". */
  value?: ReactNode;
  /** Makes the row editable: the "修改" (Change) button calls it (the flow returns to the check page afterwards). */
  onChangeRequest?: () => void;
  /** @deprecated Renamed `onChangeRequest` (a press, not a value change); warns once in development. */
  onChange?: () => void;
  /** Hidden words after "修改" naming the row for screen readers; defaults to the label when it is text. */
  changeLabel?: string;
}

export interface SummaryListProps extends HTMLAttributes<HTMLDListElement> {
  rows: SummaryRow[];
  /** Change links are hidden (a confirmation page's details). */
  readOnly?: boolean;
}

function isEmpty(value: ReactNode): boolean {
  if (Array.isArray(value)) return value.every((v) => isEmpty(v as ReactNode));
  return !hasContent(value);
}

/** A GOV.UK summary list: a description list, one row per answer, each with a "修改" button. */
export function SummaryList({ rows, className, readOnly, ...rest }: SummaryListProps) {
  const t = useCatalogue(flowMessages);
  const list = Array.isArray(rows) ? rows.filter((r) => r && typeof r.key === 'string') : [];
  return (
    <dl {...rest} className={cx('yf-summary-list', className)}>
      {list.map((row) => {
        const onChangeRequest = row.onChangeRequest ?? renamed('SummaryList', 'rows[].onChange', 'rows[].onChangeRequest', row.onChange);
        return (
          <div className="yf-summary-list__row" key={row.key} data-row={row.key}>
            <dt className="yf-summary-list__key">{row.label}</dt>
            <dd className="yf-summary-list__value" data-empty={isEmpty(row.value) ? '' : undefined}>
              {isEmpty(row.value) ? t('flow.notProvided') : row.value}
            </dd>
            {!readOnly && onChangeRequest ? (
              <dd className="yf-summary-list__actions">
                <button type="button" className="yf-summary-list__change yf-focus-ring" onClick={onChangeRequest}>
                  {t('flow.change')}
                  <span className="yf-visually-hidden"> {row.changeLabel ?? (typeof row.label === 'string' ? row.label : '')}</span>
                </button>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

export interface CheckAnswersProps extends HTMLAttributes<HTMLElement> {
  rows: SummaryRow[];
  /** A heading over this group of rows (h2), for long journeys split into sections. */
  heading?: ReactNode;
  children?: ReactNode;
}

/** The check-answers section: an optional heading, the summary list, then anything else (a cost panel). */
export function CheckAnswers({ rows, heading, className, children, ...rest }: CheckAnswersProps) {
  return (
    <section {...rest} className={cx('yf-check-answers', className)}>
      {hasContent(heading) ? <h2 className="yf-check-answers__heading">{heading}</h2> : null}
      <SummaryList rows={rows} />
      {children}
    </section>
  );
}
