import type { FlowAnswers, FlowFieldError } from '@yinfa/core';
import { useContext, useEffect, useRef, type ButtonHTMLAttributes, type FormEvent, type HTMLAttributes, type ReactNode } from 'react';
import { Button } from '../button/Button';
import { useCatalogue } from '../provider/useCatalogue';
import { cx, hasContent } from '../utils/cx';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';
import { FlowActions } from './FlowParts';
import { flowMessages } from './messages';
import type { FlowController } from './useFlow';
import { sharedContext } from '../utils/sharedContext';

const FlowContext = sharedContext<FlowController | null>('FlowContext', null);

/** What every `QuestionPage` of a `Flow` shares, so steps do not repeat it. */
export interface FlowPageDefaults {
  /** A line above each question ("预约上门服务"). */
  caption?: ReactNode;
  /** Below each question: a phone number to call instead, help. */
  footer?: ReactNode;
  /** The words of a flow error (its `message` is a catalogue key): used for the error summary. Default: the key itself. */
  errorText?: (error: FlowFieldError) => string;
  /** The id of the field an error is about (the summary links to it). Default: the field name. */
  fieldId?: (field: string) => string;
}

const PageDefaultsContext = sharedContext<FlowPageDefaults>('FlowPageDefaultsContext', {});

/** The controller of the nearest `Flow`, or null outside one. */
export function useFlowContext<A extends FlowAnswers = FlowAnswers>(): FlowController<A> | null {
  return useContext(FlowContext) as FlowController<A> | null;
}

export interface FlowProps extends HTMLAttributes<HTMLDivElement>, FlowPageDefaults {
  flow: FlowController<never> | FlowController;
  children?: ReactNode;
}

const HEADING = '[data-yf-page-heading], h1';

function focusHeading(root: HTMLElement): HTMLElement | null {
  const heading = root.querySelector<HTMLElement>(HEADING);
  if (!heading) return null;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
  return heading;
}

/**
 * Hosts a question-page journey: provides the controller to `FlowStep`s and `QuestionPage`s and moves
 * focus to the new page's heading after every step change (so screen readers read the question). If that
 * heading is replaced while the page settles (a loading heading giving way to the loaded one), focus
 * follows to the new heading instead of falling to the page body.
 */
export function Flow({ flow, children, className, caption, footer, errorText, fieldId, ...rest }: FlowProps) {
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const focused = useRef<HTMLElement | null>(null);
  const nav = (flow as FlowController).navigation;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = root.current;
    if (!el || el.querySelector('.yf-error-summary')) return; // the error summary takes focus itself
    focused.current = focusHeading(el);
  }, [nav]);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof MutationObserver === 'undefined') return;
    // Only the heading this Flow focused is followed; once the user moves on, nothing is taken from them.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target !== focused.current) focused.current = null;
    };
    const observer = new MutationObserver(() => {
      const was = focused.current;
      if (!was || was.isConnected) return;
      const active = el.ownerDocument.activeElement;
      if ((active && active !== el.ownerDocument.body && active.isConnected) || el.querySelector('.yf-error-summary')) {
        focused.current = null;
        return;
      }
      // No heading yet (still loading): keep waiting for it.
      focused.current = focusHeading(el) ?? was;
    });
    observer.observe(el, { childList: true, subtree: true });
    el.ownerDocument.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      el.ownerDocument.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  const defaults: FlowPageDefaults = { caption, footer, errorText, fieldId };
  return (
    <FlowContext.Provider value={flow as FlowController}>
      <PageDefaultsContext.Provider value={defaults}>
        <div {...rest} ref={root} className={cx('yf-flow', className)} data-step={(flow as FlowController).current}>
          {children}
        </div>
      </PageDefaultsContext.Provider>
    </FlowContext.Provider>
  );
}

/** Renders its children only while `id` is the current step. */
export function FlowStep({ id, children }: { id: string; children?: ReactNode }) {
  const flow = useFlowContext();
  if (!flow || flow.current !== id) return null;
  return <>{children}</>;
}

export interface BackLinkProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  onClick: () => void;
  children?: ReactNode;
}

/** "‹ 返回": a large, underlined control above the page heading. */
export function BackLink({ onClick, children, className, type = 'button', ...rest }: BackLinkProps) {
  const t = useCatalogue(flowMessages);
  return (
    <button {...rest} type={type} className={cx('yf-back-link yf-focus-ring', className)} onClick={onClick}>
      <svg className="yf-back-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{hasContent(children) ? children : t('flow.back')}</span>
    </button>
  );
}

