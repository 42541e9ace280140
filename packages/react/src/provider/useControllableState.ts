import { devWarn } from '@yinfa/core';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A value that is controlled when `value` is given and internal otherwise (the Radix pattern).
 * `onChange` fires when a change request carries a different value (`Object.is`), in both modes; asking
 * for the value it already has does nothing. Switching between controlled and uncontrolled after the
 * first render warns in development (as React does for inputs): the component keeps working, but the
 * host has a bug. `name` says which component and prop in the warning.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void, name = 'A Yinfa component'): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current === controlled) return;
    devWarn(
      `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. ` +
        'Decide once: always pass the value (and a change handler), or only a default value.',
    );
    wasControlled.current = controlled;
  }, [controlled, name]);
  const current = controlled ? value : internal;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      // Later requests in the same event compare with this one, not with the last render.
      currentRef.current = next;
      if (!controlled) setInternal(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
