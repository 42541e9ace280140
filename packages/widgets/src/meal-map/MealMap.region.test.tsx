/**
 * The map's starting view comes from the region (provider or prop), not from a pilot-city constant. Leaflet is a
 * fake here (jsdom has no layout): it records the options the map was created with.
 */
import { LIANYUNGANG, NATIONAL_REGION, resolveRegion } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MealMap } from './MealMap';
import type { LoadLeaflet } from './MapView';
import sample from '../../sample-data/meal-points.json';

const atLunchtime = () => Date.parse('2026-12-02T11:45:00+08:00');

function fakeLeaflet() {
  const created: Record<string, unknown>[] = [];
  const group = () => {
    const g = { addTo: () => g, clearLayers: () => g, on: () => g };
    return g;
  };
  const L = {
    map: (_el: HTMLElement, options: Record<string, unknown>) => {
      created.push(options);
      return { stop() {}, remove() {}, fitBounds() {}, setView() {}, panTo() {}, zoomIn() {}, zoomOut() {}, getZoom: () => 13, getBounds: () => ({ contains: () => true }) };
    },
    tileLayer: group,
    layerGroup: group,
    marker: () => {
      const m = { addTo: () => m, setZIndexOffset: () => m };
      return m;
    },
    divIcon: (o: unknown) => o,
    latLngBounds: (points: unknown) => points,
  };
  const loadLeaflet = vi.fn(() => Promise.resolve(L)) as unknown as LoadLeaflet;
  return { created, loadLeaflet };
}

async function startView(wrap: (map: ReactElement) => ReactElement, region?: Parameters<typeof MealMap>[0]['region']) {
  const { created, loadLeaflet } = fakeLeaflet();
  const view = render(wrap(<MealMap points={sample.points} now={atLunchtime} defaultShowMap loadLeaflet={loadLeaflet} region={region} />));
  await waitFor(() => expect(created).toHaveLength(1));
  view.unmount();
  return created[0]!;
}

describe('MealMap region', () => {
  it('starts on the provider region’s centre and zoom (LIANYUNGANG in the stories)', async () => {
    const options = await startView((m) => <YinfaProvider region={LIANYUNGANG}>{m}</YinfaProvider>);
    expect(options).toMatchObject({ center: [34.6, 119.22], zoom: 13 });
  });

  it('without a region names no city: the national view', async () => {
    const options = await startView((m) => m);
    expect(options).toMatchObject({ center: [NATIONAL_REGION.mapCenter!.lat, NATIONAL_REGION.mapCenter!.lng], zoom: NATIONAL_REGION.mapZoom });
  });

  it('takes its own region prop over the provider’s, and a null centre sets no view until the points are framed', async () => {
    const own = await startView((m) => <YinfaProvider region={LIANYUNGANG}>{m}</YinfaProvider>, resolveRegion({ id: 'suzhou', mapCenter: { lng: 120.62, lat: 31.3 }, mapZoom: 12 }));
    expect(own).toMatchObject({ center: [31.3, 120.62], zoom: 12 });
    const none = await startView((m) => m, resolveRegion({ mapCenter: null }));
    expect(none).not.toHaveProperty('center');
    expect(none).not.toHaveProperty('zoom');
  });
});
