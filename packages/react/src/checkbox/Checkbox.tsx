import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, useFieldIds } from '../field/Field';
import { cx, hasContent } from '../utils/cx';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size'> {
  /** The words beside the box. The whole card is the click target (≥ 44px, ≥ 60px elder). */
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A large native checkbox inside a card-sized label. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox({ label, hint, error, id, className, ...rest }, ref) {
  const ids = useFieldIds(id);
  return (
    <div className={cx('yf-choice-field', className)} data-invalid={hasContent(error) ? '' : undefined}>
      <FieldError id={ids.errorId}>{error}</FieldError>
      <label className="yf-choice yf-focus-within" data-disabled={rest.disabled ? '' : undefined}>
        <input
          {...rest}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          className="yf-choice__input"
          aria-invalid={hasContent(error) || undefined}
          // The whole card is the <label> (a big target), but the name is the label text alone: the hint
          // inside the card is the description, not part of the name (read once, not twice).
          aria-labelledby={ids.labelId}
          aria-describedby={describedBy(ids, { hint, error }, rest['aria-describedby'])}
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
