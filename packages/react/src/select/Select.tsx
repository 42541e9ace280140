import { devWarn } from '@yinfa/core';
import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { describedBy, FieldShell, useFieldIds, type FieldCommonProps } from '../field/Field';
import { useTranslate } from '../provider/context';
import type { DataAttributes } from '../text-field/TextField';
import { cx, hasContent } from '../utils/cx';
import { splitRootProps } from '../utils/rootProps';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** The label's language when it is not the page's (a Chinese place name in an English page: WCAG 3.1.2). */
  lang?: string;
}

export interface SelectProps extends FieldCommonProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size'> {
  /** Options as data, or pass <option> children. */
  options?: SelectOption[];
  /** The first, empty choice ("请选择"). Set to false to start on the first option. */
  placeholder?: string | false;
  /** Any other attribute for the `<select>` itself (its own `className`, `style`, `data-*`). */
  inputProps?: SelectHTMLAttributes<HTMLSelectElement> & DataAttributes;
  /** @deprecated `className` now goes on the field wrapper; use `className`. Kept as an alias. */
  fieldClassName?: string;
  children?: ReactNode;
}

/**
 * `className`, `style` and `data-*` go on the field wrapper; `id`, `name`, `value`, `onChange`, `aria-*`, `ref`
 * and `inputProps` go to the `<select>`.
 *
 * A large native <select>: the platform's own picker works with every screen reader, zooms with the page
 * and opens full-screen on phones — better for older users than a custom listbox.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, hint, error, optional, options, placeholder, id, fieldClassName, children, inputProps, ...props },
  ref,
) {
  const [root, rest] = splitRootProps(props);
  const t = useTranslate();
  const ids = useFieldIds(id);
  const safe = Array.isArray(options) ? options.filter((o) => o && typeof o.value === 'string') : undefined;
  if (options !== undefined && (!Array.isArray(options) || safe?.length !== options.length)) devWarn('Select: options must be { value, label } objects; invalid entries were skipped.');
  return (
    <FieldShell {...root} ids={ids} label={label} hint={hint} error={error} optional={optional} className={cx(root.className, fieldClassName)}>
      <span className="yf-select">
        <select
          {...rest}
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          className={cx('yf-input', 'yf-select__control', 'yf-focus-ring', inputProps?.className)}
          aria-invalid={hasContent(error) || undefined}
          aria-describedby={describedBy(ids, { hint, error }, cx(rest['aria-describedby'], inputProps?.['aria-describedby']) || undefined)}
        >
          {placeholder === false ? null : <option value="">{placeholder ?? t('select.placeholder')}</option>}
          {safe?.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled} lang={o.lang}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
        <svg className="yf-select__chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
    </FieldShell>
  );
});
