/** Renamed props keep working for one major version and warn once in development (docs/contributing.md, API convention). */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider/YinfaProvider';
import { TextField } from '../text-field/TextField';
import { SummaryList } from './CheckAnswers';
import { DayPicker } from './DayPicker';
import { TimeSlots } from './TimeSlots';

const wrap = (ui: React.ReactNode) => render(<YinfaProvider>{ui}</YinfaProvider>);
const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

afterEach(() => vi.restoreAllMocks());

describe('value callbacks are onValueChange; the old onChange is a deprecated alias', () => {
  it('DayPicker: onValueChange gets the date; onChange still does, with one warning naming onValueChange', () => {
    const warn = warnings();
    const next = vi.fn();
    const old = vi.fn();
    const days = [{ date: '2026-12-03', available: true }, { date: '2026-12-04', available: true }];
    const { unmount } = wrap(<DayPicker days={days} today="2026-12-02" onValueChange={next} />);
    fireEvent.click(screen.getByRole('radio', { name: /明天/ }));
    expect(next).toHaveBeenCalledWith('2026-12-03');
    expect(warn).not.toHaveBeenCalled();
    unmount();
    wrap(<DayPicker days={days} today="2026-12-02" onChange={old} />);
    fireEvent.click(screen.getByRole('radio', { name: /明天/ }));
    fireEvent.click(screen.getAllByRole('radio')[1]!);
    expect(old.mock.calls).toEqual([['2026-12-03'], ['2026-12-04']]);
    const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('DayPicker'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('onValueChange');
  });

  it('TimeSlots: onChange still gets the slot id and warns, naming onValueChange', () => {
    const warn = warnings();
    const old = vi.fn();
    wrap(<TimeSlots slots={[{ id: 's1', start: '2026-12-03T09:00:00+08:00', end: '2026-12-03T10:30:00+08:00', available: true }]} onChange={old} />);
    fireEvent.click(screen.getByRole('radio'));
    expect(old).toHaveBeenCalledWith('s1');
    expect(warn.mock.calls.some((c) => String(c[0]).includes('TimeSlots') && String(c[0]).includes('onValueChange'))).toBe(true);
  });
});

describe('one clock shape: now?: () => number', () => {
  const slots = [
    { id: 'early', start: '2026-12-03T09:00:00+08:00', end: '2026-12-03T10:30:00+08:00', available: true },
    { id: 'late', start: '2026-12-03T15:00:00+08:00', end: '2026-12-03T16:30:00+08:00', available: true },
  ];
  const noon = Date.parse('2026-12-03T12:00:00+08:00');

  it('TimeSlots reads the clock it is given: a slot already begun is passed and disabled, a later one is not; no warning', () => {
    const warn = warnings();
    wrap(<TimeSlots slots={slots} now={() => noon} />);
    const [early, late] = screen.getAllByRole('radio');
    expect(early).toBeDisabled();
    expect(screen.getByText(/已过时间/)).toBeInTheDocument();
    expect(late).toBeEnabled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('TimeSlots: a plain number (the old shape) still works and warns, naming the clock shape', () => {
    const warn = warnings();
    wrap(<TimeSlots slots={slots} now={noon} />);
    expect(screen.getAllByRole('radio')[0]).toBeDisabled();
    expect(warn.mock.calls.some((c) => String(c[0]).includes('TimeSlots') && String(c[0]).includes('() => Date.now()'))).toBe(true);
  });

  it('TimeSlots: a clock that returns nonsense marks nothing passed and does not throw', () => {
    wrap(<TimeSlots slots={slots} now={() => Number.NaN} />);
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).disabled)).toBe(true);
  });
});

describe('CheckAnswers / SummaryList: "修改" is onChangeRequest', () => {
  it('calls onChangeRequest; the old rows[].onChange still works and warns', () => {
    const warn = warnings();
    const request = vi.fn();
    const old = vi.fn();
    wrap(<SummaryList rows={[{ key: 'a', label: '姓名', value: '张三', onChangeRequest: request }, { key: 'b', label: '电话', value: '138', onChange: old }]} />);
    const [first, second] = screen.getAllByRole('button', { name: /修改/ });
    fireEvent.click(first!);
    fireEvent.click(second!);
    expect(request).toHaveBeenCalledTimes(1);
    expect(old).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls.some((c) => String(c[0]).includes('onChangeRequest'))).toBe(true);
  });
});

describe('form controls: className on the wrapper, inputProps on the control', () => {
  it('TextField: className and the old fieldClassName both reach the wrapper; inputProps.className the input', () => {
    wrap(<TextField label="姓名" className="outer" fieldClassName="legacy" inputProps={{ className: 'inner', autoCapitalize: 'off' }} />);
    const input = screen.getByRole('textbox', { name: '姓名' });
    const wrapper = input.closest('.yf-field')!;
    expect(wrapper.classList.contains('outer')).toBe(true);
    expect(wrapper.classList.contains('legacy')).toBe(true);
    expect(input.classList.contains('inner')).toBe(true);
    expect(input.classList.contains('yf-input')).toBe(true);
    expect(input.classList.contains('outer')).toBe(false);
    expect(input.getAttribute('autocapitalize')).toBe('off');
  });
});
