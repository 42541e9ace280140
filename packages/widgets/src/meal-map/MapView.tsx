/**
 * The optional map view. Loaded with React.lazy from MealMap, and Leaflet itself with a dynamic
 * import() on mount, so pages that only show the list never download either.
 */
import { convertDatum, positionInDatum, type Datum, type LngLat, type MealListItem, type Translate } from '@yinfa/core';
import { Alert, Button } from '@yinfa/react';
import type * as Leaflet from 'leaflet';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { appendDataText, MealDataLangContext } from './data-lang';
import type { TileConfig } from './tiles';

export type LeafletModule = typeof Leaflet;
export type LoadLeaflet = () => Promise<LeafletModule | { default: LeafletModule }>;

export interface MapViewProps {
  /** The list's items, in list order: marker n is list card n. */
  items: readonly MealListItem[];
  /** The user's position in WGS84 (drawn as "您的位置"). */
  origin: LngLat | null;
  selectedId: string | null;
  /** A marker was activated (click, Enter, Space): the list focuses its card. */
  onMarkerActivate: (id: string) => void;
  tiles: TileConfig | null;
  loadLeaflet: LoadLeaflet;
  reducedMotion: boolean;
  markerLabel: (item: MealListItem, n: number) => string;
  t: Translate;
  /** WGS84 view before the points are framed (the region's map centre and zoom); null centre: none until framed. */
  view: { center: LngLat | null; zoom: number };
}

interface MarkerEntry {
  id: string;
  marker: Leaflet.Marker;
  button: HTMLButtonElement;
  latLng: [number, number];
}

