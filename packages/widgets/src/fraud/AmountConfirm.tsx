import { amountToChineseUppercase, formatFen, speakFen, type Catalogue } from '@yinfa/core';
import { Button, Cluster, MessagesScope, useLocale } from '@yinfa/react';
import { useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import { useFraudAmountT, useSurfaceTelemetry, type TelemetryHandler } from './shared';

export interface AmountConfirmProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Wording overrides for this widget's messages (fraud and shared keys). */
  messages?: Catalogue;
  /** The amount in 分 (integer). Anything else shows "金额有误" and no confirm button. */
  amountFen: number;
  payeeName: string;
  /** Shown as given: the host masks it (6222 **** **** 1234). */
  payeeAccount?: string;
  payeeBank?: string;
  onConfirm: () => void;
  onBack?: () => void;
  /** A read-aloud control from the voice package (e.g. its SpeakButton with `speechText`). */
  speakSlot?: ReactNode;
  /** Or a callback: a "读给我听" button calls it with the text to say. */
  onReadAloud?: (text: string) => void;
  busy?: boolean;
  confirmLabel?: ReactNode;
  headingLevel?: 2 | 3;
  /** shown / hidden / outcome (continued on confirm, cancelled on back). No amount or name is sent. */
  onTelemetry?: TelemetryHandler;
}

/**
 * The last check before the final confirm: the payee name large, the amount in figures and in 大写,
 * and read aloud on request. In English the amount is also written in words.
 */
/** The host's wording for this widget (any fraud or shared key), like `YinfaProvider messages`. */
export function AmountConfirm(props: AmountConfirmProps) {
  return (
    <MessagesScope messages={props.messages}>
      <AmountConfirmView {...props} />
    </MessagesScope>
  );
}

function AmountConfirmView({ messages: _messages, amountFen, payeeName, payeeAccount, payeeBank, onConfirm, onBack, speakSlot, onReadAloud, busy, confirmLabel, headingLevel = 2, onTelemetry, className, ...rest }: AmountConfirmProps) {
  const t = useFraudAmountT();
  const [locale] = useLocale();
  const headingId = useId();
  const { emit, shown } = useSurfaceTelemetry('amount-confirm', onTelemetry);
  useEffect(() => shown({ scamTypes: [] }), [shown]);
  const valid = typeof amountFen === 'number' && Number.isSafeInteger(amountFen) && amountFen > 0;
  const name = typeof payeeName === 'string' ? payeeName.trim() : '';
  const Heading = `h${headingLevel}` as const;
  // What the read-aloud says: the amount in words (never digit by digit, never 大写) and the payee.
  const speech = valid ? t('fraud.amount.speech', { payee: name, amount: speakFen(amountFen, locale) }) : '';
  return (
    <section aria-labelledby={headingId} {...rest} className={['yf-fraud-amount', className].filter(Boolean).join(' ')}>
      <Cluster className="yf-fraud-amount__head" justify="space-between" gap={2}>
        <Heading id={headingId} className="yf-fraud-amount__heading">
          {t('fraud.amount.heading')}
        </Heading>
        {speakSlot}
        {onReadAloud && valid ? (
          <Button variant="secondary" onClick={() => onReadAloud(speech)}>
            {t('fraud.amount.readAloud')}
          </Button>
        ) : null}
      </Cluster>
      <dl className="yf-fraud-amount__list">
        <div className="yf-fraud-amount__row" data-field="payee">
          <dt>{t('fraud.amount.payee')}</dt>
          <dd className="yf-fraud-amount__payee">{name}</dd>
        </div>
        {payeeAccount ? (
          <div className="yf-fraud-amount__row">
            <dt>{t('fraud.amount.account')}</dt>
            <dd className="yf-fraud-amount__account">{payeeAccount}</dd>
          </div>
        ) : null}
        {payeeBank ? (
          <div className="yf-fraud-amount__row">
            <dt>{t('fraud.amount.bank')}</dt>
            <dd>{payeeBank}</dd>
          </div>
        ) : null}
        <div className="yf-fraud-amount__row" data-field="amount">
          <dt>{t('fraud.amount.figures')}</dt>
          <dd className="yf-fraud-amount__figures">{valid ? formatFen(amountFen) : t('fraud.amount.invalid')}</dd>
        </div>
        {valid ? (
          <div className="yf-fraud-amount__row" data-field="uppercase">
            <dt>{t('fraud.amount.uppercase')}</dt>
            <dd className="yf-fraud-amount__uppercase" lang="zh-CN">
              {amountToChineseUppercase(amountFen)}
            </dd>
          </div>
        ) : null}
        {valid && locale === 'en-US' ? (
          <div className="yf-fraud-amount__row">
            <dt>{t('fraud.amount.words')}</dt>
            <dd>{speakFen(amountFen, 'en-US')}</dd>
          </div>
        ) : null}
      </dl>
      <Cluster className="yf-fraud-amount__actions" gap={3} align="stretch">
        {onBack ? (
          <Button
            variant="secondary"
            onClick={() => {
              emit({ type: 'outcome', outcome: 'cancelled', via: 'button' });
              onBack();
            }}
          >
            {t('fraud.amount.back')}
          </Button>
        ) : null}
        {valid ? (
          <Button
            variant="primary"
            busy={busy}
            onClick={() => {
              emit({ type: 'outcome', outcome: 'continued', via: 'button' });
              onConfirm();
            }}
          >
            {confirmLabel ?? t('fraud.amount.confirm')}
          </Button>
        ) : null}
      </Cluster>
    </section>
  );
}
