import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslate } from '../provider/context';
import { cx } from '../utils/cx';

export interface ProgressProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What is progressing: "上传照片". Required: a bar without words means nothing to many readers. */
  label: ReactNode;
  /** 0–max. Leave undefined for "in progress, amount unknown". */
  value?: number;
  max?: number;
  /** Replaces the default "已完成 40%" text. */
  valueText?: string;
}

/** A progress bar that always says the amount in words, not only with the bar's length. */
export function Progress({ label, value, max = 100, valueText, className, ...rest }: ProgressProps) {
  const t = useTranslate();
  const safeMax = Number.isFinite(max) && max > 0 ? max : 100;
  const known = typeof value === 'number' && Number.isFinite(value);
  const clamped = known ? Math.min(safeMax, Math.max(0, value)) : 0;
  const percent = Math.round((clamped / safeMax) * 100);
  const text = valueText ?? (known ? t('common.progress', { percent }) : t('common.loading'));
  return (
    <div {...rest} className={cx('yf-progress', className)} data-state={known ? (percent >= 100 ? 'complete' : 'loading') : 'indeterminate'}>
      <div className="yf-progress__header">
        <span className="yf-progress__label">{label}</span>
        <span className="yf-progress__value" aria-hidden="true">{text}</span>
      </div>
      <div
        className="yf-progress__track"
        role="progressbar"
        aria-label={typeof label === 'string' ? label : undefined}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={known ? clamped : undefined}
        aria-valuetext={text}
      >
        <div className="yf-progress__bar" style={{ inlineSize: `${known ? percent : 100}%` }} />
      </div>
    </div>
  );
}
