import { createExposureStore, recordExposure, type ExposureLog, type ExposureStorage, type ExposureStore } from '@yinfa/core';

/** Stories only: 10:00 on 1 June 2026 in Shanghai, a daytime moment for the rules. */
export const STORY_DAY = new Date('2026-06-01T10:00:00+08:00');

/** Stories only: an exposure store in which each type was already shown `times` times, on earlier days. */
export function seenBefore(types: readonly string[], times: number): ExposureStore {
  let log: ExposureLog = {};
  for (const type of types) for (let i = 0; i < times; i++) log = recordExposure(log, type, STORY_DAY.getTime() - (i + 1) * 86_400_000);
  const data = new Map([['k', JSON.stringify(log)]]);
  const storage: ExposureStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  return createExposureStore({ storage, key: 'k' });
}
