/**
 * Deadlines end at 24:00 of the due day in Vietnam (Civil Code 2015 Art. 148(1), (6)); receipts outside office
 * hours or on a day off count from the next working day; clocks stopped while waiting for a supplement.
 */
import { describe, expect, it } from 'vitest';
import { deadlineInstant, isOverdue, receiptDay, vietnamDay } from './deadline';
import { createWorkingCalendar } from './working-calendar';
import { addWorkingDays, dueDayWithPauses, elapsedWorkingDays, type RunningPeriod } from './working-days';

const calendar = createWorkingCalendar();

describe('deadlineInstant, isOverdue', () => {
  it('ends the due day at 23:59:59.999 in Vietnam (16:59:59.999 UTC)', () => {
    expect(deadlineInstant('2026-02-23').toISOString()).toBe('2026-02-23T16:59:59.999Z');
    expect(deadlineInstant('2026-12-31').toISOString()).toBe('2026-12-31T16:59:59.999Z');
  });

  it.each([
    ['2026-02-23T23:00:00+07:00', false, 'late evening of the due day'],
    ['2026-02-23T16:59:59.999Z', false, 'the last millisecond'],
    ['2026-02-23T17:00:00.000Z', true, 'midnight in Vietnam'],
    ['2026-02-24T08:00:00+07:00', true, 'next morning'],
  ])('at %s overdue is %s (%s)', (now, expected) => {
    expect(isOverdue('2026-02-23', new Date(now))).toBe(expected);
  });

  it('rejects a malformed due day', () => {
    expect(() => deadlineInstant('23/02/2026')).toThrow(RangeError);
  });

  it('gives the Vietnamese day of an instant', () => {
    expect(vietnamDay(new Date('2026-02-22T17:30:00Z'))).toBe('2026-02-23');
    expect(vietnamDay(new Date('2026-02-22T16:59:59Z'))).toBe('2026-02-22');
  });
});

describe('receiptDay (cut-off at the end of office hours)', () => {
  it.each([
    ['2026-01-09T10:00:00+07:00', '17:00', '2026-01-09', 'Friday morning'],
    ['2026-01-09T16:59:00+07:00', '17:00', '2026-01-09', 'one minute before the cut-off'],
    ['2026-01-09T17:00:00+07:00', '17:00', '2026-01-12', 'at the cut-off → next working day'],
    ['2026-01-09T18:00:00+07:00', '17:00', '2026-01-12', 'Friday evening → Monday'],
    ['2026-01-09T00:30:00+07:00', '17:00', '2026-01-09', 'just after midnight in Vietnam (still Thursday in UTC)'],
    ['2026-01-10T09:00:00+07:00', '17:00', '2026-01-12', 'Saturday → Monday'],
    ['2026-02-17T09:00:00+07:00', '17:00', '2026-02-23', 'on a Tết day → the first working day after Tết'],
    ['2025-04-26T09:00:00+07:00', '17:00', '2025-04-26', 'the 2025 make-up working Saturday'],
    ['2026-01-09T23:00:00+07:00', null, '2026-01-09', 'no cut-off: any time of a working day'],
  ])('received %s (cut-off %s) → %s (%s)', (at, cutoff, expected, _why) => {
    expect(receiptDay(calendar, new Date(at), cutoff)).toBe(expected);
  });

  it('a dossier received Fri 13 Feb 2026 after hours is due 2 WD later on Wed 25 Feb', () => {
    const day0 = receiptDay(calendar, new Date('2026-02-13T18:00:00+07:00'), '17:00');
    expect(addWorkingDays(calendar, day0, 2)).toBe('2026-02-25');
  });

  it.each(['5pm', '24:00', '7:30'])('rejects the cut-off %j', (cutoff) => {
    expect(() => receiptDay(calendar, new Date('2026-01-09T10:00:00+07:00'), cutoff)).toThrow(RangeError);
  });
});

describe('clocks stopped while waiting for the applicant', () => {
  // Complete on Mon 5 Jan 2026; supplement requested Fri 9 Jan (counts as used); received Wed 14 Jan.
  const paused: RunningPeriod[] = [
    { from: '2026-01-05', to: '2026-01-09' },
    { from: '2026-01-14', to: null },
  ];

  it('counts only the running periods', () => {
    expect(elapsedWorkingDays(calendar, paused, '2026-01-20')).toBe(4 + 4);
    expect(elapsedWorkingDays(calendar, [{ from: '2026-01-05', to: '2026-01-09' }])).toBe(4);
    expect(elapsedWorkingDays(calendar, [{ from: '2026-02-13', to: null }], '2026-02-23')).toBe(1);
  });

  it('moves the 30-WD due day by the paused working days, across Tết 2026', () => {
    expect(addWorkingDays(calendar, '2026-01-05', 30)).toBe('2026-02-23');
    expect(dueDayWithPauses(calendar, paused, 30)).toBe('2026-02-26');
  });

  it('a clock resumed on the day it stopped loses nothing', () => {
    const resumedSameDay = [{ from: '2026-01-05', to: '2026-01-09' }, { from: '2026-01-09', to: null }];
    expect(dueDayWithPauses(calendar, resumedSameDay, 30)).toBe('2026-02-23');
  });

  it('is null while stopped with budget left, and the past day when the budget ran out in a closed period', () => {
    expect(dueDayWithPauses(calendar, [{ from: '2026-01-05', to: '2026-01-09' }], 30)).toBeNull();
    expect(dueDayWithPauses(calendar, paused, 3)).toBe('2026-01-08');
    expect(dueDayWithPauses(calendar, paused, 4)).toBe('2026-01-09');
    expect(dueDayWithPauses(calendar, paused, 5)).toBe('2026-01-15');
  });

  it.each([
    [[{ from: '2026-01-05', to: null }, { from: '2026-01-14', to: null }], 'an open period that is not last'],
    [[{ from: '2026-01-05', to: '2026-01-09' }, { from: '2026-01-08', to: null }], 'overlapping periods'],
    [[{ from: '2026-01-09', to: '2026-01-05' }], 'a period ending before it starts'],
  ])('rejects %j (%s)', (periods) => {
    expect(() => elapsedWorkingDays(calendar, periods, '2026-02-01')).toThrow(RangeError);
    expect(() => dueDayWithPauses(calendar, periods, 30)).toThrow(RangeError);
  });

  it('needs today while a period is open', () => {
    expect(() => elapsedWorkingDays(calendar, paused)).toThrow(RangeError);
  });
});
