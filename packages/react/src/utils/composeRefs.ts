import { useCallback, useEffect, useLayoutEffect, useRef, type Ref, type RefCallback } from 'react';

// useLayoutEffect warns on the server; refs only attach in the browser anyway.
const useLayoutEffectSafe = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Sets one ref, whatever its kind (callback or object); null and undefined are skipped. */
function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** One callback ref that feeds every given ref: the forwarded one and the component's own. */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) setRef(ref, node);
  };
}

/** `composeRefs` as one stable callback (no detach/attach on every render); it feeds the latest refs given. */
export function useComposedRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  const latest = useRef(refs);
  useLayoutEffectSafe(() => {
    latest.current = refs;
  });
  return useCallback((node: T | null) => {
    for (const ref of latest.current) setRef(ref, node);
  }, []);
}
