'use client';
import { DIET_TAGS, RADIUS_STEPS_M, SERVICE_MODES, toggleChoice, type DietTag, type ServiceMode, type Translate } from '@yinfa/core';
import { Button, Checkbox, Select, TextField } from '@yinfa/react';
import { DataMessage } from './data-lang';
import { formatDistance } from './format';
import type { useMealQuery } from './useMealQuery';

export interface FiltersPanelProps {
  query: ReturnType<typeof useMealQuery>;
  /** The radius choice shows only once the user's position is known. */
  hasOrigin: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  t: Translate;
  /** Two places from the data ("新南街道、幸福社区") for the search hint; empty: no hint. */
  searchExamples: string;
}

/** "筛选条件": search, radius, open now, service modes, diet, step-free access. Built only when open. */
export function FiltersPanel({ query, hasOrigin, open, onOpenChange, t, searchExamples }: FiltersPanelProps) {
  const { filters, setFilter } = query;
  return (
    <details className="yf-meal-map__panel" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary className="yf-meal-map__summary yf-focus-ring">{t('mealMap.filters.summary', { count: query.filterCount })}</summary>
      {open ? (
        <div className="yf-meal-map__filters">
          <TextField label={t('mealMap.filters.search')} hint={searchExamples ? <DataMessage t={t} id="mealMap.filters.searchHint" name="examples" data={searchExamples} /> : undefined} type="search" value={filters.text ?? ''} onChange={(e) => setFilter({ text: e.target.value || undefined })} />
          {hasOrigin ? (
            <Select
              label={t('mealMap.filters.radius')}
              placeholder={false}
              value={query.radiusM === null ? '' : String(query.radiusM)}
              onChange={(e) => query.setRadius(e.target.value ? Number(e.target.value) : null)}
              options={[...RADIUS_STEPS_M.filter((r) => r <= 20000).map((r) => ({ value: String(r), label: formatDistance(r, t) })), { value: '', label: t('mealMap.filters.radiusAny') }]}
            />
          ) : null}
          <Checkbox label={t('mealMap.filters.openNow')} checked={Boolean(filters.openNow)} onChange={(e) => setFilter({ openNow: e.target.checked || undefined })} />
          <fieldset className="yf-meal-map__fieldset">
            <legend>{t('mealMap.filters.modes')}</legend>
            {SERVICE_MODES.map((m: ServiceMode) => (
              <Checkbox key={m} label={t(`mealMap.mode.${m}`)} checked={filters.modes?.includes(m) ?? false} onChange={(e) => setFilter({ modes: toggleChoice(filters.modes, m, e.target.checked) })} />
            ))}
          </fieldset>
          <fieldset className="yf-meal-map__fieldset">
            <legend>{t('mealMap.filters.diet')}</legend>
            {DIET_TAGS.map((d: DietTag) => (
              <Checkbox key={d} label={t(`mealMap.diet.${d}`)} checked={filters.diet?.includes(d) ?? false} onChange={(e) => setFilter({ diet: toggleChoice(filters.diet, d, e.target.checked) })} />
            ))}
          </fieldset>
          <fieldset className="yf-meal-map__fieldset">
            <legend>{t('mealMap.filters.access')}</legend>
            <Checkbox label={t('mealMap.filters.stepFree')} checked={Boolean(filters.stepFree)} onChange={(e) => setFilter({ stepFree: e.target.checked || undefined })} />
          </fieldset>
          {query.filterCount ? (
            <Button variant="quiet" onClick={query.clearFilters}>
              {t('mealMap.filters.clear')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
