import { devWarn } from '@yinfa/core';
import { forwardRef, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, FieldLabel, useFieldIds } from '../field/Field';
import { useControllableState } from '../provider/useControllableState';
import { cx, hasContent } from '../utils/cx';

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** A line under the label: what the option means, its duration or price. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  /** The question, shown as the fieldset's legend. */
  label: ReactNode;
  options: RadioOption[];
  name?: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  /** Render the legend as the page heading (GOV.UK question pages: one question, the question is the h1). */
  legendAsHeading?: 1 | 2 | 3;
  /** Lay options out in a responsive grid (cards side by side when there is room). */
  layout?: 'stack' | 'grid';
  id?: string;
  className?: string;
  required?: boolean;
}

/** A native radio group inside a fieldset, each option a large card. Arrow keys move between options. */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { label, options, name, value, defaultValue, onValueChange, hint, error, optional, legendAsHeading, layout = 'stack', id, className, required },
  ref,
) {
  const ids = useFieldIds(id);
  const [selected, setSelected] = useControllableState<string | undefined>(value, defaultValue, (v) => v !== undefined && onValueChange?.(v));
  const safeOptions = Array.isArray(options) ? options.filter((o) => o && typeof o.value === 'string') : [];
  if (!Array.isArray(options) || safeOptions.length !== options.length) devWarn('RadioGroup: options must be an array of { value: string, label }. Invalid entries were skipped.');
  const groupName = name ?? ids.inputId;
  const Heading = legendAsHeading ? (`h${legendAsHeading}` as const) : null;
  return (
    <fieldset
      ref={ref}
      id={ids.inputId}
      className={cx('yf-radio-group', className)}
      data-layout={layout}
      data-invalid={hasContent(error) ? '' : undefined}
      aria-describedby={describedBy(ids, { hint, error })}
      aria-invalid={hasContent(error) || undefined}
    >
      <legend className="yf-radio-group__legend">
        {Heading ? (
          <Heading className="yf-radio-group__heading">
            <FieldLabel as="span" optional={optional}>{label}</FieldLabel>
          </Heading>
        ) : (
          <FieldLabel as="span" optional={optional}>{label}</FieldLabel>
        )}
      </legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
      <div className="yf-radio-group__options">
        {safeOptions.map((option, index) => {
          const optionHintId = `${ids.inputId}-opt${index}-hint`;
          return (
            <label key={option.value} className="yf-choice yf-focus-within" data-disabled={option.disabled ? '' : undefined}>
              <input
                type="radio"
                className="yf-choice__input"
                name={groupName}
                value={option.value}
                checked={selected === undefined ? false : selected === option.value}
                disabled={option.disabled}
                required={required && !optional}
                aria-labelledby={`${ids.inputId}-opt${index}-label`}
                aria-describedby={hasContent(option.hint) ? optionHintId : undefined}
                onChange={() => setSelected(option.value)}
              />
              <span className="yf-choice__text">
                <span className="yf-choice__label" id={`${ids.inputId}-opt${index}-label`}>
                  {option.label}
                </span>
                {hasContent(option.hint) ? (
                  <span className="yf-field__hint" id={optionHintId}>
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
