import { cloneElement, forwardRef, isValidElement, type InputHTMLAttributes, type ReactElement, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { describedBy, FieldShell, useFieldIds, type FieldCommonProps } from '../field/Field';
import { cx, hasContent } from '../utils/cx';
import { splitRootProps } from '../utils/rootProps';
import type { VoiceInputProps } from '../voice-input/VoiceInput';

/** The microphone slot: `voiceInput={<VoiceInput />}`; the field gives it the input's id and its label. */
export type VoiceInputSlot = ReactElement<Partial<VoiceInputProps>>;

export type FieldWidth = 'full' | 'medium' | 'short';

/** `data-*` attributes, for `inputProps`. */
export type DataAttributes = { [data: `data-${string}`]: string | number | boolean | undefined };

export interface TextFieldProps extends FieldCommonProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  /** How wide the box is: short for codes and amounts, full for addresses. Never wider than its container. */
  width?: FieldWidth;
  /** Shown after the control (a live reading of the value, a unit). Referenced by aria-describedby. */
  extra?: ReactNode;
  /** Any other attribute for the `<input>` itself (its own `className`, `style`, `data-*`). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & DataAttributes;
  /** @deprecated `className` now goes on the field wrapper; use `className`. Kept as an alias. */
  fieldClassName?: string;
  /** 语音输入: `<VoiceInput />` (or `<VoiceInput kind="address" />`) puts a microphone under the box; none where nothing can listen. */
  voiceInput?: VoiceInputSlot;
}

/**
 * A labelled text input: visible label, optional hint, error tied by aria-describedby, "（选填）" for optional
 * fields. `className`, `style` and `data-*` go on the field wrapper; everything else (`id`, `name`, `value`,
 * `onChange`, `inputMode`, `autoComplete`, `aria-*`) and `ref` go to the native input, `inputProps` too.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, optional, width = 'full', extra, id, fieldClassName, type = 'text', voiceInput, inputProps, ...props },
  ref,
) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  const [root, rest] = splitRootProps(props);
  return (
    <FieldShell {...root} ids={ids} label={label} hint={hint} error={error} optional={optional} extra={extra} className={cx(root.className, fieldClassName)}>
      <input
        {...rest}
        {...inputProps}
        ref={ref}
        id={ids.inputId}
        type={type}
        className={cx('yf-input', 'yf-focus-ring', inputProps?.className)}
        data-width={width}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(ids, { hint, error, extra }, cx(rest['aria-describedby'], inputProps?.['aria-describedby']) || undefined)}
        required={optional ? false : (inputProps?.required ?? rest.required)}
      />
      <FieldVoice slot={voiceInput} inputId={ids.inputId} label={label} />
    </FieldShell>
  );
});

export interface TextareaProps extends FieldCommonProps, TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** Any other attribute for the `<textarea>` itself (its own `className`, `style`, `data-*`). */
  inputProps?: TextareaHTMLAttributes<HTMLTextAreaElement> & DataAttributes;
  /** @deprecated `className` now goes on the field wrapper; use `className`. Kept as an alias. */
  fieldClassName?: string;
  extra?: ReactNode;
  /** 语音输入: `<VoiceInput />` puts a microphone under the box; what is said is added to the text after confirmation. */
  voiceInput?: VoiceInputSlot;
}

/** A field's own kind for its microphone slot (PhoneField → 'phone'), unless the slot names one. */
export function withVoiceKind(slot: VoiceInputSlot | undefined, kind: NonNullable<VoiceInputProps['kind']>): VoiceInputSlot | undefined {
  return isValidElement(slot) ? cloneElement(slot, { kind: slot.props.kind ?? kind }) : undefined;
}

/** Fills the microphone slot with this field's input id and label (a slot keeps TextField free of the voice code). */
function FieldVoice({ slot, inputId, label, append }: { slot?: VoiceInputSlot; inputId: string; label: ReactNode; append?: boolean }) {
  if (!isValidElement(slot)) return null;
  return cloneElement(slot, { inputId, label: slot.props.label ?? (typeof label === 'string' ? label : undefined), append: slot.props.append ?? append });
}

/** A labelled multi-line input with the same label, hint and error parts as TextField. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  { label, hint, error, optional, extra, id, fieldClassName, rows = 4, voiceInput, inputProps, ...props },
  ref,
) {
  const ids = useFieldIds(id);
  const [root, rest] = splitRootProps(props);
  return (
    <FieldShell {...root} ids={ids} label={label} hint={hint} error={error} optional={optional} extra={extra} className={cx(root.className, fieldClassName)}>
      <textarea
        {...rest}
        {...inputProps}
        ref={ref}
        id={ids.inputId}
        rows={rows}
        className={cx('yf-input', 'yf-focus-ring', inputProps?.className)}
        aria-invalid={hasContent(error) || undefined}
        aria-describedby={describedBy(ids, { hint, error, extra }, cx(rest['aria-describedby'], inputProps?.['aria-describedby']) || undefined)}
      />
      <FieldVoice slot={voiceInput} inputId={ids.inputId} label={label} append />
    </FieldShell>
  );
});
