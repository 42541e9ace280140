import { amountToChineseUppercase, checkAmount, DEFAULT_MAX_AMOUNT_FEN, formatFen, parseAmount } from '@yinfa/core';
import { forwardRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { useTranslate } from '../provider/context';
import { MessageWithPart } from '../provider/MessageWithPart';
import { useControllableState } from '../provider/useControllableState';
import { TextField, withVoiceKind, type TextFieldProps } from '../text-field/TextField';
import { cx, hasContent } from '../utils/cx';

export interface AmountFieldProps extends Omit<TextFieldProps, 'value' | 'defaultValue' | 'type'> {
  value?: string;
  defaultValue?: string;
  onValueChange?: (text: string) => void;
  /** Integer 分 on every change, or null while the text is not a valid amount. */
  onAmountChange?: (fen: number | null) => void;
  /** The largest amount accepted, in 分. Default 一亿元. */
  maxFen?: number;
  allowZero?: boolean;
  /** Show the 大写 amount live beside the figure (as Chinese bank forms do). Default true. */
  showUppercase?: boolean;
}

/**
 * Money input in integer 分. Accepts commas, 万/亿, full-width digits and ¥; shows the 大写 amount live
 * (壹万贰仟元整) so the customer can check the figure in words; rejects negative or absurd amounts with
 * a message that says what to type. The 大写 line is tied to the input by aria-describedby, not a live
 * region, so it is read on focus rather than on every keystroke.
 */
export const AmountField = forwardRef<HTMLInputElement, AmountFieldProps>(function AmountField(
  { value, defaultValue = '', onValueChange, onAmountChange, maxFen = DEFAULT_MAX_AMOUNT_FEN, allowZero, showUppercase = true, error, onBlur, onChange, ...rest },
  ref,
) {
  const t = useTranslate();
  const [text, setText] = useControllableState(value, defaultValue, onValueChange);
  const [touchedError, setTouchedError] = useState<string | undefined>();
  const fen = parseAmount(text);
  const valid = fen !== null && fen >= 0 && fen <= maxFen;

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const check = checkAmount(event.target.value, { maxFen, allowZero });
    onAmountChange?.(check.error ? null : check.fen);
    if (touchedError && !check.error) setTouchedError(undefined);
    onChange?.(event);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    const check = checkAmount(text, { maxFen, allowZero });
    if (text.trim() === '' && rest.required !== true) setTouchedError(undefined);
    else setTouchedError(check.error ? t(check.error, { max: formatFen(maxFen, { showFen: 'auto' }) }) : undefined);
    onBlur?.(event);
  };

  const uppercase = showUppercase && valid ? (
    <span className="yf-amount__uppercase" data-testid="amount-uppercase">
      <span className="yf-amount__figure">{formatFen(fen)}</span>
      <span>
        <MessageWithPart t={t} id="amount.uppercase" name="text" part={amountToChineseUppercase(fen)} lang="zh-CN" />
      </span>
    </span>
  ) : null;

  return (
    <TextField
      {...rest}
      ref={ref}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      width={rest.width ?? 'medium'}
      value={text}
      onChange={handleChange}
      onBlur={handleBlur}
      error={hasContent(error) ? error : touchedError}
      extra={uppercase}
      className={cx('yf-amount', rest.className)}
      voiceInput={withVoiceKind(rest.voiceInput, 'amount')}
    />
  );
});
