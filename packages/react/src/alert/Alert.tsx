import { oneOf } from '@yinfa/core';
import { forwardRef, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { CloseIcon, DangerIcon, InfoIcon, SuccessIcon, WarningIcon } from '../icons/icons';
import { useTranslate } from '../provider/context';
import { ReadAloudOutlet, useReadAloudSlot } from '../provider/readAloudSlot';
import { cx, hasContent } from '../utils/cx';

export const ALERT_VARIANTS = ['info', 'success', 'warning', 'danger'] as const;
export type AlertVariant = (typeof ALERT_VARIANTS)[number];

const ICONS = { info: InfoIcon, success: SuccessIcon, warning: WarningIcon, danger: DangerIcon } as const;

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  variant?: AlertVariant;
  title?: ReactNode;
  /**
   * How it is announced when it appears. 'off' (default) for messages present with the page; 'polite'
   * (role=status) for results; 'assertive' (role=alert) only where interrupting is right — an error
   * that blocks the task. Screen readers do not read live regions that exist before their content,
   * so render a live Alert when the message arrives.
   */
  live?: 'off' | 'polite' | 'assertive';
  /** Shows a close button (≥ 44px) that calls this. */
  onDismiss?: () => void;
  dismissLabel?: string;
  /** Buttons or links under the message; also where a "读给我听" button goes. */
  actions?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Offer "读给我听" (read to me) for this message, when a SpeechProvider can speak. */
  readAloud?: boolean;
}

/**
 * A message with an icon and words: the variant is said in text too ("警告："), never by colour alone
 * (MIIT APP 1.4, WCAG 1.4.1).
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps & { layout?: 'inline' | 'banner' }>(function Alert(
  { variant, title, live = 'off', onDismiss, dismissLabel, actions, headingLevel, readAloud, layout = 'inline', className, children, ...rest },
  ref,
) {
  const t = useTranslate();
  const ReadAloudSlot = useReadAloudSlot();
  const contentRef = useRef<HTMLDivElement>(null);
  const speak = readAloud && ReadAloudSlot ? <ReadAloudOutlet target={contentRef} /> : null;
  const v = oneOf('Alert', 'variant', variant, ALERT_VARIANTS, 'info');
  const Icon = ICONS[v];
  const Heading = headingLevel ? (`h${headingLevel}` as const) : 'p';
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div {...rest} ref={ref} className={cx('yf-alert', className)} data-variant={v} data-layout={layout} role={rest.role ?? role}>
      <Icon className="yf-alert__icon" />
      <div className="yf-alert__content" ref={contentRef}>
        {hasContent(title) ? (
          <Heading className="yf-alert__title">
            <span className="yf-visually-hidden">{t(`alert.${v}`) + t('text.labelSeparator')}</span>
            {title}
          </Heading>
        ) : (
          <span className="yf-visually-hidden">{t(`alert.${v}`) + t('text.labelSeparator')}</span>
        )}
        {hasContent(children) ? <div className="yf-alert__body">{children}</div> : null}
        {hasContent(actions) || speak ? (
          <div className="yf-alert__actions">
            {actions}
            {speak}
          </div>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" className="yf-alert__dismiss yf-focus-ring" onClick={onDismiss} aria-label={dismissLabel ?? t('alert.dismiss')}>
          <CloseIcon />
        </button>
      ) : null}
    </div>
  );
});

export type BannerProps = AlertProps;

/** A page-wide notice at the top of a page or region; the same variants and rules as Alert. */
export const Banner = forwardRef<HTMLDivElement, BannerProps>(function Banner(props, ref) {
  return <Alert {...props} ref={ref} layout="banner" />;
});
