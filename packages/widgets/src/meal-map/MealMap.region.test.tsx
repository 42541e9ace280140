/**
 * The map's starting view comes from the region (provider or prop), not from a pilot-city constant. Leaflet is a
 * fake here (jsdom has no layout): it records the options the map was created with. The region's hotline is the
 * empty list's default; the points' own text keeps its language in an English page.
 */
import { createTranslator, LIANYUNGANG, NATIONAL_REGION, resolveRegion } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MealMap } from './MealMap';
import { phoneDisplay } from './format';
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

describe('MealMap hotline and data language', () => {
  const hotlineHref = () => document.querySelector<HTMLAnchorElement>('.yf-meal-map__hotline a')?.getAttribute('href') ?? null;

  it('offers the region’s elder-care hotline when nothing is found; a host’s own number or "" (none) wins', () => {
    const view = render(<MealMap points={[]} now={atLunchtime} />);
    expect(hotlineHref()).toBe('tel:12349');
    view.rerender(
      <YinfaProvider region={resolveRegion({ id: 'suzhou', hotlines: { elderCare: '0512-12349' } })}>
        <MealMap points={[]} now={atLunchtime} />
      </YinfaProvider>,
    );
    expect(hotlineHref()).toBe('tel:051212349');
    view.rerender(<MealMap points={[]} now={atLunchtime} hotline="12345" />);
    expect(hotlineHref()).toBe('tel:12345');
    view.rerender(<MealMap points={[]} now={atLunchtime} hotline="" />);
    expect(document.querySelector('.yf-meal-map__hotline')).toBeNull();
    view.unmount();
  });

  it('marks the points’ own text as Chinese in an English page, inside the names buttons are known by', () => {
    const view = render(
      <YinfaProvider locale="en-US">
        <MealMap points={sample.points} now={atLunchtime} />
      </YinfaProvider>,
    );
    const first = sample.points[0]!.name;
    const details = screen.getAllByRole('button', { name: `Details: ${first}` })[0]!;
    expect(details.querySelector('span[lang="zh-CN"]')?.textContent).toBe(first);
    const title = screen.getAllByRole('button', { name: new RegExp(`^No\\. \\d+\\s*${first}$`) })[0]!;
    expect(title.querySelector('span[lang="zh-CN"]')?.textContent).toBe(first);
    view.rerender(
      <YinfaProvider locale="en-US">
        <MealMap points={sample.points} now={atLunchtime} dataLang="zh-Hant" />
      </YinfaProvider>,
    );
    expect(title.querySelector('span[lang]')?.getAttribute('lang')).toBe('zh-Hant');
    view.unmount();
  });

  it('writes a phone extension in the page’s language', () => {
    expect(phoneDisplay('0518-85551234转801', createTranslator('en-US'))).toBe('0518 8555 1234 ext. 801');
    expect(phoneDisplay('0518-85551234转801', createTranslator('zh-CN'))).toBe('0518 8555 1234 转 801');
    expect(phoneDisplay('not a number', createTranslator('en-US'))).toBe('not a number');
  });
});
