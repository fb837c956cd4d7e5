import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { countWorkingDays, isWorkingDay } from '../calendar/working-days';
import { consultationClosable, missedDeadlineReading, reminderDays, remindersDue, replyDueDay, replyTimeliness, shiftWorkingDays, silenceAfterDeadline } from './request-clock';

// Tết 2027 (Labour Code Art. 112, lunar new year on Sat 6 Feb 2027): no work from Fri 5 to Thu 11 Feb; back Fri 12.
const calendar = createWorkingCalendar();

describe('replyDueDay (Decree 58/2022 Art. 11(2): 10 working days from receiving the request)', () => {
  it('counts 10 working days after the day of sending, across Tết 2027', () => {
    expect(replyDueDay(calendar, '2027-02-01')).toBe('2027-02-22');
    expect(replyDueDay(calendar, '2027-01-28')).toBe('2027-02-18');
    expect(countWorkingDays(calendar, '2027-02-01', replyDueDay(calendar, '2027-02-01'))).toBe(10);
  });
  it('counts an ordinary fortnight without holidays as two weeks', () => {
    expect(replyDueDay(calendar, '2026-11-02')).toBe('2026-11-16');
  });
});

describe('reminderDays (T-3, due day, T+2 in working days)', () => {
  it('jumps over Tết 2027 when counting back from the due day', () => {
    expect(reminderDays(calendar, '2027-02-15').map((r) => [r.offset, r.day, r.kind])).toEqual([
      [-3, '2027-02-03', 'before_due'],
      [0, '2027-02-15', 'due_today'],
      [2, '2027-02-17', 'overdue'],
    ]);
  });
  it('never falls on a weekend or a holiday for any request sent in Dec 2026 – Mar 2027', () => {
    for (let day = new Date('2026-12-01T00:00:00Z'); day <= new Date('2027-03-31T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
      const sent = day.toISOString().slice(0, 10);
      for (const reminder of reminderDays(calendar, replyDueDay(calendar, sent))) expect(isWorkingDay(calendar, reminder.day)).toBe(true);
    }
  });
  it('shifts backwards and forwards by working days', () => {
    expect(shiftWorkingDays(calendar, '2027-02-12', -1)).toBe('2027-02-04');
    expect(shiftWorkingDays(calendar, '2027-02-04', 1)).toBe('2027-02-12');
  });
});

describe('remindersDue (a job that runs many times a day sends each reminder once)', () => {
  const due = '2027-02-15';
  it('sends nothing before T-3, the T-3 reminder on its day, and nothing again once it is recorded', () => {
    expect(remindersDue(calendar, due, '2027-02-02', [])).toEqual([]);
    expect(remindersDue(calendar, due, '2027-02-03', []).map((r) => r.offset)).toEqual([-3]);
    expect(remindersDue(calendar, due, '2027-02-03', [-3])).toEqual([]);
    expect(remindersDue(calendar, due, '2027-02-12', [-3])).toEqual([]);
  });
  it('after downtime sends only the latest missed reminder, not a burst of old ones', () => {
    expect(remindersDue(calendar, due, '2027-02-18', []).map((r) => r.offset)).toEqual([2]);
  });
});

describe('replyTimeliness and closing the consultation', () => {
  it('marks on time, late, pending and missing replies', () => {
    expect(replyTimeliness('2027-02-22', '2027-02-22', '2027-03-01')).toBe('on_time');
    expect(replyTimeliness('2027-02-22', '2027-02-23', '2027-03-01')).toBe('late');
    expect(replyTimeliness('2027-02-22', null, '2027-02-22')).toBe('pending');
    expect(replyTimeliness('2027-02-22', null, '2027-02-23')).toBe('missing');
  });
  it('closes when every request is answered or past its due day, never with no request', () => {
    expect(consultationClosable([], '2027-03-01')).toBe(false);
    expect(consultationClosable([{ dueDay: '2027-02-22', answeredDay: '2027-02-20' }, { dueDay: '2027-02-22', answeredDay: null }], '2027-02-22')).toBe(false);
    expect(consultationClosable([{ dueDay: '2027-02-22', answeredDay: '2027-02-20' }, { dueDay: '2027-02-22', answeredDay: null }], '2027-02-23')).toBe(true);
  });
});

describe('silence after the deadline (configuration onMissedDeadline; Decree 58/2022 Art. 11(2) gives silence no effect)', () => {
  it('reads only an unanswered request past its due day, as configured', () => {
    expect(silenceAfterDeadline('no_reply', '2027-02-22', null, '2027-02-22')).toBeNull();
    expect(silenceAfterDeadline('no_reply', '2027-02-22', null, '2027-02-23')).toBe('no_reply');
    expect(silenceAfterDeadline('deemed_agreement', '2027-02-22', null, '2027-02-23')).toBe('deemed_agreement');
    expect(silenceAfterDeadline('deemed_agreement', '2027-02-22', '2027-02-24', '2027-02-25')).toBeNull(); // a late reply prevails
  });
  it('never reads an unknown or missing setting as consent', () => {
    expect(missedDeadlineReading('deemed_agreement')).toBe('deemed_agreement');
    for (const value of [undefined, null, 'no_reply', 'deemed_consent', true]) expect(missedDeadlineReading(value)).toBe('no_reply');
  });
});
