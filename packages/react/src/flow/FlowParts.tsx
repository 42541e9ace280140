import { oneOf } from '@yinfa/core';
import { forwardRef, type ButtonHTMLAttributes, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../utils/cx';

export type FlowActionsProps = HTMLAttributes<HTMLDivElement>;

/** The row of buttons under a question or a confirmation (继续, 取消这次预约, 再预约一项服务): wraps on narrow screens. */
export const FlowActions = forwardRef<HTMLDivElement, FlowActionsProps>(function FlowActions({ className, ...rest }, ref) {
  return <div {...rest} ref={ref} className={cx('yf-question__actions', className)} />;
});

export type LinkButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * A real button that looks like a link — for moves inside a journey (换一天, 更多日期): underlined,
 * full-size target, never a bare `<a>` without an address.
 */
export const LinkButton = forwardRef<HTMLButtonElement, LinkButtonProps>(function LinkButton({ className, type = 'button', ...rest }, ref) {
  return <button {...rest} ref={ref} type={type} className={cx('yf-link-button yf-focus-ring', className)} />;
});

const TONES = ['success', 'pending'] as const;

export interface ConfirmationPanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** The page heading (h1): what is true ("已提交，待服务站确认", "已提交"). */
  title: ReactNode;
  /** 'success' (confirmed) or 'pending' (awaiting confirmation): a different panel colour. */
  tone?: 'success' | 'pending';
  children?: ReactNode;
}

/** The coloured panel at the top of a confirmation, with the page heading; `Confirmation` uses it, and so can an "already sent" page. */
export const ConfirmationPanel = forwardRef<HTMLDivElement, ConfirmationPanelProps>(function ConfirmationPanel({ title, tone, children, className, ...rest }, ref) {
  return (
    <div {...rest} ref={ref} className={cx('yf-confirmation__panel', className)} data-tone={oneOf('ConfirmationPanel', 'tone', tone, TONES, 'success')}>
      <h1 className="yf-confirmation__title" data-yf-page-heading="" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
});
