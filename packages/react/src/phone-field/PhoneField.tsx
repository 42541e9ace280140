import { checkPhone, type ParsedPhone, type PhoneAccept } from '@yinfa/core';
import { forwardRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { useYinfa } from '../provider/context';
import { useControllableState } from '../provider/useControllableState';
import { TextField, withVoiceKind, type TextFieldProps } from '../text-field/TextField';
import { hasContent } from '../utils/cx';

export interface PhoneValue extends ParsedPhone {
  valid: boolean;
}

export interface PhoneFieldProps extends Omit<TextFieldProps, 'value' | 'defaultValue' | 'type' | 'label'> {
  /** Defaults to "手机号码" / "Mobile number". */
  label?: TextFieldProps['label'];
  /** mobile (default), landline, or any (many elders have no mobile: use 'any' for 联系电话). */
  accept?: PhoneAccept;
  value?: string;
  defaultValue?: string;
  /** The text as typed (or as regrouped on blur). */
  onValueChange?: (text: string) => void;
  /** The parsed number on every change: kind, digits without +86 or separators, display, valid. */
  onPhoneChange?: (phone: PhoneValue) => void;
  /** Regroup a valid number on blur as 138 0013 8000. Default true. */
  formatOnBlur?: boolean;
}

/**
 * Chinese mobile and landline input. Accepts full-width digits, spaces, hyphens, +86/0086; validates on blur
 * (not while typing) with errors that say what to type and give an example; regroups 3-4-4.
 * Mobile rule ^1[3-9]\d{9}$, never an operator-prefix list (domain.md §2.3).
 */
export const PhoneField = forwardRef<HTMLInputElement, PhoneFieldProps>(function PhoneField(
  { accept = 'mobile', value, defaultValue = '', onValueChange, onPhoneChange, formatOnBlur = true, error, label, hint, onBlur, onChange, ...rest },
  ref,
) {
  const { t, region } = useYinfa();
  // The example landline carries the region's area code (0518 in Lianyungang, 010 1234 5678 by default).
  const examples = { landline: region.exampleLandline };
  const [text, setText] = useControllableState(value, defaultValue, onValueChange);
  const [touchedError, setTouchedError] = useState<string | undefined>();

  const emit = (next: string) => {
    const check = checkPhone(next, accept);
    onPhoneChange?.({ ...check.parsed, valid: !check.error });
    return check;
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const check = emit(event.target.value);
    // Clear an error as soon as the answer is right; never show a new one mid-typing.
    if (touchedError && !check.error) setTouchedError(undefined);
    onChange?.(event);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    const check = checkPhone(text, accept);
    if (text.trim() === '' && rest.required !== true) setTouchedError(undefined);
    else setTouchedError(check.error ? t(check.error, examples) : undefined);
    if (!check.error && formatOnBlur && check.parsed.display !== text) setText(check.parsed.display);
    onBlur?.(event);
  };

  const shownError = hasContent(error) ? error : touchedError;
  const defaultHint = accept === 'mobile' ? t('phone.hintMobile') : t('phone.hintAny', examples);
  return (
    <TextField
      {...rest}
      ref={ref}
      label={hasContent(label) ? label : t('phone.label')}
      hint={hint === undefined ? defaultHint : hint}
      error={shownError}
      type="tel"
      inputMode="tel"
      autoComplete={rest.autoComplete ?? 'tel-national'}
      width={rest.width ?? 'medium'}
      value={text}
      onChange={handleChange}
      onBlur={handleBlur}
      voiceInput={withVoiceKind(rest.voiceInput, 'phone')}
    />
  );
});
