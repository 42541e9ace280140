'use client';
import { mealFilterCount, queryMealPoints, type GeoPosition, type MealFilters, type MealListItem, type MealProfile, type PreparedMealPoint, type Translate } from '@yinfa/core';
import { useAnnounce } from '@yinfa/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDistance } from './format';

const EMPTY_FILTERS: MealFilters = {};

export interface UseMealQueryOptions {
  prepared: readonly PreparedMealPoint[];
  /** The user's position in WGS84, or null while unknown. */
  origin: GeoPosition | null;
  at: Date;
  profile: MealProfile;
  pageSize: number;
  defaultRadiusM: number | null;
  t: Translate;
}

/**
 * The list the meal map shows: filters, the radius, paging ("再显示"), and the count in words — announced
 * after a change, never on the first render (nor on StrictMode's second run).
 */
export function useMealQuery({ prepared, origin, at, profile, pageSize, defaultRadiusM, t }: UseMealQueryOptions) {
  const announce = useAnnounce();
  const [filters, setFilters] = useState<MealFilters>(EMPTY_FILTERS);
  const [radiusM, setRadiusState] = useState<number | null>(defaultRadiusM);
  const [visible, setVisible] = useState(pageSize);

  const result = useMemo(() => queryMealPoints(prepared, { ...filters, origin, radiusM, at, profile }), [prepared, filters, origin, radiusM, at, profile]);
  const shown: MealListItem[] = result.items.length ? result.items : result.nearest;
  const numberOf = useMemo(() => new Map(shown.map((item, i) => [item.point.id, i + 1])), [shown]);

  const countText = result.items.length
    ? origin && radiusM
      ? t('mealMap.resultsWithin', { count: result.items.length, radius: formatDistance(radiusM, t) })
      : t('mealMap.results', { count: result.items.length })
    : origin && radiusM && result.totalIgnoringRadius > 0
      ? t('mealMap.empty.within', { radius: formatDistance(radiusM, t) })
      : t('mealMap.empty.none');
  const lastCountText = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastCountText.current;
    lastCountText.current = countText;
    if (previous !== null && previous !== countText) announce(countText);
  }, [countText]); // eslint-disable-line react-hooks/exhaustive-deps

  const resetPaging = useCallback(() => setVisible(pageSize), [pageSize]);
  const setFilter = useCallback(
    (patch: Partial<MealFilters>) => {
      setFilters((f) => ({ ...f, ...patch }));
      setVisible(pageSize);
    },
    [pageSize],
  );
  const clearFilters = useCallback(() => {
    setFilters(EMPTY_FILTERS);
    setVisible(pageSize);
  }, [pageSize]);
  const setRadius = useCallback(
    (next: number | null) => {
      setRadiusState(next);
      setVisible(pageSize);
    },
    [pageSize],
  );
  /** Shows the next page; returns the id of its first card (to move focus there), if any. */
  const showMore = useCallback((): string | undefined => {
    const firstNew = shown[visible];
    setVisible((v) => v + pageSize);
    return firstNew?.point.id;
  }, [shown, visible, pageSize]);
  /** Makes sure the card for `id` is on a shown page (a marker chosen on the map). */
  const reveal = useCallback(
    (id: string) => {
      const index = shown.findIndex((i) => i.point.id === id);
      if (index >= visible) setVisible(Math.ceil((index + 1) / pageSize) * pageSize);
    },
    [shown, visible, pageSize],
  );

  return { filters, setFilter, clearFilters, filterCount: mealFilterCount(filters), radiusM, setRadius, visible, resetPaging, showMore, reveal, result, shown, numberOf, countText };
}