/**
 * Inside a `Flow`, a `QuestionPage` takes what it leaves unset from the flow: `progress`, `onBack` (when
 * there is a step to go back to), `onContinue` (the flow's `next`), the errors and their focus key, and
 * the `Flow`'s `caption` and `footer`. Props given here always win (`progress={null}` hides it).
 */
export interface QuestionPageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /** The question; it is the page heading (h1). Leave empty when a field's legend is the h1. */
  title?: ReactNode;
  /** A line above the heading naming the service ("预约上门服务"). */
  caption?: ReactNode;
  hint?: ReactNode;
  /** Errors for the summary: the same words as the inline messages. */
  errors?: ErrorSummaryItem[];
  /** Change it on every failed continue so the summary takes focus again. */
  errorFocusKey?: string | number;
  /** "第 2 步，共 6 步". */
  progress?: { step: number; total: number } | null;
  onBack?: () => void;
  /** Called on "继续" and on Enter in a text field. */
  onContinue?: () => void;
  continueLabel?: ReactNode;
  /** Busy continue button (keeps its words, ignores repeat presses). */
  busy?: boolean;
  busyLabel?: ReactNode;
  /** Replace the continue button (a check page's submit area). */
  actions?: ReactNode;
  /** Below the form: a phone number to call instead, help. */
  footer?: ReactNode;
  /** Sets `document.title` (prefixed "错误：" while there are errors). */
  documentTitle?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * One question per page (GOV.UK): back link, error summary, the question as the heading, the answer
 * fields, a "继续" button. The form never validates natively: errors come from the flow's rules, in words.
 */
export function QuestionPage(props: QuestionPageProps) {
  const flow = useFlowContext();
  const page = useContext(PageDefaultsContext);
  const {
    title, hint, continueLabel, busy, busyLabel, actions, documentTitle, children, className,
    caption: _caption, footer: _footer, progress: _progress, onBack: _onBack, onContinue: _onContinue, errorFocusKey: _errorFocusKey, errors: _errors,
    ...rest
  } = props;
  const caption = props.caption !== undefined ? props.caption : page.caption;
  const footer = props.footer !== undefined ? props.footer : page.footer;
  const progress = props.progress !== undefined ? props.progress : flow?.progress;
  const onBack = props.onBack ?? (flow?.canGoBack ? flow.back : undefined);
  const onContinue = props.onContinue ?? flow?.next;
  const errorFocusKey = props.errorFocusKey ?? flow?.state.errorCount;
  const errors =
    props.errors ??
    (flow?.errors ?? []).map((e) => ({ field: page.fieldId ? page.fieldId(e.field) : e.field, message: page.errorText ? page.errorText(e) : e.message }));
  const t = useCatalogue(flowMessages);
  const hasErrors = errors.length > 0;
  const prefix = t('flow.errorTitlePrefix');
  useEffect(() => {
    if (!documentTitle || typeof document === 'undefined') return;
    document.title = hasErrors ? `${prefix}${documentTitle}` : documentTitle;
  }, [documentTitle, hasErrors, prefix]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onContinue?.();
  };

  return (
    <div {...rest} className={cx('yf-question', className)}>
      {onBack ? <BackLink onClick={onBack} /> : null}
      <ErrorSummary errors={errors} focusKey={errorFocusKey} manageTitle={!documentTitle} />
      {progress && progress.step > 0 && progress.total > 0 ? (
        <p className="yf-question__progress">{t('flow.progress', { step: progress.step, total: progress.total })}</p>
      ) : null}
      {hasContent(caption) ? <p className="yf-question__caption">{caption}</p> : null}
      {hasContent(title) ? (
        <h1 className="yf-question__heading" data-yf-page-heading="" tabIndex={-1}>
          {title}
        </h1>
      ) : null}
      {hasContent(hint) ? <div className="yf-question__hint">{hint}</div> : null}
      <form className="yf-question__form" noValidate onSubmit={onSubmit}>
        <div className="yf-question__fields">{children}</div>
        <FlowActions>
          {actions ?? (
            <Button type="submit" variant="primary" busy={busy} busyLabel={busyLabel}>
              {hasContent(continueLabel) ? continueLabel : t('flow.continue')}
            </Button>
          )}
        </FlowActions>
      </form>
      {hasContent(footer) ? <div className="yf-question__footer">{footer}</div> : null}
    </div>
  );
}
