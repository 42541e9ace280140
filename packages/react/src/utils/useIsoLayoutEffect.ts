import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (runs before paint: no flash of the old mode, size or position),
 * `useEffect` on the server, where layout effects never run and React 18 warns about them.
 */
export const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
