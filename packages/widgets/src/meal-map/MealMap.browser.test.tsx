/**
 * The meal map's keyboard paths in a real Chromium (real key presses through Playwright): list → detail →
 * call link and back; list ↔ map selection and focus; tile failure leaves the list untouched; list-only
 * pages never load Leaflet.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { YinfaProvider } from '@yinfa/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import { MealMap, type MealMapProps } from './index';
import sample from '../../sample-data/meal-points.json';
import type { TileConfig } from './tiles';

const LUNCHTIME = new Date('2026-12-02T11:45:00+08:00');
/** The widget's clock, fixed at lunchtime. */
const atLunchtime = () => LUNCHTIME.getTime();
const HAIZHOU = { lng: 119.128, lat: 34.6, datum: 'WGS84' as const };
const BLANK_TILE = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='256' height='256'><rect width='256' height='256' fill='#eef2ef'/></svg>");
const LOCAL_TILES: TileConfig = { url: BLANK_TILE, datum: 'WGS84', attribution: 'local' };
const FAILING_TILES: TileConfig = { url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', datum: 'WGS84', attribution: 'offline' };

function renderMap(props: Partial<MealMapProps> = {}) {
  return render(
    <YinfaProvider>
      <MealMap points={sample.points} now={atLunchtime} location={HAIZHOU} hotline="12345" {...props} />
    </YinfaProvider>,
  );
}

function active(): Element | null {
  return document.activeElement;
}

/** Presses Tab until `match` has focus (at most `max` presses); returns how many it took. */
async function tabTo(match: (el: Element | null) => boolean, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await userEvent.keyboard('{Tab}');
    if (match(active())) return i;
  }
  throw new Error(`focus never reached the target; it is on ${active()?.outerHTML.slice(0, 120)}`);
}

function cards() {
  return within(screen.getByRole('list', { name: '助餐点列表' })).getAllByRole('article');
}

