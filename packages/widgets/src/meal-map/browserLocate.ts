import type { GeoPosition } from '@yinfa/core';

/**
 * A `locate` adapter on the browser's Geolocation API (WGS84). Only called when the user presses
 * "使用我的位置", never on page load. Rejects with the GeolocationPositionError (code 1 = denied,
 * 2 = unavailable, 3 = timeout) or `{ code: 2 }` where the API does not exist. In WeChat, pass your own
 * adapter around `wx.getLocation({ type: 'gcj02' })` returning `{ lng, lat, datum: 'GCJ02' }`.
 */
export function browserLocate(options: { timeoutMs?: number; highAccuracy?: boolean; maximumAgeMs?: number } = {}): () => Promise<GeoPosition> {
  return () =>
    new Promise<GeoPosition>((resolve, reject) => {
      const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
      if (!geo) {
        reject({ code: 2, message: 'Geolocation is not available' });
        return;
      }
      geo.getCurrentPosition(
        (p) => resolve({ lng: p.coords.longitude, lat: p.coords.latitude, datum: 'WGS84' }),
        (e) => reject(e),
        { enableHighAccuracy: options.highAccuracy ?? false, timeout: options.timeoutMs ?? 15_000, maximumAge: options.maximumAgeMs ?? 300_000 },
      );
    });
}
