import {
  DIET_TAGS,
  SERVICE_MODES,
  SUBSIDY_GROUPS,
  prepareMealPoints,
  queryMealPoints,
  RADIUS_STEPS_M,
  toHalfWidth,
  toWgs84,
  validateMealPoints,
  type Catalogue,
  type DietTag,
  type GeoPosition,
  type MealFilters,
  type MealListItem,
  type MealPoint,
  type MealPointError,
  type MealProfile,
  type NavigationApp,
  type ServiceMode,
} from '@yinfa/core';
import { Alert, Button, Checkbox, Select, TextField, useAnnounce, useCatalogue, useYinfa } from '@yinfa/react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatDistance, markerName, phoneDisplay, spokenSummary, telHref } from './format';
import type { LoadLeaflet } from './MapView';
import { MealCard } from './MealCard';
import { MealDetail } from './MealDetail';
import { mealMapMessages } from './messages';
import { resolveTiles, type TileConfig, type TilePreset } from './tiles';
import { placesFromPoints, WhereAmI, type MealPlace, type Origin } from './WhereAmI';

const MapView = lazy(() => import('./MapView'));
const defaultLoadLeaflet: LoadLeaflet = () => import('leaflet');

/** Keeps the profile only where the host allows it (e.g. localStorage after consent). */
export interface MealProfileStorage {
  load(): MealProfile | null;
  save(profile: MealProfile | null): void;
}

export interface MealMapProps {
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
  /** The time to compute opening status for (tests, stories); the current time otherwise. */
  now?: Date;
  /** The user's age and groups, controlled; or leave it to the widget. */
  profile?: MealProfile;
  onProfileChange?: (profile: MealProfile) => void;
  /** Where to keep the profile, only if the host allows; without it nothing is kept after the page closes. */
  profileStorage?: MealProfileStorage;
  /** A phone number to call when nothing is found (12345, a community line). */
  hotline?: string;
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
}

const EMPTY_FILTERS: MealFilters = {};

function filterCount(f: MealFilters): number {
  return (f.openNow ? 1 : 0) + (f.stepFree ? 1 : 0) + (f.modes?.length ?? 0) + (f.diet?.length ?? 0) + (f.text ? 1 : 0);
}

function toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
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
  hotline,
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
}: MealMapProps) {
  const t = useCatalogue(mealMapMessages, messages);
  const announce = useAnnounce();
  const { prefersReducedMotion } = useYinfa();
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
  const [remember, setRemember] = useState(() => Boolean(profileStorage?.load()));
  const [innerProfile, setInnerProfile] = useState<MealProfile>(() => profileStorage?.load() ?? {});
  const profile = profileProp ?? innerProfile;
  const updateProfile = (next: MealProfile) => {
    setInnerProfile(next);
    onProfileChange?.(next);
    if (remember) profileStorage?.save(next);
  };
  const profileGiven = typeof profile.age === 'number' || (profile.groups?.length ?? 0) > 0;

  const [profileOpen, setProfileOpen] = useState(() => defaultOpenPanels?.includes('profile') ?? false);
  const [filtersOpen, setFiltersOpen] = useState(() => defaultOpenPanels?.includes('filters') ?? false);
  const [filters, setFilters] = useState<MealFilters>(EMPTY_FILTERS);
  const [radiusM, setRadiusM] = useState<number | null>(defaultRadiusM);
  const [showMap, setShowMap] = useState(defaultShowMap);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [visible, setVisible] = useState(pageSize);

  // "Now" is fixed per minute so the list (and the map's markers) are stable between renders.
  const minute = nowProp ? nowProp.getTime() : Math.floor(Date.now() / 60_000) * 60_000;
  const now = useMemo(() => new Date(minute), [minute]);

  const result = useMemo(
    () => queryMealPoints(prepared, { ...filters, origin: originWgs, radiusM, at: now, profile }),
    [prepared, filters, originWgs, radiusM, now, profile],
  );
  const shown: MealListItem[] = result.items.length ? result.items : result.nearest;
  const numberOf = useMemo(() => new Map(shown.map((item, i) => [item.point.id, i + 1])), [shown]);

  // Focus management: card title buttons by point id; the detail heading.
  const titleRefs = useRef(new Map<string, HTMLButtonElement>());
  const setTitleRef = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) titleRefs.current.set(id, el);
    else titleRefs.current.delete(id);
  }, []);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    if (id === '#detail') detailHeadingRef.current?.focus();
    else titleRefs.current.get(id)?.focus();
  });

  // Tell screen-reader users how many results a change produced (not on first render, nor on StrictMode's re-run).
  const lastCountText = useRef<string | null>(null);
  const countText = result.items.length
    ? originWgs && radiusM
      ? t('mealMap.resultsWithin', { count: result.items.length, radius: formatDistance(radiusM, t) })
      : t('mealMap.results', { count: result.items.length })
    : originWgs && radiusM && result.totalIgnoringRadius > 0
      ? t('mealMap.empty.within', { radius: formatDistance(radiusM, t) })
      : t('mealMap.empty.none');
  useEffect(() => {
    const previous = lastCountText.current;
    lastCountText.current = countText;
    if (previous !== null && previous !== countText) announce(countText);
  }, [countText]); // eslint-disable-line react-hooks/exhaustive-deps

  const setFilter = (patch: Partial<MealFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setVisible(pageSize);
  };
  const clearFilters = () => {
    setFilters(EMPTY_FILTERS);
    setVisible(pageSize);
  };

  const openDetail = (id: string) => {
    setDetailId(id);
    setSelectedId(id);
    pendingFocus.current = '#detail';
  };
  const closeDetail = () => {
    const id = detailId;
    setDetailId(null);
    if (id) pendingFocus.current = id;
  };
  const focusCard = (id: string) => {
    const index = shown.findIndex((i) => i.point.id === id);
    if (index >= visible) setVisible(Math.ceil((index + 1) / pageSize) * pageSize);
    setSelectedId(id);
    setDetailId(null);
    pendingFocus.current = id;
  };
  const showOnMap = (id: string) => {
    setSelectedId(id);
    const item = shown.find((i) => i.point.id === id);
    if (item) announce(t('mealMap.map.selected', { n: numberOf.get(id) ?? 0, name: item.point.name }));
  };
  const showMore = () => {
    const firstNew = shown[visible];
    setVisible((v) => v + pageSize);
    if (firstNew) pendingFocus.current = firstNew.point.id;
  };

  const tileConfig = useMemo(() => resolveTiles(tiles, tiandituKey), [tiles, tiandituKey]);
  const detailItem = detailId ? shown.find((i) => i.point.id === detailId) ?? result.items.find((i) => i.point.id === detailId) : undefined;
  const groupsInData = useMemo(() => {
    const seen = new Set<string>();
    for (const p of validated.points) for (const r of p.subsidies) for (const g of r.groups ?? []) seen.add(g);
    const list = SUBSIDY_GROUPS.filter((g) => seen.has(g));
    return list.length ? list : SUBSIDY_GROUPS.slice(0, 3);
  }, [validated]);

  const H = `h${headingLevel}` as const;
  const HS = `h${sub}` as const;
  const hotlineLink = hotline ? (
    <p className="yf-meal-map__hotline">
      {t('mealMap.empty.hotline', { phone: '' })}
      <a className="yf-meal-action yf-focus-ring" href={telHref(hotline)}>
        <span aria-hidden="true">☎ </span>
        {phoneDisplay(hotline)}
      </a>
    </p>
  ) : null;

  return (
    <div className="yf-meal-map">
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
          setVisible(pageSize);
          announce(o.source === 'place' ? t('mealMap.where.placeChosen', { place: o.label ?? '' }) : t('mealMap.where.located'));
        }}
        locate={locate}
        locateTimeoutMs={locateTimeoutMs}
        places={placeList}
        headingLevel={sub}
        t={t}
      />

      <details className="yf-meal-map__panel" open={profileOpen} onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
        <summary className="yf-meal-map__summary yf-focus-ring">
          {profileGiven
            ? t('mealMap.profile.summarySet', {
                who: [typeof profile.age === 'number' ? t('mealMap.profile.age.value', { age: profile.age }) : null, ...(profile.groups ?? []).map((g) => t(`mealMap.group.${g}`))]
                  .filter(Boolean)
                  .join(t('mealMap.list.sep')),
              })
            : t('mealMap.profile.summary')}
        </summary>
        {/* Built only when open: a closed panel costs nothing on the first render. */}
        {profileOpen ? <ProfileForm profile={profile} groups={groupsInData} onChange={updateProfile} t={t} /> : null}
        {profileOpen && profileStorage ? (
          <Checkbox
            label={t('mealMap.profile.remember')}
            checked={remember}
            onChange={(e) => {
              setRemember(e.target.checked);
              profileStorage.save(e.target.checked ? profile : null);
            }}
          />
        ) : null}
      </details>

      <details className="yf-meal-map__panel" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
        <summary className="yf-meal-map__summary yf-focus-ring">{t('mealMap.filters.summary', { count: filterCount(filters) })}</summary>
        {filtersOpen ? (
          <div className="yf-meal-map__filters">
            <TextField
              label={t('mealMap.filters.search')}
              hint={t('mealMap.filters.searchHint')}
              type="search"
              value={filters.text ?? ''}
              onChange={(e) => setFilter({ text: e.target.value || undefined })}
            />
            {originWgs ? (
              <Select
                label={t('mealMap.filters.radius')}
                placeholder={false}
                value={radiusM === null ? '' : String(radiusM)}
                onChange={(e) => {
                  setRadiusM(e.target.value ? Number(e.target.value) : null);
                  setVisible(pageSize);
                }}
                options={[...RADIUS_STEPS_M.filter((r) => r <= 20000).map((r) => ({ value: String(r), label: formatDistance(r, t) })), { value: '', label: t('mealMap.filters.radiusAny') }]}
              />
            ) : null}
            <Checkbox label={t('mealMap.filters.openNow')} checked={Boolean(filters.openNow)} onChange={(e) => setFilter({ openNow: e.target.checked || undefined })} />
            <fieldset className="yf-meal-map__fieldset">
              <legend>{t('mealMap.filters.modes')}</legend>
              {SERVICE_MODES.map((m: ServiceMode) => (
                <Checkbox key={m} label={t(`mealMap.mode.${m}`)} checked={filters.modes?.includes(m) ?? false} onChange={(e) => setFilter({ modes: toggle(filters.modes, m, e.target.checked) })} />
              ))}
            </fieldset>
            <fieldset className="yf-meal-map__fieldset">
              <legend>{t('mealMap.filters.diet')}</legend>
              {DIET_TAGS.map((d: DietTag) => (
                <Checkbox key={d} label={t(`mealMap.diet.${d}`)} checked={filters.diet?.includes(d) ?? false} onChange={(e) => setFilter({ diet: toggle(filters.diet, d, e.target.checked) })} />
              ))}
            </fieldset>
            <fieldset className="yf-meal-map__fieldset">
              <legend>{t('mealMap.filters.access')}</legend>
              <Checkbox label={t('mealMap.filters.stepFree')} checked={Boolean(filters.stepFree)} onChange={(e) => setFilter({ stepFree: e.target.checked || undefined })} />
            </fieldset>
            {filterCount(filters) ? (
              <Button variant="quiet" onClick={() => clearFilters()}>
                {t('mealMap.filters.clear')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </details>

      <div className="yf-meal-map__bar">
        {result.items.length ? <p className="yf-meal-map__count">{countText}</p> : <span />}
        <Button variant="secondary" aria-pressed={showMap} onClick={() => setShowMap((s) => !s)}>
          {showMap ? t('mealMap.view.hideMap') : t('mealMap.view.showMap')}
        </Button>
      </div>

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
                  onClick={() => {
                    setRadiusM(result.widerRadiusM);
                    setVisible(pageSize);
                  }}
                >
                  {t('mealMap.empty.widen', { radius: formatDistance(result.widerRadiusM, t) })}
                </Button>
              ) : null}
              {result.totalIgnoringRadius === 0 && filterCount(filters) > 0 ? (
                <Button variant="primary" onClick={() => clearFilters()}>
                  {t('mealMap.empty.clear')}
                </Button>
              ) : null}
              {hotlineLink}
              {result.nearest.length ? <HS className="yf-meal-map__subheading">{t('mealMap.empty.nearest')}</HS> : null}
            </div>
          ) : null}
          {shown.length ? (
            <ol className="yf-meal-map__list" aria-label={t('mealMap.list.label')}>
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
            </ol>
          ) : null}
          {shown.length > visible ? (
            <Button variant="secondary" fullWidth onClick={showMore}>
              {t('mealMap.more', { count: Math.min(pageSize, shown.length - visible), total: shown.length })}
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}

function ProfileForm({ profile, groups, onChange, t }: { profile: MealProfile; groups: readonly string[]; onChange: (p: MealProfile) => void; t: ReturnType<typeof useCatalogue> }) {
  const [ageText, setAgeText] = useState(typeof profile.age === 'number' ? String(profile.age) : '');
  const [ageError, setAgeError] = useState<string | undefined>();
  return (
    <div className="yf-meal-map__profile">
      <p>{t('mealMap.profile.intro')}</p>
      <TextField
        label={t('mealMap.profile.age')}
        hint={t('mealMap.profile.ageHint')}
        optional
        width="short"
        inputMode="numeric"
        autoComplete="off"
        value={ageText}
        error={ageError}
        onChange={(e) => {
          const text = e.target.value;
          setAgeText(text);
          const digits = toHalfWidth(text).trim();
          if (digits === '') {
            setAgeError(undefined);
            const { age: _drop, ...rest } = profile;
            onChange(rest);
            return;
          }
          const age = /^\d{1,3}$/.test(digits) ? Number(digits) : NaN;
          if (Number.isInteger(age) && age <= 130) {
            setAgeError(undefined);
            onChange({ ...profile, age });
          } else setAgeError(t('mealMap.profile.ageError'));
        }}
      />
      <fieldset className="yf-meal-map__fieldset">
        <legend>{t('mealMap.profile.groups')}</legend>
        {groups.map((g) => (
          <Checkbox key={g} label={t(`mealMap.group.${g}`)} checked={profile.groups?.includes(g) ?? false} onChange={(e) => onChange({ ...profile, groups: toggle(profile.groups, g, e.target.checked) })} />
        ))}
      </fieldset>
      <Select
        label={t('mealMap.profile.residency')}
        placeholder={false}
        value={profile.residency ?? ''}
        onChange={(e) => {
          const { residency: _drop, ...rest } = profile;
          onChange(e.target.value ? { ...rest, residency: e.target.value as MealProfile['residency'] } : rest);
        }}
        options={[
          { value: '', label: t('mealMap.profile.residencyUnknown') },
          { value: 'hukou', label: t('mealMap.profile.residencyHukou') },
          { value: 'resident', label: t('mealMap.profile.residencyResident') },
          { value: 'none', label: t('mealMap.profile.residencyNone') },
        ]}
      />
    </div>
  );
}