describe('MealMap keyboard paths (Chromium)', () => {
  afterEach(() => cleanup());

  it('list → detail → call link, and back to the same card', async () => {
    await page.viewport(800, 900);
    renderMap({ profile: { age: 80 } });
    // The first card where a subsidy lowers the price for an 80-year-old.
    const card = cards().find((c) => c.textContent?.includes('原价'))!;
    const firstTitle = within(card).getAllByRole('button')[0]!;
    const name = firstTitle.textContent!.replace(/^\d+号\s*/, '');
    await tabTo((el) => el === firstTitle, 120);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(active()?.id).toBe('yf-meal-detail-heading'));
    expect(active()?.textContent).toContain(name);
    // The next stop after the heading is the big call button.
    await userEvent.keyboard('{Tab}');
    expect(active()?.tagName).toBe('A');
    expect(active()?.getAttribute('href')).toMatch(/^tel:0518\d{8}$/);
    expect(active()?.textContent).toMatch(/拨打订餐电话 0518 \d{4} \d{4}/);
    // Why this price is on the page for an 80-year-old.
    expect(screen.getByText(/按“.+”计算，比原价省/)).toBeInTheDocument();
    // Back: Shift+Tab reaches the back button (the heading is focusable by script only), Enter, and focus is on the card we came from.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(active()?.textContent).toContain('返回列表');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(active()?.textContent).toContain(name));
  });

  it('list ↔ map: "在地图上查看" selects the marker; a marker’s Enter focuses its card; arrows move between markers', async () => {
    await page.viewport(800, 900);
    const loadLeaflet = vi.fn(() => import('leaflet'));
    renderMap({ defaultShowMap: true, tiles: LOCAL_TILES, loadLeaflet });
    const marker1 = await screen.findByRole('button', { name: /^1号，/ }, { timeout: 15_000 });
    expect(loadLeaflet).toHaveBeenCalledTimes(1);
    // Every marker has a unique accessible name.
    const markers = screen.getAllByRole('button', { name: /^\d+号，.+，(距您 .+，)?/ });
    // The name is the marker's visually hidden text (the point's name inside it keeps its own lang).
    const label = (m: HTMLElement) => m.querySelector('.yf-visually-hidden')?.textContent;
    expect(new Set(markers.map(label)).size).toBe(markers.length);
    expect(marker1.querySelector('.yf-visually-hidden span[lang="zh-CN"]')).not.toBeNull();
    expect(label(marker1)).toMatch(/^1号，.+，距您 [\d.]+ (米|公里)，(午餐营业中|未营业|暂停营业|全天供餐营业中)$/);
    expect(marker1).toHaveAttribute('tabindex', '0');

    // List → map.
    const card3 = cards()[2]!;
    within(card3).getByRole('button', { name: /^在地图上查看/ }).focus();
    await userEvent.keyboard('{Enter}');
    const marker3 = screen.getByRole('button', { name: /^3号，/ });
    await waitFor(() => expect(marker3).toHaveAttribute('data-selected'));
    expect(marker3).toHaveAttribute('tabindex', '0');
    expect(marker1).toHaveAttribute('tabindex', '-1');
    const box = document.querySelector('.yf-meal-map__canvas')!.getBoundingClientRect();
    const m3 = marker3.getBoundingClientRect();
    expect(m3.left).toBeGreaterThan(box.left);
    expect(m3.right).toBeLessThan(box.right);
    expect(m3.top).toBeGreaterThan(box.top);
    expect(m3.bottom).toBeLessThan(box.bottom);

    // Map → list: from the map toggle, Tab reaches the selected marker (one tab stop for all markers: toggle,
    // zoom in, zoom out, the map itself, the marker), arrows move, Enter focuses the card.
    screen.getByRole('button', { name: '隐藏地图' }).focus();
    expect(await tabTo((el) => el === marker3, 10)).toBe(4);
    await userEvent.keyboard('{ArrowRight}');
    const marker4 = screen.getByRole('button', { name: /^4号，/ });
    expect(active()).toBe(marker4);
    await userEvent.keyboard('{Enter}');
    const card4 = cards()[3]!;
    await waitFor(() => expect(active()).toBe(within(card4).getAllByRole('button')[0]));
    expect(card4.closest('li')).toHaveAttribute('data-selected');

    // +/− buttons work without dragging.
    const canvas = document.querySelector('.yf-meal-map__canvas') as HTMLElement;
    const before = marker4.getBoundingClientRect();
    screen.getByRole('button', { name: /放大地图/ }).click();
    await waitFor(() => expect(marker4.getBoundingClientRect().left).not.toBe(before.left));
    expect(canvas).toBeInTheDocument();
  });

  it('closing the map in the middle of a zoom animation leaves no stray Leaflet timer behind', async () => {
    await page.viewport(800, 900);
    renderMap({ defaultShowMap: true, tiles: LOCAL_TILES });
    await screen.findByRole('button', { name: /^1号，/ }, { timeout: 15_000 });
    screen.getByRole('button', { name: /放大地图/ }).click();
    await new Promise((resolve) => setTimeout(resolve, 80)); // the zoom animation has started
    cleanup(); // unmount while Leaflet's 250 ms zoom-end timer is pending
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('tile failure: the map says so and the list is untouched', async () => {
    await page.viewport(800, 900);
    renderMap({ defaultShowMap: true, tiles: FAILING_TILES });
    const listBefore = cards().map((c) => c.textContent);
    expect(await screen.findByText(/地图底图没能加载/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(cards().map((c) => c.textContent)).toEqual(listBefore);
    // Markers still work.
    expect(screen.getByRole('button', { name: /^1号，/ })).toBeInTheDocument();
  });

  it('a list-only page never loads Leaflet; the toggle loads it once; a failed load keeps the list', async () => {
    await page.viewport(800, 900);
    const loadLeaflet = vi.fn(() => Promise.reject(new Error('blocked')));
    renderMap({ loadLeaflet });
    await new Promise((r) => setTimeout(r, 200));
    expect(loadLeaflet).not.toHaveBeenCalled();
    expect(document.querySelector('.leaflet-container')).toBeNull();
    const count = cards().length;
    screen.getByRole('button', { name: '显示地图' }).click();
    expect(await screen.findByText(/地图没能加载/)).toBeInTheDocument();
    expect(loadLeaflet).toHaveBeenCalledTimes(1);
    expect(cards()).toHaveLength(count);
  });
});
