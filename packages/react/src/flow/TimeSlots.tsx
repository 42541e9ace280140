import { devWarn, formatDuration, formatTimeRange, formatDate, isSlotPast, toEpoch, DEFAULT_LEAD_MINUTES } from '@yinfa/core';
import { forwardRef, useId, type ReactNode } from 'react';
import { useLocale } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { RadioGroup, type RadioGroupProps, type RadioOption } from '../radio-group/RadioGroup';
import { cx } from '../utils/cx';
import { renamed } from '../utils/renamed';
import { flowMessages } from './messages';

export interface TimeSlotOption {
  id: string;
  /** ISO 8601 with offset; shown in Asia/Shanghai time. */
  start: string;
  end: string;
  available: boolean;
  remaining?: number;
}

export interface TimeSlotsProps extends Omit<RadioGroupProps, 'options' | 'label' | 'value' | 'defaultValue' | 'onValueChange' | 'onChange' | 'layout' | 'optional'> {
  slots: TimeSlotOption[];
  value?: string;
  /** Called with the chosen slot's id. */
  onValueChange?: (slotId: string) => void;
  /** @deprecated Renamed `onValueChange` (same argument); warns once in development. */
  onChange?: (slotId: string) => void;
  /**
   * The clock, as everywhere in Yinfa (`now?: () => number`, epoch milliseconds): slots starting within
   * `leadMinutes` show as passed and cannot be chosen. Without it no slot is marked passed.
   * A plain number (the 0.1 shape) still works and warns once in development.
   */
  now?: (() => number) | number;
  leadMinutes?: number;
  /** Show the date in each option (slots from several days, e.g. the nearest free ones after a 409). */
  showDate?: boolean;
  label?: ReactNode;
  /** Share one name with another TimeSlots so only one slot is ever checked. */
  name?: string;
}

/**
 * Time slots as large radio options: "上午 9:00–10:30", "约 1 小时 30 分钟", and "已约满" / "已过时间" for
 * the ones that cannot be chosen (disabled and said in words, not by colour).
 */
export const TimeSlots = forwardRef<HTMLFieldSetElement, TimeSlotsProps>(function TimeSlots(
  { slots, value, onValueChange, onChange, now, leadMinutes = DEFAULT_LEAD_MINUTES, showDate, label, name, className, ...rest },
  ref,
) {
  const onPick = onValueChange ?? renamed('TimeSlots', 'onChange', 'onValueChange', onChange);
  const t = useCatalogue(flowMessages);
  const [locale] = useLocale();
  const auto = `yf-slot-${useId().replace(/:/g, '')}`;
  const nowMs = typeof now === 'function' ? now() : typeof now === 'number' ? legacyNow(now) : undefined;
  const list = (Array.isArray(slots) ? slots : []).filter((s) => s && typeof s.id === 'string' && Number.isFinite(toEpoch(s.start)) && Number.isFinite(toEpoch(s.end)));
  const options: RadioOption[] = list.map((s) => {
    const minutes = Math.round((toEpoch(s.end) - toEpoch(s.start)) / 60_000);
    const passed = nowMs !== undefined && Number.isFinite(nowMs) && isSlotPast(s, nowMs, leadMinutes);
    const range = formatTimeRange(s.start, s.end, locale);
    const parts = [t('flow.slot.duration', { duration: formatDuration(minutes, locale) })];
    if (passed) parts.push(t('flow.slot.passed'));
    else if (!s.available) parts.push(t('flow.slot.full'));
    else if (typeof s.remaining === 'number' && s.remaining > 1 && s.remaining <= 3) parts.push(t('flow.slot.remaining', { n: s.remaining }));
    return { value: s.id, label: showDate ? `${formatDate(s.start, locale)} ${range}` : range, hint: parts.join(' · '), disabled: passed || !s.available };
  });
  return (
    <RadioGroup
      {...rest}
      ref={ref}
      name={name ?? auto}
      label={label ?? t('flow.slot.legend')}
      options={options}
      value={value ?? ''}
      onValueChange={(v) => onPick?.(v)}
      className={cx('yf-time-slots', className)}
    />
  );
});

function legacyNow(now: number): number {
  devWarn('TimeSlots: `now` as a number is deprecated; pass the clock, `now={() => Date.now()}` (one clock shape, docs/contributing.md).');
  return now;
}
