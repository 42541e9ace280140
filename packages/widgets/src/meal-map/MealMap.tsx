import {
  SUBSIDY_GROUPS,
  prepareMealPoints,
  toWgs84,
  devWarn,
  telHref,
  validateMealPoints,
  type Catalogue,
  type GeoPosition,
  type MealPoint,
  type MealPointError,
  type MealProfile,
  type NavigationApp,
  type RegionProfile,
} from '@yinfa/core';
import { Alert, Button, Cluster, Stack, useAnnounce, useCatalogue, useYinfa } from '@yinfa/react';
import { lazy, Suspense, useEffect, useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import { FiltersPanel } from './FiltersPanel';
import { MealDataLangContext } from './data-lang';
import { formatDistance, markerName, phoneDisplay, spokenSummary } from './format';
import type { LoadLeaflet } from './MapView';
import { MealCard } from './MealCard';
import { MealDetail } from './MealDetail';
import { mealMapMessages } from './messages';
import { ProfilePanel } from './ProfilePanel';
import { resolveTiles, type TileConfig, type TilePreset } from './tiles';
import { useMealProfile, type MealProfileStorage } from './useMealProfile';
import { useMealQuery } from './useMealQuery';
import { DETAIL_FOCUS, usePendingFocus } from './usePendingFocus';
import { placesFromPoints, WhereAmI, type MealPlace, type Origin } from './WhereAmI';

const MapView = lazy(() => import('./MapView'));
const defaultLoadLeaflet: LoadLeaflet = () => import('leaflet');

export type { MealProfileStorage } from './useMealProfile';

export interface MealMapProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Meal-point records as the host has them; validated here. Bad records are skipped and reported. */
  points: readonly unknown[];
  /** Called with every skipped record and warning (index, id, field, message). */
  onInvalidRecords?: (errors: MealPointError[]) => void;
  /** A position the host already has (any datum; WGS84 when unset). */
  location?: GeoPosition | null;
  /** Asks for the user's position when they press "使用我的位置" (e.g. `browserLocate()`); rejects with `{ code: 1 }` when denied. */
  locate?: () => Promise<GeoPosition>;
  /** After this long the chooser says geolocation is slow (it is always there). Default 8000 ms. */
  locateTimeoutMs?: number;
  /** Districts and streets to choose from; by default derived from the points. */
  places?: readonly MealPlace[];
  /**
   * The clock opening status is computed from, as everywhere in Yinfa (`now?: () => number`, epoch ms;
   * tests and stories pass a fixed one); `Date.now` otherwise. A `Date` (the 0.1 shape) still works and
   * warns once in development.
   */
  now?: (() => number) | Date;
  /** The user's age and groups, controlled; or leave it to the widget. */
  profile?: MealProfile;
  onProfileChange?: (profile: MealProfile) => void;
  /** Where to keep the profile, only if the host allows; without it nothing is kept after the page closes. */
  profileStorage?: MealProfileStorage;
  /**
   * A phone number to call when nothing is found (a community line, 12345). Default: the region's elder-care
   * hotline (12349, 养老服务热线, unless the provider's or this `region` names another); `""` shows none.
   */
  hotline?: string;
  /**
   * The language the points' own text is written in (names, addresses, menus), marked with `lang` so a screen
   * reader reads a Chinese name in a Chinese voice in an English page (WCAG 3.1.2). Default 'zh-CN'.
   */
  dataLang?: string;
  /** "信息有误": the host records the report. */
  onReportError?: (point: MealPoint) => void;
  /** Read-aloud slot: render a control that reads `text` (the voice package's button); shown on the detail view. */
  renderReadAloud?: (text: string, point: MealPoint) => ReactNode;
  /** Identifies the host to Baidu (`src`) and Tencent (`referer`) in navigation links. */
  navigationSource?: string;
  navigationApps?: readonly NavigationApp[];
  /** Base map for the map view: 'osm' (default), 'tianditu' (needs tiandituKey), 'amap' (GCJ-02), 'none', or a custom config. */
  tiles?: TilePreset | TileConfig;
  tiandituKey?: string;
  /** Show the map when the widget opens (it loads Leaflet then). Default false: list only. */
  defaultShowMap?: boolean;
  /** Starting radius in metres once a location is known; null for no limit. Default 3000. */
  defaultRadiusM?: number | null;
  /** Cards per page before "再显示". Default 20. */
  pageSize?: number;
  /** Level of the widget's heading (2 by default); sub-headings follow. */
  headingLevel?: 2 | 3;
  /** Shows the "演示数据" notice (sample data). */
  sampleNotice?: boolean;
  /** Panels open at first ("算一算我的价格", "筛选条件"); both start closed, and their content is built only when opened. */
  defaultOpenPanels?: readonly ('profile' | 'filters')[];
  /** Host wording overrides for this widget's messages. */
  messages?: Catalogue;
  /** Loads Leaflet; defaults to `import('leaflet')`. Tests pass a failing or fake loader. */
  loadLeaflet?: LoadLeaflet;
  /** The map's view before it frames the points (centre, zoom); default the provider's region (NATIONAL_REGION). */
  region?: RegionProfile;
}

