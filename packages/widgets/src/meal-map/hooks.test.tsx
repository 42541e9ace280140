/** The meal map's hooks alone (renderHook): the query with paging and its announcement, pending focus, the profile. */
import { createTranslator, prepareMealPoints, validateMealPoints, type MealProfile } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { mealMapMessages } from './messages';
import sample from '../../sample-data/meal-points.json';
import { useMealProfile, type MealProfileStorage } from './useMealProfile';
import { useMealQuery } from './useMealQuery';
import { DETAIL_FOCUS, usePendingFocus } from './usePendingFocus';

const t = createTranslator('zh-CN', mealMapMessages);
const prepared = prepareMealPoints(validateMealPoints(sample.points).points);
const AT = new Date('2026-06-10T11:30:00+08:00');
const wrapper = ({ children }: { children: ReactNode }) => <YinfaProvider>{children}</YinfaProvider>;
const status = () => document.querySelector('[data-yinfa-announcer] [role="status"]')?.textContent ?? '';

describe('useMealQuery', () => {
  const setup = (pageSize = 5) => renderHook(() => useMealQuery({ prepared, origin: null, at: AT, profile: {}, pageSize, defaultRadiusM: 3000, t }), { wrapper });

  it('pages by pageSize; "再显示" returns the first new card; reveal opens the page a card is on', () => {
    const { result } = setup(5);
    expect(result.current.visible).toBe(5);
    const sixth = result.current.shown[5]?.point.id;
    let first: string | undefined;
    act(() => {
      first = result.current.showMore();
    });
    expect(first).toBe(sixth);
    expect(result.current.visible).toBe(10);
    const far = result.current.shown[22]?.point.id as string;
    act(() => result.current.reveal(far));
    expect(result.current.visible).toBe(25);
    expect(result.current.numberOf.get(far)).toBe(23);
  });

  it('a filter change goes back to the first page, counts, announces the new count; clear undoes it', async () => {
    const { result } = setup(5);
    const all = result.current.result.items.length;
    act(() => {
      result.current.showMore();
    });
    await act(() => new Promise((r) => setTimeout(r, 80)));
    expect(status()).toBe(''); // nothing said on the first render
    act(() => result.current.setFilter({ openNow: true, modes: ['delivery'] }));
    expect(result.current.visible).toBe(5);
    expect(result.current.filterCount).toBe(2);
    expect(result.current.result.items.length).toBeLessThan(all);
    await waitFor(() => expect(status()).toBe(result.current.countText));
    act(() => result.current.clearFilters());
    expect(result.current.filterCount).toBe(0);
    expect(result.current.result.items.length).toBe(all);
  });

  it('the radius counts only once a position is known', () => {
    const { result } = setup();
    expect(result.current.countText).toMatch(/^找到 \d+ 个助餐点$/);
    act(() => result.current.setRadius(null));
    expect(result.current.radiusM).toBeNull();
  });
});

describe('usePendingFocus', () => {
  it('focuses a card title or the detail heading after the next render, once', () => {
    const button = document.body.appendChild(document.createElement('button'));
    const heading = document.body.appendChild(document.createElement('h3'));
    heading.tabIndex = -1;
    const { result, rerender } = renderHook(() => usePendingFocus());
    act(() => result.current.setTitleRef('p1', button));
    (result.current.detailHeadingRef as { current: HTMLHeadingElement | null }).current = heading;
    result.current.focusAfterRender('p1');
    expect(button).not.toHaveFocus(); // not before React has drawn the change
    rerender();
    expect(button).toHaveFocus();
    heading.focus();
    rerender();
    expect(heading).toHaveFocus(); // nothing pending: focus is left alone
    result.current.focusAfterRender(DETAIL_FOCUS);
    button.focus();
    rerender();
    expect(heading).toHaveFocus();
    act(() => result.current.setTitleRef('p1', null));
    result.current.focusAfterRender('p1'); // a card that went away: nothing happens
    rerender();
    expect(heading).toHaveFocus();
    button.remove();
    heading.remove();
  });
});

describe('useMealProfile', () => {
  const memory = (initial: MealProfile | null) => {
    const saved: Array<MealProfile | null> = [];
    const storage: MealProfileStorage = { load: () => initial, save: (p) => void saved.push(p) };
    return { storage, saved };
  };

  it('kept by the widget; written to storage only while "remember" is on', () => {
    const { storage, saved } = memory(null);
    const { result } = renderHook(() => useMealProfile({ profileStorage: storage }));
    expect(result.current).toMatchObject({ profile: {}, remember: false, given: false, canRemember: true });
    act(() => result.current.setProfile({ age: 72 }));
    expect(result.current.profile).toEqual({ age: 72 });
    expect(result.current.given).toBe(true);
    expect(saved).toEqual([]);
    act(() => result.current.setRemember(true));
    expect(saved).toEqual([{ age: 72 }]);
    act(() => result.current.setProfile({ age: 72, groups: ['low-income'] }));
    expect(saved.at(-1)).toEqual({ age: 72, groups: ['low-income'] });
    act(() => result.current.setRemember(false));
    expect(saved.at(-1)).toBeNull();
  });

  it('a stored profile comes back with "remember" on', () => {
    const { storage } = memory({ age: 80 });
    const { result } = renderHook(() => useMealProfile({ profileStorage: storage }));
    expect(result.current).toMatchObject({ profile: { age: 80 }, remember: true });
  });

  it('controlled by the host: the host’s value is shown and every change reported', () => {
    const changes: MealProfile[] = [];
    const { result, rerender } = renderHook(({ profile }) => useMealProfile({ profile, onProfileChange: (p) => changes.push(p) }), { initialProps: { profile: { age: 65 } as MealProfile } });
    act(() => result.current.setProfile({ age: 66 }));
    expect(changes).toEqual([{ age: 66 }]);
    expect(result.current.profile).toEqual({ age: 65 }); // until the host passes it back
    rerender({ profile: { age: 66 } });
    expect(result.current.profile).toEqual({ age: 66 });
    expect(result.current.canRemember).toBe(false);
  });
});
