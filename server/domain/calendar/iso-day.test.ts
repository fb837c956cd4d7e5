import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, isoDay, isWeekend } from './iso-day';

describe('iso-day helpers', () => {
  it.each([
    ['2026-02-16', 1, '2026-02-17'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('adds to %s %i day(s) giving %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('knows weekdays', () => {
    expect(dayOfWeek('2026-02-17')).toBe(2);
    expect(isWeekend('2026-04-26')).toBe(true);
    expect(isWeekend('2026-04-27')).toBe(false);
  });

  it('counts calendar days between two days', () => {
    expect(daysBetween('2026-02-16', '2026-03-02')).toBe(14);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('pads the parts', () => {
    expect(isoDay(2026, 4, 7)).toBe('2026-04-07');
  });

  it.each(['2026-02-30', '2026-2-1', 'yesterday', '2026-13-01', '2026-00-10'])('rejects %j', (day) => {
    expect(() => addDays(day, 1)).toThrow(RangeError);
  });
});
