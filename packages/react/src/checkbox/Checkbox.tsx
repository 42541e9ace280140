import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, useFieldIds } from '../field/Field';
import type { DataAttributes } from '../text-field/TextField';
import { cx, hasContent } from '../utils/cx';
import { splitRootProps } from '../utils/rootProps';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size'> {
  /** The words beside the box. The whole card is the click target (≥ 44px, ≥ 60px elder). */
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Any other attribute for the `<input>` itself (its own `className`, `style`, `data-*`). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & DataAttributes;
}

/**
 * A large native checkbox inside a card-sized label. `className`, `style` and `data-*` go on the outermost
 * element; `id`, `name`, `checked`, `onChange`, `aria-*`, `ref` and `inputProps` go to the `<input>`.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox({ label, hint, error, id, inputProps, ...props }, ref) {
  const ids = useFieldIds(id);
  const [root, rest] = splitRootProps(props);
  const disabled = inputProps?.disabled ?? rest.disabled;
  return (
    <div {...root} className={cx('yf-choice-field', root.className)} data-invalid={hasContent(error) ? '' : undefined}>
      <FieldError id={ids.errorId}>{error}</FieldError>
      <label className="yf-choice yf-focus-within" data-disabled={disabled ? '' : undefined}>
        <input
          {...rest}
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          className={cx('yf-choice__input', inputProps?.className)}
          aria-invalid={hasContent(error) || undefined}
          // The whole card is the <label> (a big target), but the name is the label text alone: the hint
          // inside the card is the description, not part of the name (read once, not twice).
          aria-labelledby={ids.labelId}
          aria-describedby={describedBy(ids, { hint, error }, cx(rest['aria-describedby'], inputProps?.['aria-describedby']) || undefined)}
        />
        <span className="yf-choice__text">
          <span className="yf-choice__label" id={ids.labelId}>
            {label}
          </span>
          <FieldHint id={ids.hintId}>{hint}</FieldHint>
        </span>
      </label>
    </div>
  );
});
