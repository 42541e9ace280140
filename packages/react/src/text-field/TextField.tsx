import { cloneElement, forwardRef, isValidElement, type InputHTMLAttributes, type ReactElement, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { describedBy, FieldShell, useFieldIds, type FieldCommonProps } from '../field/Field';
import { cx, hasContent } from '../utils/cx';
import type { VoiceInputProps } from '../voice-input/VoiceInput';

/** The microphone slot: `voiceInput={<VoiceInput />}`; the field gives it the input's id and its label. */
export type VoiceInputSlot = ReactElement<Partial<VoiceInputProps>>;

export type FieldWidth = 'full' | 'medium' | 'short';

export interface TextFieldProps extends FieldCommonProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  /** How wide the box is: short for codes and amounts, full for addresses. Never wider than its container. */
  width?: FieldWidth;
  /** Shown after the control (a live reading of the value, a unit). Referenced by aria-describedby. */
  extra?: ReactNode;
  /** Class for the field wrapper; `className` goes on the input. */
  fieldClassName?: string;
  /** 语音输入: `<VoiceInput />` (or `<VoiceInput kind="address" />`) puts a microphone under the box; none where nothing can listen. */
  voiceInput?: VoiceInputSlot;
}

/**
 * A labelled text input: visible label, optional hint, error tied by aria-describedby, "（选填）" for optional
 * fields. Everything else (value, onChange, inputMode, autoComplete) passes to the native input.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, optional, width = 'full', extra, id, className, fieldClassName, type = 'text', voiceInput, ...rest },
  ref,
) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} optional={optional} extra={extra} className={fieldClassName}>
      <input
        {...rest}
        ref={ref}
        id={ids.inputId}
        type={type}
        className={cx('yf-input', 'yf-focus-ring', className)}
        data-width={width}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(ids, { hint, error, extra }, rest['aria-describedby'])}
        required={optional ? false : rest.required}
      />
      <FieldVoice slot={voiceInput} inputId={ids.inputId} label={label} />
    </FieldShell>
  );
});

export interface TextareaProps extends FieldCommonProps, TextareaHTMLAttributes<HTMLTextAreaElement> {
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
  { label, hint, error, optional, extra, id, className, fieldClassName, rows = 4, voiceInput, ...rest },
  ref,
) {
  const ids = useFieldIds(id);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} optional={optional} extra={extra} className={fieldClassName}>
      <textarea
        {...rest}
        ref={ref}
        id={ids.inputId}
        rows={rows}
        className={cx('yf-input', 'yf-focus-ring', className)}
        aria-invalid={hasContent(error) || undefined}
        aria-describedby={describedBy(ids, { hint, error, extra }, rest['aria-describedby'])}
      />
      <FieldVoice slot={voiceInput} inputId={ids.inputId} label={label} append />
    </FieldShell>
  );
});