export default function MapView({ items, origin, selectedId, onMarkerActivate, tiles, loadLeaflet, reducedMotion, markerLabel, t, view }: MapViewProps) {
  const dataLang = useContext(MealDataLangContext);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<Leaflet.Map | null>(null);
  const leafletRef = useRef<LeafletModule | null>(null);
  const layerRef = useRef<Leaflet.LayerGroup | null>(null);
  const markersRef = useRef<MarkerEntry[]>([]);
  const framedRef = useRef('');
  const [phase, setPhase] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [tilesFailed, setTilesFailed] = useState(false);
  const captionId = useId();
  const datum: Datum = tiles?.datum ?? 'WGS84';
  // Handlers read the latest props without re-creating markers.
  const latest = useRef({ onMarkerActivate, reducedMotion });
  latest.current = { onMarkerActivate, reducedMotion };

  // Load Leaflet and create the map once.
  useEffect(() => {
    let cancelled = false;
    let map: Leaflet.Map | null = null;
    loadLeaflet()
      .then((mod) => {
        if (cancelled || !containerRef.current) return;
        const L = ('default' in mod && mod.default ? mod.default : mod) as LeafletModule;
        leafletRef.current = L;
        const start = view.center ? convertDatum(view.center, 'WGS84', datum) : null;
        map = L.map(containerRef.current, { zoomControl: false, attributionControl: false, keyboard: true, ...(start ? { center: [start.lat, start.lng], zoom: view.zoom } : {}) });
        let loaded = false;
        if (tiles) {
          const layer = L.tileLayer(tiles.url, { subdomains: tiles.subdomains ?? 'abc', maxZoom: tiles.maxZoom ?? 18 });
          layer.on('tileload', () => (loaded = true));
          // Tiles failing before any has loaded: the CDN is blocked or offline. Say so; the list is untouched.
          layer.on('tileerror', () => {
            if (!loaded && !cancelled) setTilesFailed(true);
          });
          layer.addTo(map);
          if (tiles.overlayUrl) L.tileLayer(tiles.overlayUrl, { subdomains: tiles.subdomains ?? 'abc', maxZoom: tiles.maxZoom ?? 18 }).addTo(map);
        }
        layerRef.current = L.layerGroup().addTo(map);
        mapRef.current = map;
        setPhase('ready');
      })
      .catch(() => {
        if (!cancelled) setPhase('failed');
      });
    return () => {
      cancelled = true;
      if (map) {
        // Leaflet 1.9 ends a zoom animation from a 250 ms timer that outlives map.remove() and then reads
        // the removed panes ("Cannot read properties of undefined (reading '_leaflet_pos')"). Stop any pan
        // and mark the zoom animation finished first, so that timer finds nothing to do.
        map.stop();
        (map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
        map.remove();
      }
      mapRef.current = null;
      layerRef.current = null;
      markersRef.current = [];
    };
    // The map is created once per mount; a new tile config remounts the view (see MealMap's key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // (Re)draw markers when the list changes. Positions are converted to the tiles' datum once per point (cached).
  useEffect(() => {
    const L = leafletRef.current;
    const map = mapRef.current;
    const layer = layerRef.current;
    if (phase !== 'ready' || !L || !map || !layer) return;
    layer.clearLayers();
    const entries: MarkerEntry[] = [];
    items.forEach((item, i) => {
      const pos = positionInDatum(item.prepared, datum);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'yf-meal-marker__button yf-focus-ring';
      // The number is what shows; the name is read from text (not an aria-label) so it keeps its own language.
      const number = document.createElement('span');
      number.setAttribute('aria-hidden', 'true');
      number.textContent = String(i + 1);
      const name = document.createElement('span');
      name.className = 'yf-visually-hidden';
      appendDataText(name, markerLabel(item, i + 1), item.point.name, dataLang);
      button.append(number, name);
      button.dataset.id = item.point.id;
      button.dataset.status = item.status.state;
      button.tabIndex = -1;
      const entry: MarkerEntry = {
        id: item.point.id,
        button,
        latLng: [pos.lat, pos.lng],
        marker: L.marker([pos.lat, pos.lng], {
          icon: L.divIcon({ className: 'yf-meal-marker', html: button, iconSize: undefined as unknown as Leaflet.PointExpression }),
          keyboard: false,
          riseOnHover: true,
        }),
      };
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        latest.current.onMarkerActivate(entry.id);
      });
      button.addEventListener('keydown', (e) => onMarkerKey(e, entries.indexOf(entry)));
      entry.marker.addTo(layer);
      entries.push(entry);
    });
    markersRef.current = entries;
    if (origin) {
      const you = convertDatum(origin, 'WGS84', datum);
      L.marker([you.lat, you.lng], {
        icon: L.divIcon({ className: 'yf-meal-marker yf-meal-marker--you', html: `<span class="yf-meal-marker__you" aria-hidden="true">${escapeHtml(t('mealMap.map.you'))}</span>`, iconSize: undefined as unknown as Leaflet.PointExpression }),
        keyboard: false,
        interactive: false,
      }).addTo(layer);
    }
    // Frame the user and the nearest points (or all of them without a location), only when the set of points
    // or the origin changed: a new price (the user typed their age) must not move the map.
    const frameKey = `${origin?.lng},${origin?.lat}|${entries.map((e) => e.id).join(',')}`;
    if (frameKey !== framedRef.current) {
      framedRef.current = frameKey;
      const frame = entries.slice(0, origin ? 8 : entries.length).map((e) => e.latLng);
      if (origin) frame.push([origin.lat, origin.lng]);
      if (frame.length) map.fitBounds(L.latLngBounds(frame), { padding: [32, 32], maxZoom: 16, animate: false });
    }
    syncSelection(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, phase, datum, origin, dataLang]);

  // Selecting in the list moves the map to the marker and makes it the marker Tab reaches.
  useEffect(() => {
    syncSelection(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  function syncSelection(move: boolean) {
    const entries = markersRef.current;
    if (!entries.length) return;
    const index = Math.max(0, entries.findIndex((e) => e.id === selectedId));
    entries.forEach((e, i) => {
      e.button.tabIndex = i === index ? 0 : -1;
      if (e.id === selectedId) e.button.dataset.selected = '';
      else delete e.button.dataset.selected;
    });
    const selected = entries.find((e) => e.id === selectedId);
    if (selected) {
      selected.marker.setZIndexOffset(1000);
      if (move) mapRef.current?.setView(selected.latLng, Math.max(mapRef.current.getZoom(), 15), { animate: !latest.current.reducedMotion });
    }
  }

  /** Roving focus between markers: arrows move in list order, Home/End jump; the map pans to keep it in view. */
  function onMarkerKey(e: KeyboardEvent, index: number) {
    const entries = markersRef.current;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(entries.length - 1, index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = entries.length - 1;
    else return;
    e.preventDefault();
    e.stopPropagation();
    const target = entries[next];
    if (!target) return;
    entries.forEach((en, i) => (en.button.tabIndex = i === next ? 0 : -1));
    const map = mapRef.current;
    if (map && !map.getBounds().contains(target.latLng)) map.panTo(target.latLng, { animate: !latest.current.reducedMotion });
    target.button.focus({ preventScroll: true });
  }

  return (
    <div className="yf-meal-map__mapwrap">
      <div className="yf-meal-map__maptools">
        <Button variant="secondary" onClick={() => mapRef.current?.zoomIn()} disabled={phase !== 'ready'} icon={<span aria-hidden="true">+</span>}>
          {t('mealMap.map.zoomIn')}
        </Button>
        <Button variant="secondary" onClick={() => mapRef.current?.zoomOut()} disabled={phase !== 'ready'} icon={<span aria-hidden="true">−</span>}>
          {t('mealMap.map.zoomOut')}
        </Button>
      </div>
      {phase === 'loading' ? <p className="yf-meal-map__note">{t('mealMap.map.loading')}</p> : null}
      {phase === 'failed' ? (
        <Alert variant="warning" live="polite">
          {t('mealMap.map.loadFailed')}
        </Alert>
      ) : null}
      {tilesFailed ? (
        <Alert variant="warning" live="polite" data-testid="meal-map-tiles-failed">
          {t('mealMap.map.tilesFailed')}
        </Alert>
      ) : null}
      <figure className="yf-meal-map__figure" hidden={phase === 'failed'}>
        <div ref={containerRef} className="yf-meal-map__canvas" role="region" aria-label={t('mealMap.map.label')} aria-describedby={captionId} data-tiles={tiles ? 'on' : 'none'} />
        <figcaption id={captionId} className="yf-meal-map__caption">
          {t('mealMap.map.caption')}
          {tiles ? <span className="yf-meal-map__attribution"> {tiles.attribution}</span> : <span> {t('mealMap.map.noTiles')}</span>}
        </figcaption>
      </figure>
    </div>
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
