import { useCallback, useRef, useState } from 'react';

/**
 * A value that is controlled when `value` is given and internal otherwise (the Radix pattern).
 * `onChange` fires for every change request in both cases.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInternal(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [controlled ? value : internal, set];
}
