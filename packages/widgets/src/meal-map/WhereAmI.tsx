import type { GeoPosition, PreparedMealPoint, Translate } from '@yinfa/core';
import { Alert, Button, Cluster, Select } from '@yinfa/react';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { DataMessage, MealDataLangContext } from './data-lang';

/** A place to search from when geolocation is refused: a district, or a street in it, with its centre. */
export interface MealPlace {
  district: string;
  street?: string;
  /** WGS84 unless `datum` says otherwise. */
  position: GeoPosition;
}

/** District and street centres from the data itself (the mean of their points in WGS84). */
export function placesFromPoints(prepared: readonly PreparedMealPoint[]): MealPlace[] {
  const sums = new Map<string, { district: string; street?: string; lng: number; lat: number; n: number }>();
  const add = (key: string, district: string, street: string | undefined, lng: number, lat: number) => {
    const s = sums.get(key) ?? { district, street, lng: 0, lat: 0, n: 0 };
    s.lng += lng;
    s.lat += lat;
    s.n += 1;
    sums.set(key, s);
  };
  for (const p of prepared) {
    const { district, street } = p.point.address;
    add(district, district, undefined, p.wgs84.lng, p.wgs84.lat);
    if (street) add(`${district}|${street}`, district, street, p.wgs84.lng, p.wgs84.lat);
  }
  return [...sums.values()].map((s) => ({ district: s.district, street: s.street, position: { lng: s.lng / s.n, lat: s.lat / s.n, datum: 'WGS84' } }));
}

export type LocateState = 'idle' | 'locating' | 'slow' | 'denied' | 'unavailable';

export interface Origin {
  position: GeoPosition;
  source: 'given' | 'located' | 'place';
  label?: string;
}

export interface WhereAmIProps {
  origin: Origin | null;
  onOrigin: (origin: Origin) => void;
  locate?: () => Promise<GeoPosition>;
  locateTimeoutMs: number;
  places: readonly MealPlace[];
  headingLevel: 2 | 3 | 4;
  t: Translate;
}

/** Where am I: geolocation on request, or a district/street chooser (always offered when geolocation fails or is slow). */
export function WhereAmI({ origin, onOrigin, locate, locateTimeoutMs, places, headingLevel, t }: WhereAmIProps) {
  const dataLang = useContext(MealDataLangContext);
  const H = `h${headingLevel}` as const;
  const headingId = useId();
  const [state, setState] = useState<LocateState>('idle');
  const [changing, setChanging] = useState(false);
  const districts = [...new Set(places.map((p) => p.district))];
  const [district, setDistrict] = useState('');
  const [street, setStreet] = useState('');
  const mounted = useRef(true);
  const attempt = useRef(0);
  const changeRef = useRef<HTMLButtonElement>(null);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const streets = places.filter((p) => p.district === district && p.street).map((p) => p.street!);

  function doLocate() {
    if (!locate) return;
    const id = ++attempt.current;
    setState('locating');
    const timer = setTimeout(() => {
      if (mounted.current && attempt.current === id) setState('slow');
    }, locateTimeoutMs);
    Promise.resolve()
      .then(locate)
      .then(
        (position) => {
          clearTimeout(timer);
          if (!mounted.current || attempt.current !== id) return;
          if (!position || !Number.isFinite(position.lng) || !Number.isFinite(position.lat)) {
            setState('unavailable');
            return;
          }
          setState('idle');
          setChanging(false);
          onOrigin({ position, source: 'located' });
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (!mounted.current || attempt.current !== id) return;
          setState((error as { code?: number })?.code === 1 ? 'denied' : 'unavailable');
        },
      );
  }

  function applyPlace() {
    const place = places.find((p) => p.district === district && (street ? p.street === street : !p.street));
    if (!place) return;
    attempt.current++; // a late geolocation answer no longer overrides the chosen place
    setState('idle');
    setChanging(false);
    onOrigin({ position: place.position, source: 'place', label: street ? `${district} ${street}` : district });
  }

  const label = origin ? (origin.source === 'located' ? t('mealMap.where.mine') : origin.source === 'place' ? origin.label : t('mealMap.where.given')) : null;
  const showChooser = !origin || changing;

  return (
    <section className="yf-meal-where" aria-labelledby={headingId}>
      <H id={headingId} className="yf-meal-map__subheading">
        {t('mealMap.where.heading')}
      </H>
      {origin ? (
        <p className="yf-meal-where__current">
          {origin.source === 'place' ? <DataMessage t={t} id="mealMap.where.current" name="place" data={label ?? ''} /> : t('mealMap.where.current', { place: label ?? '' })}{' '}
          {!changing ? (
            <Button ref={changeRef} variant="quiet" onClick={() => setChanging(true)}>
              {t('mealMap.where.change')}
            </Button>
          ) : null}
        </p>
      ) : (
        <p>{t('mealMap.where.none')}</p>
      )}
      {showChooser ? (
        <div className="yf-meal-where__choose">
          {locate ? (
            <Button variant="primary" onClick={doLocate} busy={state === 'locating'} busyLabel={t('mealMap.where.locating')}>
              {t('mealMap.where.useMine')}
            </Button>
          ) : null}
          {state === 'slow' || state === 'denied' || state === 'unavailable' ? (
            <Alert variant="info" live="polite">
              {t(`mealMap.where.${state}`)}
            </Alert>
          ) : null}
          <Cluster className="yf-meal-where__selects" gap={3} align="stretch">
            <Select
              label={t('mealMap.where.district')}
              value={district}
              onChange={(e) => {
                setDistrict(e.target.value);
                setStreet('');
              }}
              options={districts.map((d) => ({ value: d, label: d, lang: dataLang }))}
            />
            <Select
              label={t('mealMap.where.street')}
              value={street}
              disabled={!district}
              onChange={(e) => setStreet(e.target.value)}
              placeholder={t('mealMap.where.anyStreet')}
              options={streets.map((s) => ({ value: s, label: s, lang: dataLang }))}
            />
          </Cluster>
          <Button variant="secondary" onClick={applyPlace} disabled={!district}>
            {t('mealMap.where.apply')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
