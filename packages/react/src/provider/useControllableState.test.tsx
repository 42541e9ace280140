import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState';

afterEach(() => vi.restoreAllMocks());

describe('useControllableState', () => {
  it('uncontrolled: keeps its own value and reports real changes only', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | undefined>(undefined, 'a', onChange));
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('controlled: reports the request and shows what the host passes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useControllableState<string>(value, 'x', onChange), { initialProps: { value: 'a' } });
    act(() => result.current[1]('b'));
    expect(onChange).toHaveBeenCalledWith('b');
    expect(result.current[0]).toBe('a');
    rerender({ value: 'b' });
    act(() => result.current[1]('b'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('warns once when a host switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderHook(({ value }) => useControllableState<string | undefined>(value, 'x', undefined, 'Probe value'), {
      initialProps: { value: undefined as string | undefined },
    });
    expect(warn).not.toHaveBeenCalled();
    rerender({ value: 'a' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Probe value switched from uncontrolled to controlled');
  });
});
