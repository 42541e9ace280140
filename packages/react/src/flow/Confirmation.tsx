import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useCatalogue } from '../provider/useCatalogue';
import { cx, hasContent } from '../utils/cx';
import { SummaryList, type SummaryRow } from './CheckAnswers';
import { ConfirmationPanel } from './FlowParts';
import { flowMessages } from './messages';

export interface ConfirmationProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** The panel headline: what is true ("已提交，待服务站确认" for a request, not "预约成功"). */
  title: ReactNode;
  reference?: string;
  /** Defaults to "参考号 / Reference". */
  referenceLabel?: ReactNode;
  /** The reference read aloud character by character (e.g. "Y F 2 6 0 6 …"); defaults to spacing it out. */
  referenceSpoken?: string;
  /** 'success' (confirmed) or 'pending' (a request awaiting confirmation): a different panel colour and icon. */
  tone?: 'success' | 'pending';
  /** "接下来会发生什么 / What happens next" content. */
  whatNext?: ReactNode;
  whatNextTitle?: ReactNode;
  details?: SummaryRow[];
  detailsTitle?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** The confirmation page: a panel with the reference number, what happens next, and the details. */
export const Confirmation = forwardRef<HTMLDivElement, ConfirmationProps>(function Confirmation(
  { title, reference, referenceLabel, referenceSpoken, tone = 'success', whatNext, whatNextTitle, details, detailsTitle, children, className, ...rest },
  ref,
) {
  const t = useCatalogue(flowMessages);
  const spoken = referenceSpoken ?? (reference ? reference.split('').join(' ') : undefined);
  return (
    <div {...rest} ref={ref} className={cx('yf-confirmation', className)}>
      <ConfirmationPanel title={title} tone={tone}>
        {reference ? (
          <p className="yf-confirmation__reference">
            <span className="yf-confirmation__reference-label">{hasContent(referenceLabel) ? referenceLabel : t('flow.referenceLabel')}</span>
            <strong className="yf-confirmation__reference-value" aria-hidden="true">
              {reference}
            </strong>
            <span className="yf-visually-hidden">{spoken}</span>
          </p>
        ) : null}
      </ConfirmationPanel>
      {hasContent(whatNext) ? (
        <section className="yf-confirmation__section">
          <h2 className="yf-confirmation__heading">{hasContent(whatNextTitle) ? whatNextTitle : t('flow.whatNext')}</h2>
          <div className="yf-confirmation__body">{whatNext}</div>
        </section>
      ) : null}
      {details && details.length ? (
        <section className="yf-confirmation__section">
          <h2 className="yf-confirmation__heading">{hasContent(detailsTitle) ? detailsTitle : t('flow.details')}</h2>
          <SummaryList rows={details} readOnly />
        </section>
      ) : null}
      {children}
    </div>
  );
});
