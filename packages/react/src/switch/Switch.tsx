import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldHint, useFieldIds } from '../field/Field';
import { useTranslate } from '../provider/context';
import { useControllableState } from '../provider/useControllableState';
import { cx } from '../utils/cx';

export interface SwitchProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange' | 'value' | 'defaultValue'> {
  label: ReactNode;
  hint?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
}

/**
 * An on/off setting that takes effect at once (use Checkbox for answers submitted later). The state is
 * written as words ("开"/"关") inside the track, not only shown by the knob's position or colour.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  { label, hint, checked, defaultChecked = false, onCheckedChange, id, className, onClick, ...rest },
  ref,
) {
  const t = useTranslate();
  const ids = useFieldIds(id);
  const [on, setOn] = useControllableState(checked, defaultChecked, onCheckedChange);
  return (
    <div className={cx('yf-switch-field', className)}>
      <div className="yf-switch-field__row">
        <label className="yf-switch-field__label" htmlFor={ids.inputId} id={ids.labelId}>
          {label}
        </label>
        <button
          {...rest}
          ref={ref}
          id={ids.inputId}
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={ids.labelId}
          aria-describedby={describedBy(ids, { hint }, rest['aria-describedby'])}
          className="yf-switch yf-focus-ring"
          data-state={on ? 'on' : 'off'}
          onClick={(event) => {
            onClick?.(event);
            if (!event.defaultPrevented) setOn(!on);
          }}
        >
          <span className="yf-switch__track" aria-hidden="true">
            <span className="yf-switch__thumb" />
          </span>
          <span className="yf-switch__state" aria-hidden="true">
            {on ? t('switch.on') : t('switch.off')}
          </span>
        </button>
      </div>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
    </div>
  );
});
