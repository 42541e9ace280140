import { devWarn, type Datum } from '@yinfa/core';

/**
 * A base map for the optional map view. `datum` is the datum the tiles are drawn in: markers are converted
 * to it once (never GCJ-02 tiles with WGS84 markers). `url` is a Leaflet template ({s}, {z}, {x}, {y}).
 */
export interface TileConfig {
  url: string;
  datum: Datum;
  /** Shown under the map as text (required by OSM, 天地图 and 高德 terms). */
  attribution: string;
  subdomains?: string | string[];
  /** A second layer drawn on top (天地图 ships labels separately). */
  overlayUrl?: string;
  maxZoom?: number;
}

export type TilePreset = 'osm' | 'tianditu' | 'amap' | 'none';
export const TILE_PRESETS: readonly TilePreset[] = ['osm', 'tianditu', 'amap', 'none'];

const TIANDITU = (layer: string, key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

/**
 * Resolves a preset to a tile config. OpenStreetMap (default) and 天地图 draw in WGS84/CGCS2000, so GPS
 * data sits on them unshifted; 高德 tiles are GCJ-02. 天地图 needs the host's key (`tk`); without one the
 * map falls back to OpenStreetMap with a development warning. 'none' draws markers on a plain background.
 */
export function resolveTiles(tiles: TilePreset | TileConfig | undefined, tiandituKey?: string): TileConfig | null {
  if (tiles && typeof tiles === 'object') {
    if (typeof tiles.url === 'string' && tiles.datum) return tiles;
    devWarn('MealMap: tiles needs { url, datum, attribution }; using OpenStreetMap.');
    return resolveTiles('osm');
  }
  switch (tiles ?? 'osm') {
    case 'none':
      return null;
    case 'tianditu':
      if (!tiandituKey) {
        devWarn('MealMap: the 天地图 preset needs tiandituKey (the host’s developer key); using OpenStreetMap.');
        return resolveTiles('osm');
      }
      return {
        url: TIANDITU('vec', tiandituKey),
        overlayUrl: TIANDITU('cva', tiandituKey),
        subdomains: ['0', '1', '2', '3', '4', '5', '6', '7'],
        datum: 'CGCS2000',
        attribution: '© 天地图 Tianditu',
        maxZoom: 18,
      };
    case 'amap':
      return {
        url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
        subdomains: ['1', '2', '3', '4'],
        datum: 'GCJ02',
        attribution: '© 高德地图 AutoNavi',
        maxZoom: 18,
      };
    case 'osm':
      return { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', datum: 'WGS84', attribution: '© OpenStreetMap contributors', maxZoom: 19 };
    default:
      devWarn(`MealMap: unknown tiles preset "${String(tiles)}"; using OpenStreetMap.`);
      return resolveTiles('osm');
  }
}
