import { devWarn } from '@yinfa/core';
import { forwardRef, type FieldsetHTMLAttributes, type InputHTMLAttributes, type ReactNode } from 'react';
import type { DataAttributes } from '../text-field/TextField';
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

export interface RadioGroupProps extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'defaultValue' | 'onChange' | 'children'> {
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
  required?: boolean;
  /** Attributes for every radio `<input>` (`form`, `data-*`); `name`, `value` and `checked` stay the group's. */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & DataAttributes;
}

/**
 * A native radio group inside a fieldset, each option a large card. Arrow keys move between options. The group is
 * the control: DOM props, `id`, `aria-*` and `ref` go to the `<fieldset>`; `inputProps` to every radio.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { label, options, name, value, defaultValue, onValueChange, hint, error, optional, legendAsHeading, layout = 'stack', id, className, required, inputProps, ...rest },
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
      {...rest}
      ref={ref}
      id={ids.inputId}
      className={cx('yf-radio-group', className)}
      data-layout={layout}
      data-invalid={hasContent(error) ? '' : undefined}
      aria-describedby={describedBy(ids, { hint, error }, rest['aria-describedby'])}
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
                {...inputProps}
                type="radio"
                className={cx('yf-choice__input', inputProps?.className)}
                name={groupName}
                value={option.value}
                checked={selected === undefined ? false : selected === option.value}
                disabled={option.disabled || inputProps?.disabled}
                required={required && !optional}
                aria-labelledby={`${ids.inputId}-opt${index}-label`}
                aria-describedby={cx(hasContent(option.hint) && optionHintId, inputProps?.['aria-describedby']) || undefined}
                onChange={(event) => {
                  inputProps?.onChange?.(event);
                  setSelected(option.value);
                }}
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
