import { describe, expect, it } from 'vitest';
import { formatDate, formatDayLabel, formatDuration, formatTimeOfDay, formatTimeRange, formatWindow, relativeDayName, weekdayName } from './format';
import { shanghaiDateKey, toEpoch } from './shanghai';

describe('Shanghai time wording', () => {
  it('writes en-US dates through Intl on the Shanghai date, one weekday vocabulary', () => {
    // 20:00 UTC on the 11th is 04:00 on Friday the 12th in Shanghai
    expect(formatDate('2026-06-11T20:00:00Z', 'en-US')).toBe('Fri, June 12');
    expect(formatDate('2026-06-11T20:00:00Z')).toBe('6月12日 周五');
    expect(weekdayName('2026-06-11T20:00:00Z', 'en-US')).toBe('Fri');
    expect(formatDayLabel('2026-06-15', '2026-06-10', 'en-US')).toEqual({ primary: 'Mon', secondary: 'June 15' });
    expect(formatDayLabel('2026-06-10', '2026-06-10', 'en-US')).toEqual({ primary: 'Today', secondary: 'Wed, June 10' });
  });
  it('names relative days through Intl.RelativeTimeFormat, only where the word has no digits', () => {
    expect(relativeDayName(2)).toBe('后天');
    expect(relativeDayName(1, 'en-US')).toBe('Tomorrow');
    expect(relativeDayName(2, 'en-US')).toBeUndefined();
    expect(formatDayLabel('2026-06-12', '2026-06-10')).toEqual({ primary: '后天', secondary: '周五 6月12日' });
  });
  it('reads an ISO time without an offset as Shanghai time, not the device zone', () => {
    expect(toEpoch('2026-06-12T09:00')).toBe(Date.parse('2026-06-12T09:00:00+08:00'));
    expect(toEpoch('2026-06-12 09:00:30')).toBe(Date.parse('2026-06-12T09:00:30+08:00'));
    expect(shanghaiDateKey('2026-06-12')).toBe('2026-06-12');
    expect(toEpoch('2026-06-12T09:00:00Z')).toBe(Date.UTC(2026, 5, 12, 9));
    expect(formatTimeOfDay('2026-06-12T09:05')).toBe('上午 9:05');
  });
  it('says the shared period word once, where the locale puts it', () => {
    expect(formatTimeRange('2026-06-12T09:00:00+08:00', '2026-06-12T10:00:00+08:00')).toBe('上午 9:00–10:00');
    expect(formatTimeRange('2026-06-12T09:00:00+08:00', '2026-06-12T10:00:00+08:00', 'en-US')).toBe('9:00–10:00 am');
    expect(formatTimeRange('2026-06-12T11:30:00+08:00', '2026-06-12T13:00:00+08:00', 'en-US')).toBe('11:30 am–1:00 pm');
    expect(formatWindow('2026-06-12T11:30:00+08:00', '2026-06-12T13:00:00+08:00')).toBe('6月12日 周五 上午 11:30–下午 1:00');
  });
  it('chooses plural forms for durations', () => {
    expect(formatDuration(1, 'en-US')).toBe('1 minute');
    expect(formatDuration(45, 'en-US')).toBe('45 minutes');
    expect(formatDuration(60, 'en-US')).toBe('1 hour');
    expect(formatDuration(150, 'en-US')).toBe('2 hr 30 min');
    expect(formatDuration(60)).toBe('1 小时');
    expect(formatDate('not a date', 'en-US')).toBe('');
  });
});
