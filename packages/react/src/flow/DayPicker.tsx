import { dateKeyToEpoch, devWarn, formatDayLabel, shanghaiParts } from '@yinfa/core';
import { useId, useState, type ReactNode } from 'react';
import { useLocale } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { RadioGroup, type RadioOption } from '../radio-group/RadioGroup';
import { cx } from '../utils/cx';
import { LinkButton } from './FlowParts';
import { flowMessages } from './messages';

export interface DayOption {
  /** Shanghai date, "YYYY-MM-DD". */
  date: string;
  available: boolean;
  /** Why it cannot be chosen: 'full' (已约满, default) or 'closed' (不可预约). */
  reason?: 'full' | 'closed';
}

export interface DayPickerProps {
  days: DayOption[];
  value?: string;
  onChange?: (date: string) => void;
  /** Today's Shanghai date, for 今天 / 明天. */
  today: string;
  /** How many days show before "更多日期". Default 5 (NHS: the next five days beat a month grid). */
  visibleCount?: number;
  label?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Id of the first group (the error summary links here). */
  id?: string;
  /** The legend is the page heading. */
  legendAsHeading?: 1 | 2 | 3;
  className?: string;
}

/**
 * A short row of large day buttons — 今天 / 明天 / 周三 6月12日 — with unavailable days shown and announced
 * as such, and "更多日期" opening the rest grouped by month. Native radios: arrow keys, no drag, no tiny grid.
 */
export function DayPicker({ days, value, onChange, today, visibleCount = 5, label, hint, error, id, legendAsHeading, className }: DayPickerProps) {
  const t = useCatalogue(flowMessages);
  const [locale] = useLocale();
  const name = `yf-day-${useId().replace(/:/g, '')}`;
  const valid = (Array.isArray(days) ? days : []).filter((d) => d && Number.isFinite(dateKeyToEpoch(d.date)));
  if (Array.isArray(days) && valid.length !== days.length) devWarn('DayPicker: some days were not "YYYY-MM-DD" dates and were skipped.');
  const count = Math.max(1, Math.trunc(visibleCount) || 5);
  const first = valid.slice(0, count);
  const rest = valid.slice(count);
  const [expanded, setExpanded] = useState(() => rest.some((d) => d.date === value));

  const option = (d: DayOption): RadioOption => {
    const { primary, secondary } = formatDayLabel(d.date, today, locale);
    const status = d.available ? t('flow.day.free') : d.reason === 'closed' ? t('flow.day.closed') : t('flow.day.full');
    return { value: d.date, label: primary, hint: `${secondary} · ${status}`, disabled: !d.available };
  };

  const months = new Map<string, DayOption[]>();
  for (const d of rest) {
    const p = shanghaiParts(dateKeyToEpoch(d.date));
    const key = t('flow.day.month', { year: p.year, month: p.month });
    months.set(key, [...(months.get(key) ?? []), d]);
  }
  const moreId = `${name}-more`;
  const select = (v: string) => onChange?.(v);

  return (
    <div className={cx('yf-day-picker', className)}>
      <RadioGroup
        id={id}
        name={name}
        label={label ?? t('flow.day.legend')}
        hint={hint}
        error={error}
        legendAsHeading={legendAsHeading}
        layout="grid"
        options={first.map(option)}
        value={value ?? ''}
        onValueChange={select}
        className="yf-day-picker__days"
      />
      {rest.length ? (
        <>
          <LinkButton className="yf-day-picker__more" aria-expanded={expanded} aria-controls={moreId} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t('flow.day.fewer') : t('flow.day.more')}
          </LinkButton>
          <div id={moreId} hidden={!expanded} className="yf-day-picker__month">
            {expanded
              ? [...months.entries()].map(([month, list]) => (
                  <RadioGroup key={month} name={name} label={month} layout="grid" options={list.map(option)} value={value ?? ''} onValueChange={select} className="yf-day-picker__days" />
                ))
              : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
