'use client';
import type { MealProfile } from '@yinfa/core';
import { useControllableState } from '@yinfa/react';
import { useCallback, useRef, useState } from 'react';

/** Keeps the profile only where the host allows it (e.g. localStorage after consent). */
export interface MealProfileStorage {
  load(): MealProfile | null;
  save(profile: MealProfile | null): void;
}

/**
 * The user's age and groups: controlled by the host (`profile`), or kept by the widget; written to the
 * host's storage only while "remember" is ticked.
 */
export function useMealProfile({ profile, onProfileChange, profileStorage }: { profile?: MealProfile; onProfileChange?: (p: MealProfile) => void; profileStorage?: MealProfileStorage }) {
  const [stored] = useState(() => profileStorage?.load() ?? null);
  const [remember, setRememberState] = useState(() => Boolean(stored));
  const rememberRef = useRef(remember);
  rememberRef.current = remember;
  const [value, setValue] = useControllableState<MealProfile>(profile, stored ?? {}, (next) => {
    onProfileChange?.(next);
    if (rememberRef.current) profileStorage?.save(next);
  });
  const setRemember = useCallback(
    (on: boolean) => {
      setRememberState(on);
      profileStorage?.save(on ? value : null);
    },
    [profileStorage, value],
  );
  const given = typeof value.age === 'number' || (value.groups?.length ?? 0) > 0;
  return { profile: value, setProfile: setValue, remember, setRemember, given, canRemember: Boolean(profileStorage) };
}
