import { dateKeyToEpoch, devWarn, formatDayLabel, shanghaiParts } from '@yinfa/core';
import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { useLocale } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { RadioGroup, type RadioGroupProps, type RadioOption } from '../radio-group/RadioGroup';
import { cx } from '../utils/cx';
import { splitRootProps } from '../utils/rootProps';
import { renamed } from '../utils/renamed';
import { LinkButton } from './FlowParts';
import { flowMessages } from './messages';

export interface DayOption {
  /** Shanghai date, "YYYY-MM-DD". */
  date: string;
  available: boolean;
  /** Why it cannot be chosen: 'full' (已约满, default) or 'closed' (不可预约). */
  reason?: 'full' | 'closed';
}

type GroupProps = Omit<RadioGroupProps, 'options' | 'label' | 'value' | 'defaultValue' | 'onValueChange' | 'onChange' | 'layout' | 'optional' | 'name'>;

export interface DayPickerProps extends GroupProps, Pick<HTMLAttributes<HTMLDivElement>, 'style'> {
  days: DayOption[];
  value?: string;
  /** Called with the chosen Shanghai date, "YYYY-MM-DD". */
  onValueChange?: (date: string) => void;
  /** @deprecated Renamed `onValueChange` (same argument); warns once in development. */
  onChange?: (date: string) => void;
  /** Today's Shanghai date, for 今天 / 明天. */
  today: string;
  /** How many days show before "更多日期". Default 5 (NHS: the next five days beat a month grid). */
  visibleCount?: number;
  label?: ReactNode;
  /** Id of the first group (the error summary links here). */
  id?: string;
}

/**
 * `className`, `style` and `data-*` go on the outermost element; `id`, `aria-*`, `hint`, `error` and `inputProps`
 * go to the first group of days (the control the error summary links to).
 *
 * A short row of large day buttons — 今天 / 明天 / 周三 6月12日 — with unavailable days shown and announced
 * as such, and "更多日期" opening the rest grouped by month. Native radios: arrow keys, no drag, no tiny grid.
 */
export const DayPicker = forwardRef<HTMLFieldSetElement, DayPickerProps>(function DayPicker(
  { days, value, onValueChange, onChange, today, visibleCount = 5, label, inputProps, ...props },
  ref,
) {
  const [root, group] = splitRootProps(props);
  const onPick = onValueChange ?? renamed('DayPicker', 'onChange', 'onValueChange', onChange);
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
  const select = (v: string) => onPick?.(v);

  return (
    <div {...root} className={cx('yf-day-picker', root.className)}>
      <RadioGroup
        {...group}
        ref={ref}
        inputProps={inputProps}
        name={name}
        label={label ?? t('flow.day.legend')}
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
                  <RadioGroup key={month} name={name} label={month} layout="grid" inputProps={inputProps} options={list.map(option)} value={value ?? ''} onValueChange={select} className="yf-day-picker__days" />
                ))
              : null}
          </div>
        </>
      ) : null}
    </div>
  );
});
