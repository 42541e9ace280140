import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldHint, useFieldIds } from '../field/Field';
import { useTranslate } from '../provider/context';
import { useControllableState } from '../provider/useControllableState';
import type { DataAttributes } from '../text-field/TextField';
import { cx } from '../utils/cx';
import { splitRootProps } from '../utils/rootProps';

export interface SwitchProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange' | 'value' | 'defaultValue'> {
  label: ReactNode;
  hint?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
  /** Any other attribute for the switch's `<button>` itself (its own `className`, `style`, `data-*`). */
  inputProps?: ButtonHTMLAttributes<HTMLButtonElement> & DataAttributes;
}

/**
 * `className`, `style` and `data-*` go on the outermost element; `id`, `aria-*`, events, `ref` and `inputProps`
 * go to the switch's `<button>`.
 *
 * An on/off setting that takes effect at once (use Checkbox for answers submitted later). The state is
 * written as words ("开"/"关") inside the track, not only shown by the knob's position or colour.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  { label, hint, checked, defaultChecked = false, onCheckedChange, id, onClick, inputProps, ...props },
  ref,
) {
  const [root, rest] = splitRootProps(props);
  const t = useTranslate();
  const ids = useFieldIds(id);
  const [on, setOn] = useControllableState(checked, defaultChecked, onCheckedChange);
  return (
    <div {...root} className={cx('yf-switch-field', root.className)}>
      <div className="yf-switch-field__row">
        <label className="yf-switch-field__label" htmlFor={ids.inputId} id={ids.labelId}>
          {label}
        </label>
        <button
          {...rest}
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={ids.labelId}
          aria-describedby={describedBy(ids, { hint }, cx(rest['aria-describedby'], inputProps?.['aria-describedby']) || undefined)}
          className={cx('yf-switch', 'yf-focus-ring', inputProps?.className)}
          data-state={on ? 'checked' : 'unchecked'}
          onClick={(event) => {
            onClick?.(event);
            inputProps?.onClick?.(event);
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
