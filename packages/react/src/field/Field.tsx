import { useId, type HTMLAttributes, type LabelHTMLAttributes, type ReactNode } from 'react';
import { useTranslate } from '../provider/context';
import { cx, hasContent } from '../utils/cx';
import { devWarn } from '@yinfa/core';

export interface FieldIds {
  inputId: string;
  labelId: string;
  hintId: string;
  errorId: string;
  extraId: string;
}

/** Stable ids for a field's parts; `id` wins when the app gives one. */
export function useFieldIds(id?: string): FieldIds {
  const auto = useId().replace(/:/g, '');
  const base = id && id.trim() ? id : `yf-${auto}`;
  return { inputId: base, labelId: `${base}-label`, hintId: `${base}-hint`, errorId: `${base}-error`, extraId: `${base}-extra` };
}

/** aria-describedby from the parts that exist: hint, then error (read in that order), then extras. */
export function describedBy(ids: FieldIds, parts: { hint?: unknown; error?: unknown; extra?: unknown }, own?: string): string | undefined {
  const list = [own, hasContent(parts.hint) && ids.hintId, hasContent(parts.error) && ids.errorId, hasContent(parts.extra) && ids.extraId].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export interface FieldCommonProps {
  /** Always visible above the control (never a placeholder-only label). Required. */
  label: ReactNode;
  /** Help under the label: an example of what to type. */
  hint?: ReactNode;
  /** The error in words: what to type instead, with an example. Tied to the control with aria-describedby. */
  error?: ReactNode;
  /** Marks the field "（选填）" / "(optional)". Required fields carry no mark — never asterisks (GOV.UK). */
  optional?: boolean;
}

export interface FieldLabelProps extends LabelHTMLAttributes<HTMLElement> {
  optional?: boolean;
  children: ReactNode;
  as?: 'label' | 'legend' | 'span';
}

/** The visible label with the optional marker. */
export function FieldLabel({ htmlFor, optional, children, as: Tag = 'label', className, ...rest }: FieldLabelProps) {
  const t = useTranslate();
  if (!hasContent(children)) devWarn('Field: a label is required. Every field needs visible words saying what to enter.');
  return (
    <Tag {...rest} className={cx('yf-field__label', className)} htmlFor={Tag === 'label' ? htmlFor : undefined}>
      {children}
      {optional ? <span className="yf-field__optional">{t('common.optional')}</span> : null}
    </Tag>
  );
}

export function FieldHint({ children, className, ...rest }: HTMLAttributes<HTMLDivElement> & { id: string }) {
  if (!hasContent(children)) return null;
  return (
    <div {...rest} className={cx('yf-field__hint', className)}>
      {children}
    </div>
  );
}

/** An error message: an icon and the words (colour is never the only cue), with a hidden "错误：" prefix. */
export function FieldError({ children, className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { id: string }) {
  const t = useTranslate();
  if (!hasContent(children)) return null;
  return (
    <p {...rest} className={cx('yf-field__error', className)}>
      <svg className="yf-field__error-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="11" fill="currentColor" />
        <path d="M12 6v8M12 17.5v.5" stroke="var(--yf-color-background)" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <span>
        <span className="yf-visually-hidden">{t('common.errorPrefix')}</span>
        {children}
      </span>
    </p>
  );
}

export interface FieldShellProps extends FieldCommonProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  ids: FieldIds;
  children: ReactNode;
  extra?: ReactNode;
}

/**
 * The wrapper every text-like field uses: label, hint, error, control, extras — in reading order. DOM props
 * (`className`, `style`, `data-*`) go on the wrapper.
 */
export function FieldShell({ ids, label, hint, error, optional, className, children, extra, ...rest }: FieldShellProps) {
  return (
    <div {...rest} className={cx('yf-field', className)} data-invalid={hasContent(error) ? '' : undefined}>
      <FieldLabel htmlFor={ids.inputId} id={ids.labelId} optional={optional}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
      {children}
      {hasContent(extra) ? (
        <div className="yf-field__extra" id={ids.extraId}>
          {extra}
        </div>
      ) : null}
    </div>
  );
}