/**
 * 助餐地图: a list-first finder of nearby meal points. The list is complete without the map: distance and
 * walking time at an older person's pace, open now or the next meal window (Asia/Shanghai), the user's own
 * price after subsidy, service modes and diet tags. The map is an optional, lazy-loaded enhancement.
 */
export function MealMap({
  points,
  onInvalidRecords,
  location,
  locate,
  locateTimeoutMs = 8000,
  places,
  now: nowProp,
  profile: profileProp,
  onProfileChange,
  profileStorage,
  hotline: hotlineProp,
  dataLang = 'zh-CN',
  onReportError,
  renderReadAloud,
  navigationSource,
  navigationApps,
  tiles,
  tiandituKey,
  defaultShowMap = false,
  defaultRadiusM = 3000,
  pageSize = 20,
  headingLevel = 2,
  sampleNotice,
  defaultOpenPanels,
  messages,
  loadLeaflet = defaultLoadLeaflet,
  region: regionProp,
  className,
  ...rest
}: MealMapProps) {
  const t = useCatalogue(mealMapMessages, messages);
  const announce = useAnnounce();
  const { prefersReducedMotion, region: providerRegion } = useYinfa();
  const region = regionProp ?? providerRegion;
  const hotline = hotlineProp ?? region.hotlines.elderCare;
  const sub = Math.min(4, headingLevel + 1) as 3 | 4;

  // Boundary: validate once per points array; report what was skipped.
  const validated = useMemo(() => validateMealPoints(Array.isArray(points) ? [...points] : []), [points]);
  useEffect(() => {
    if (validated.errors.length) onInvalidRecords?.(validated.errors);
    // Report once per data set, not when the callback identity changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [validated]);
  const prepared = useMemo(() => prepareMealPoints(validated.points), [validated]);
  const placeList = useMemo(() => places ?? placesFromPoints(prepared), [places, prepared]);
  const isSample = sampleNotice ?? (validated.points.length > 0 && validated.points.every((p) => p.sample));

  // Where am I.
  const [origin, setOrigin] = useState<Origin | null>(() => (location ? { position: location, source: 'given' } : null));
  useEffect(() => {
    if (location) setOrigin({ position: location, source: 'given' });
  }, [location?.lng, location?.lat, location?.datum]); // eslint-disable-line react-hooks/exhaustive-deps
  const originWgs = useMemo(() => (origin ? toWgs84(origin.position) : null), [origin]);

  // Profile: controlled, stored (if allowed) or in memory.
  const profileState = useMealProfile({ profile: profileProp, onProfileChange, profileStorage });
  const { profile, given: profileGiven } = profileState;

  const [profileOpen, setProfileOpen] = useState(() => defaultOpenPanels?.includes('profile') ?? false);
  const [filtersOpen, setFiltersOpen] = useState(() => defaultOpenPanels?.includes('filters') ?? false);
  const [showMap, setShowMap] = useState(defaultShowMap);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);

  // "Now" is fixed per minute so the list (and the map's markers) are stable between renders.
  const minute = Math.floor(readClock(nowProp) / 60_000) * 60_000;
  const now = useMemo(() => new Date(minute), [minute]);

  const query = useMealQuery({ prepared, origin: originWgs, at: now, profile, pageSize, defaultRadiusM, t });
  const { result, shown, numberOf, countText, visible, filterCount } = query;

  // Focus management: card title buttons by point id; the detail heading.
  const { setTitleRef, detailHeadingRef, focusAfterRender } = usePendingFocus();

  const openDetail = (id: string) => {
    setDetailId(id);
    setSelectedId(id);
    focusAfterRender(DETAIL_FOCUS);
  };
  const closeDetail = () => {
    const id = detailId;
    setDetailId(null);
    if (id) focusAfterRender(id);
  };
  const focusCard = (id: string) => {
    query.reveal(id);
    setSelectedId(id);
    setDetailId(null);
    focusAfterRender(id);
  };
  const showOnMap = (id: string) => {
    setSelectedId(id);
    const item = shown.find((i) => i.point.id === id);
    if (item) announce(t('mealMap.map.selected', { n: numberOf.get(id) ?? 0, name: item.point.name }));
  };
  const showMore = () => {
    const firstNew = query.showMore();
    if (firstNew) focusAfterRender(firstNew);
  };

  const tileConfig = useMemo(() => resolveTiles(tiles, tiandituKey), [tiles, tiandituKey]);
  const detailItem = detailId ? shown.find((i) => i.point.id === detailId) ?? result.items.find((i) => i.point.id === detailId) : undefined;
  const groupsInData = useMemo(() => {
    const seen = new Set<string>();
    for (const p of validated.points) for (const r of p.subsidies) for (const g of r.groups ?? []) seen.add(g);
    const list = SUBSIDY_GROUPS.filter((g) => seen.has(g));
    return list.length ? list : SUBSIDY_GROUPS.slice(0, 3);
  }, [validated]);

  // Search hint examples from this data (not a city's names written into the messages): two places it names.
  const searchExamples = useMemo(() => {
    const places = new Set<string>();
    for (const p of validated.points) for (const place of [p.address.street, p.address.community]) if (place && places.size < 2) places.add(place);
    return [...places].join(t('mealMap.filters.searchHintSep'));
  }, [validated, t]);

  const H = `h${headingLevel}` as const;
  const HS = `h${sub}` as const;
  const hotlineLink = hotline ? (
    <p className="yf-meal-map__hotline">
      {t('mealMap.empty.hotline', { phone: '' })}
      <a className="yf-meal-action yf-focus-ring" href={telHref(hotline)}>
        <span aria-hidden="true">☎ </span>
        {phoneDisplay(hotline, t)}
      </a>
    </p>
  ) : null;

  return (
    <MealDataLangContext.Provider value={dataLang}>
      <div {...rest} className={['yf-meal-map', className].filter(Boolean).join(' ')}>
        <H className="yf-meal-map__heading">{t('mealMap.title')}</H>
        <p>{t('mealMap.intro')}</p>
        {isSample ? (
          <Alert variant="info" className="yf-meal-map__sample">
            {t('mealMap.sampleNotice')}
          </Alert>
        ) : null}

        <WhereAmI
          origin={origin}
          onOrigin={(o) => {
            setOrigin(o);
            query.resetPaging();
            announce(o.source === 'place' ? t('mealMap.where.placeChosen', { place: o.label ?? '' }) : t('mealMap.where.located'));
          }}
          locate={locate}
          locateTimeoutMs={locateTimeoutMs}
          places={placeList}
          headingLevel={sub}
          t={t}
        />

        <ProfilePanel state={profileState} groups={groupsInData} open={profileOpen} onOpenChange={setProfileOpen} t={t} />
        <FiltersPanel query={query} searchExamples={searchExamples} hasOrigin={Boolean(originWgs)} open={filtersOpen} onOpenChange={setFiltersOpen} t={t} />

        <Cluster className="yf-meal-map__bar" justify="space-between" gap={3}>
          {result.items.length ? <p className="yf-meal-map__count">{countText}</p> : <span />}
          <Button variant="secondary" aria-pressed={showMap} onClick={() => setShowMap((s) => !s)}>
            {showMap ? t('mealMap.view.hideMap') : t('mealMap.view.showMap')}
          </Button>
        </Cluster>

        {showMap && shown.length > 0 ? (
          <Suspense fallback={<p className="yf-meal-map__note">{t('mealMap.map.loading')}</p>}>
            <MapView
              key={tileConfig?.url ?? 'none'}
              items={shown}
              origin={originWgs}
              selectedId={selectedId}
              onMarkerActivate={focusCard}
              tiles={tileConfig}
              loadLeaflet={loadLeaflet}
              reducedMotion={prefersReducedMotion}
              markerLabel={(item, n) => markerName(n, item, t)}
              t={t}
              view={{ center: region.mapCenter, zoom: region.mapZoom }}
            />
          </Suspense>
        ) : null}

        {detailItem ? (
          <MealDetail
            item={detailItem}
            n={numberOf.get(detailItem.point.id) ?? 0}
            profileGiven={profileGiven}
            now={now}
            headingLevel={sub}
            headingRef={detailHeadingRef}
            t={t}
            onBack={closeDetail}
            onReportError={onReportError}
            readAloud={renderReadAloud ? renderReadAloud(spokenSummary(detailItem, profileGiven, t), detailItem.point) : undefined}
            navigationSource={navigationSource}
            navigationApps={navigationApps}
          />
        ) : (
          <>
            {result.items.length === 0 ? (
              <div className="yf-meal-map__empty">
                <Alert variant="info">{prepared.length === 0 ? t('mealMap.empty.noData') : countText}</Alert>
                {result.widerRadiusM ? (
                  <Button
                    variant="primary"
                    onClick={() => query.setRadius(result.widerRadiusM)}
                  >
                    {t('mealMap.empty.widen', { radius: formatDistance(result.widerRadiusM, t) })}
                  </Button>
                ) : null}
                {result.totalIgnoringRadius === 0 && filterCount > 0 ? (
                  <Button variant="primary" onClick={query.clearFilters}>
                    {t('mealMap.empty.clear')}
                  </Button>
                ) : null}
                {hotlineLink}
                {result.nearest.length ? <HS className="yf-meal-map__subheading">{t('mealMap.empty.nearest')}</HS> : null}
              </div>
            ) : null}
            {shown.length ? (
              <Stack as="ol" className="yf-meal-map__list" gap={3} aria-label={t('mealMap.list.label')}>
                {shown.slice(0, visible).map((item, i) => (
                  <MealCard
                    key={item.point.id}
                    item={item}
                    n={i + 1}
                    profileGiven={profileGiven}
                    now={now}
                    selected={item.point.id === selectedId}
                    mapShown={showMap}
                    headingLevel={result.items.length === 0 ? (Math.min(4, sub + 1) as 4) : sub}
                    t={t}
                    onOpen={openDetail}
                    onShowOnMap={showOnMap}
                    titleRef={setTitleRef}
                  />
                ))}
              </Stack>
            ) : null}
            {shown.length > visible ? (
              <Button variant="secondary" fullWidth onClick={showMore}>
                {t('mealMap.more', { count: Math.min(pageSize, shown.length - visible), total: shown.length })}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </MealDataLangContext.Provider>
  );
}


/** The clock's reading; a bad one (not a finite number) falls back to the device's. */
function readClock(now: MealMapProps['now']): number {
  let ms: number;
  if (typeof now === 'function') ms = now();
  else if (now instanceof Date) {
    devWarn('MealMap: `now` as a Date is deprecated; pass the clock, `now={() => date.getTime()}` (one clock shape, docs/contributing.md).');
    ms = now.getTime();
  } else ms = Date.now();
  return Number.isFinite(ms) ? ms : Date.now();
}
