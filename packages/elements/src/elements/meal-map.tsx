import type { GeoPosition, MealPoint, MealPointError, MealProfile } from '@yinfa/core';
import { browserLocate, MealMap, type MealMapProps, type MealProfileStorage } from '@yinfa/widgets/meal-map';
import { useEffect, useState } from 'react';
import { normalizePosition, positionShape, type AttrProblem, type AttrSpec } from '../attributes';
import { REGION_ATTRIBUTE } from '../region-attribute';
import { ProblemNote, YinfaElement, type RenderContext } from '../base';
import { getLeafletLoader } from '../leaflet-loader';

type Loaded = { status: 'loading' } | { status: 'ready'; points: readonly unknown[] } | { status: 'failed' };

/** Fetches the points JSON (an array, or `{ "points": [...] }`) from `src`; aborts when the element leaves. */
function useRemotePoints(src: string | undefined, onError: (detail: string) => void, onLoaded: (count: number) => void): Loaded | null {
  const [state, setState] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!src) {
      setState(null);
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetch(src, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body: unknown = await response.json();
        const points = Array.isArray(body) ? body : Array.isArray((body as { points?: unknown })?.points) ? (body as { points: unknown[] }).points : null;
        if (!points) throw new Error('the JSON is neither an array of points nor {"points": [...]}');
        setState({ status: 'ready', points });
        onLoaded(points.length);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed' });
        onError(`could not load "${src}" (${error instanceof Error ? error.message : String(error)})`);
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [src]);
  return state;
}

function RemoteMealMap({ src, props, ctx, report }: { src: string | undefined; props: Omit<MealMapProps, 'points'> & { points?: readonly unknown[] }; ctx: RenderContext; report: (detail: string) => void }) {
  const remote = useRemotePoints(src, report, (count) => ctx.emit('yinfa-points-loaded', { count }));
  if (props.points) return <MealMap {...props} points={props.points} />;
  if (!remote || remote.status === 'loading') return <p className="yf-element-loading" role="status">{ctx.t('elements.loading')}</p>;
  if (remote.status === 'failed') return <ProblemNote t={ctx.t} attribute="src" />;
  return <MealMap {...props} points={remote.points} />;
}


/**
 * <yinfa-meal-map>: 助餐地图, list first. Points come from the `points` property or a JSON file at `src`;
 * the map view and Leaflet load only when the user opens the map (or with `default-show-map`).
 */
export class YinfaMealMapElement extends YinfaElement {
  static override attributes: readonly AttrSpec[] = [
    REGION_ATTRIBUTE,
    { name: 'src', kind: 'string' },
    { name: 'location', kind: 'json', check: positionShape, normalize: normalizePosition },
    { name: 'hotline', kind: 'string' },
    { name: 'tiles', kind: 'enum', values: ['osm', 'tianditu', 'amap', 'none'] },
    { name: 'tianditu-key', kind: 'string' },
    { name: 'default-show-map', kind: 'boolean' },
    { name: 'default-radius-m', kind: 'number', min: 0 },
    { name: 'page-size', kind: 'integer', min: 1, max: 200 },
    { name: 'heading-level', kind: 'enum', values: ['2', '3'] },
    { name: 'sample-notice', kind: 'boolean' },
    { name: 'navigation-source', kind: 'string' },
    { name: 'locate-timeout-ms', kind: 'integer', min: 1000 },
  ];
  static override properties = ['points', 'locate', 'profile', 'profileStorage', 'now'] as const;

  #locate: { timeout: number | undefined; fn: () => Promise<GeoPosition> } | null = null;

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    if (values.points !== undefined && !Array.isArray(values.points)) return { attribute: 'points', detail: 'the points property must be an array of meal-point records' };
    if (values.points === undefined && (typeof values.src !== 'string' || values.src.trim() === ''))
      return { attribute: 'src', detail: 'is required: the URL of a JSON file of meal points (or set the element’s points property)' };
    if (values.tiles === 'tianditu' && !values.tiandituKey) return { attribute: 'tianditu-key', detail: 'is required with tiles="tianditu"' };
    return null;
  }

  protected override renderContent(ctx: RenderContext) {
    const { values, emit } = ctx;
    const timeout = values.locateTimeoutMs as number | undefined;
    // One locate function per timeout, so the widget does not see a new one each render.
    if (!this.#locate || this.#locate.timeout !== timeout) this.#locate = { timeout, fn: browserLocate({ timeoutMs: timeout }) };
    const loadLeaflet = getLeafletLoader();
    const props: Omit<MealMapProps, 'points'> & { points?: readonly unknown[] } = {
      points: values.points as readonly unknown[] | undefined,
      location: (values.location as GeoPosition | undefined) ?? null,
      locate: typeof values.locate === 'function' ? (values.locate as () => Promise<GeoPosition>) : this.#locate.fn,
      locateTimeoutMs: timeout,
      hotline: values.hotline as string | undefined,
      tiles: values.tiles as MealMapProps['tiles'],
      tiandituKey: values.tiandituKey as string | undefined,
      defaultShowMap: values.defaultShowMap === true,
      defaultRadiusM: values.defaultRadiusM as number | undefined,
      pageSize: values.pageSize as number | undefined,
      headingLevel: values.headingLevel === '3' ? 3 : 2,
      sampleNotice: values.sampleNotice === true,
      navigationSource: values.navigationSource as string | undefined,
      now: typeof values.now === 'function' ? (values.now as () => number) : values.now instanceof Date ? values.now : undefined,
      profile: values.profile as MealProfile | undefined,
      profileStorage: values.profileStorage as MealProfileStorage | undefined,
      onProfileChange: (profile: MealProfile) => emit('yinfa-profile-change', { profile }),
      onReportError: (point: MealPoint) => emit('yinfa-report-error', { point }),
      onInvalidRecords: (errors: MealPointError[]) => emit('yinfa-invalid-records', { errors }),
      ...(loadLeaflet ? { loadLeaflet } : {}),
    };
    return <RemoteMealMap src={values.points ? undefined : (values.src as string)} props={props} ctx={ctx} report={(detail) => this.reportProblem({ attribute: 'src', detail })} />;
  }
}
