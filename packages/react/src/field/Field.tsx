import { useId, type ReactNode } from 'react';
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

/** The visible label with the optional marker. */
export function FieldLabel({ htmlFor, id, optional, children, as: Tag = 'label' }: { htmlFor?: string; id?: string; optional?: boolean; children: ReactNode; as?: 'label' | 'legend' | 'span' }) {
  const t = useTranslate();
  if (!hasContent(children)) devWarn('Field: a label is required. Every field needs visible words saying what to enter.');
  return (
    <Tag className="yf-field__label" htmlFor={Tag === 'label' ? htmlFor : undefined} id={id}>
      {children}
      {optional ? <span className="yf-field__optional">{t('common.optional')}</span> : null}
    </Tag>
  );
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!hasContent(children)) return null;
  return (
    <div className="yf-field__hint" id={id}>
      {children}
    </div>
  );
}

/** An error message: an icon and the words (colour is never the only cue), with a hidden "错误：" prefix. */
export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  const t = useTranslate();
  if (!hasContent(children)) return null;
  return (
    <p className="yf-field__error" id={id}>
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

/** The wrapper every text-like field uses: label, hint, error, control, extras — in reading order. */
export function FieldShell({
  ids,
  label,
  hint,
  error,
  optional,
  className,
  children,
  extra,
}: FieldCommonProps & { ids: FieldIds; className?: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <div className={cx('yf-field', className)} data-invalid={hasContent(error) ? '' : undefined}>
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
