/**
 * Working-day arithmetic over 2025–2027. Days off come from Labour Code 2019 Art. 112 (holidays, lunar Tết and
 * Hùng Kings' day for UTC+7), Art. 111(3) (compensatory days), the announced 2025 schedule (Tết 25/1–2/2,
 * 26/4↔2/5 swap, 1–2/9), and the counting rule of Civil Code 2015 Art. 147 used for Decree 58/2022 time limits.
 */
import { describe, expect, it } from 'vitest';
import { calendarRowsFor } from './holidays';
import { addDays } from './iso-day';
import { createWorkingCalendar, yearsCoveredBy, type CalendarException } from './working-calendar';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay, workingDayOnOrAfter, workingDaysLeft } from './working-days';

/** The calendar the seeded `calendar_day` table gives (computed + announced schedules), computed beyond it. */
const calendar = createWorkingCalendar();

describe('addWorkingDays (Decree 58/2022 periods; the start day is day 0, Civil Code 2015 Art. 147)', () => {
  it.each([
    // Tết 2025 (announced: off Sat 25 Jan – Sun 2 Feb; Tết days Mon 27 – Fri 31 Jan)
    ['2025-01-23', 1, '2025-01-24', 'Thu before Tết 2025'],
    ['2025-01-23', 2, '2025-02-03', 'across Tết 2025'],
    ['2025-01-24', 1, '2025-02-03', 'Fri before Tết 2025'],
    ['2025-01-24', 30, '2025-03-14', '30 WD from the Friday before Tết 2025'],
    ['2025-01-28', 1, '2025-02-03', 'from a Tết day'],
    // Tết 2026 (computed: Mon 16 – Fri 20 Feb; lunar 1/1 = Tue 17 Feb 2026)
    ['2026-02-12', 2, '2026-02-23', 'across Tết 2026'],
    ['2026-02-13', 1, '2026-02-23', 'Fri before Tết 2026'],
    ['2026-02-13', 30, '2026-04-03', '30 WD from the Friday before Tết 2026'],
    // Tết 2027 (computed: Fri 5 – Tue 9 Feb; its Sat 6 and Sun 7 compensated on Wed 10 and Thu 11 Feb)
    ['2027-02-04', 1, '2027-02-12', 'Thu before Tết 2027, compensatory days included'],
    ['2027-02-04', 2, '2027-02-15', 'across Tết 2027'],
    // 30/4–1/5 and Hùng Kings' day
    ['2025-04-25', 2, '2025-04-28', '2025: Sat 26 Apr is a make-up working day (swap with Fri 2 May)'],
    ['2025-04-25', 3, '2025-04-29', '2025: Mon 28, Tue 29'],
    ['2025-04-25', 4, '2025-05-05', '2025: Wed 30 Apr – Fri 2 May off'],
    ['2025-04-04', 1, '2025-04-08', '2025: Hùng Kings Mon 7 Apr'],
    ['2026-04-24', 1, '2026-04-28', '2026: Hùng Kings Sun 26 Apr compensated on Mon 27 Apr'],
    ['2026-04-24', 3, '2026-05-04', '2026: Thu 30 Apr and Fri 1 May off'],
    ['2027-04-15', 1, '2027-04-19', '2027: Hùng Kings Fri 16 Apr'],
    ['2027-04-29', 1, '2027-05-04', '2027: Fri 30 Apr, Sat 1 May compensated on Mon 3 May'],
    // National Day 2/9 (+ the day before, Art. 112(1)(đ))
    ['2025-08-29', 1, '2025-09-03', '2025: Mon 1 and Tue 2 Sep'],
    ['2026-08-31', 1, '2026-09-03', '2026: Tue 1 and Wed 2 Sep'],
    ['2027-08-31', 1, '2027-09-03', '2027: Wed 1 and Thu 2 Sep'],
    // Year boundaries
    ['2025-12-31', 1, '2026-01-02', 'New Year 2026 on Thursday'],
    ['2025-12-12', 30, '2026-01-26', '30 WD across New Year 2026'],
    ['2027-12-31', 1, '2028-01-04', 'New Year 2028 on Saturday, compensated Mon 3 Jan (computed, beyond the seeded years)'],
    // n = 0 and weekend starts
    ['2026-02-18', 0, '2026-02-18', 'n = 0 is the start day, even a holiday'],
    ['2026-03-07', 1, '2026-03-09', 'from a Saturday'],
  ])('%s + %i WD = %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(calendar, start, n)).toBe(expected);
  });

  it('2025 without the announced 26/4↔2/5 swap would end on Tue 29 Apr', () => {
    const withoutSwap = calendarRowsFor(2025).filter((r) => r.day !== '2025-04-26' && r.day !== '2025-05-02');
    const noSwap = createWorkingCalendar({ exceptions: withoutSwap, completeYears: [2025] });
    expect(addWorkingDays(noSwap, '2025-04-25', 2)).toBe('2025-04-29');
    expect(isWorkingDay(noSwap, '2025-05-02')).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN])('rejects n = %s', (n) => {
    expect(() => addWorkingDays(calendar, '2026-01-05', n)).toThrow(RangeError);
  });

  it('rejects a malformed day', () => {
    expect(() => addWorkingDays(calendar, '2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('countWorkingDays, workingDaysLeft', () => {
  it.each([
    ['2026-02-13', '2026-02-23', 1],
    ['2026-02-13', '2026-02-13', 0],
    ['2026-02-23', '2026-02-13', -1],
    ['2025-04-25', '2025-05-05', 4],
    ['2025-01-01', '2026-01-01', 250],
    ['2026-01-01', '2027-01-01', 250],
  ])('working days in (%s, %s] = %i', (from, to, expected) => {
    expect(countWorkingDays(calendar, from, to)).toBe(expected);
  });

  it.each([
    ['2026-04-29', '2026-05-04', 1, 'one working day left (Thu 30 Apr, Fri 1 May off)'],
    ['2026-05-04', '2026-05-04', 0, 'due today'],
    ['2026-05-02', '2026-04-29', 0, 'passed, but only days off since'],
    ['2026-05-05', '2026-05-04', -1, 'one working day overdue'],
    ['2026-05-11', '2026-05-04', -5, 'a week overdue'],
  ])('today %s, due %s → %i (%s)', (today, due, expected) => {
    expect(workingDaysLeft(calendar, today, due)).toBe(expected);
  });

  it('count(d, add(d, n)) = n and add(d, n) is the first such working day, for every day of 2025–2027', () => {
    for (let day = '2025-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      for (const n of [1, 2, 3, 10, 30]) {
        const due = addWorkingDays(calendar, day, n);
        expect(countWorkingDays(calendar, day, due), `${day} + ${n}`).toBe(n);
        expect(isWorkingDay(calendar, due), `${day} + ${n}`).toBe(true);
        expect(countWorkingDays(calendar, day, addDays(due, -1)), `${day} + ${n}`).toBe(n - 1);
      }
    }
  });

  it('adding in steps equals adding at once', () => {
    for (let day = '2025-12-01'; day <= '2026-03-01'; day = addDays(day, 3)) {
      expect(addWorkingDays(calendar, addWorkingDays(calendar, day, 2), 28)).toBe(addWorkingDays(calendar, day, 30));
    }
  });
});

describe('nextWorkingDay, workingDayOnOrAfter', () => {
  it('skips Tết and its weekend', () => {
    expect(nextWorkingDay(calendar, '2026-02-13')).toBe('2026-02-23');
    expect(workingDayOnOrAfter(calendar, '2026-02-17')).toBe('2026-02-23');
    expect(workingDayOnOrAfter(calendar, '2026-02-23')).toBe('2026-02-23');
  });

  it('throws instead of looping on a calendar with no working day', () => {
    const never = createWorkingCalendar({ fallback: 'none', weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] });
    expect(() => nextWorkingDay(never, '2026-01-01')).toThrow(RangeError);
  });
});

describe('calendar exceptions (the calendar_day table and administrators’ edits)', () => {
  const table2026: CalendarException[] = calendarRowsFor(2026).map((r) => ({ ...r }));
  const adminDayOff: CalendarException = {
    day: '2026-02-23',
    isWorkingDay: false,
    kind: 'swap_day_off',
    nameVi: 'Nghỉ hoán đổi',
    nameEn: 'Swapped day off',
    source: 'admin',
  };
  const adminMakeUp: CalendarException = { ...adminDayOff, day: '2026-02-28', isWorkingDay: true, kind: 'make_up_working_day' };

  it('an added swap moves the due day; the exception set is what it is at compute time', () => {
    const before = createWorkingCalendar({ exceptions: table2026, completeYears: [2026] });
    const after = createWorkingCalendar({ exceptions: [...table2026, adminDayOff, adminMakeUp], completeYears: [2026] });
    expect(addWorkingDays(before, '2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays(after, '2026-02-13', 1)).toBe('2026-02-24');
    expect(addWorkingDays(before, '2026-02-13', 5)).toBe('2026-02-27');
    expect(addWorkingDays(after, '2026-02-13', 5)).toBe('2026-02-28'); // the make-up Saturday counts
    expect(after.dayInfo('2026-02-28')).toMatchObject({ isWorkingDay: true, kind: 'make_up_working_day', source: 'admin' });
  });

  it('a complete year uses only the given rows: removing a holiday row makes it a working day', () => {
    const withoutHungKings = table2026.filter((r) => r.day !== '2026-04-27');
    const edited = createWorkingCalendar({ exceptions: withoutHungKings, completeYears: [2026] });
    expect(isWorkingDay(edited, '2026-04-27')).toBe(true);
    expect(isWorkingDay(createWorkingCalendar({ exceptions: withoutHungKings }), '2026-04-27')).toBe(false);
  });

  it('a year only administrators touched keeps its computed holidays', () => {
    const rows = [...table2026, { ...adminDayOff, day: '2028-01-07' }];
    expect(yearsCoveredBy(rows)).toEqual([2026]);
    const cal = createWorkingCalendar({ exceptions: rows, completeYears: yearsCoveredBy(rows) });
    expect(isWorkingDay(cal, '2028-01-07')).toBe(false);
    expect(cal.dayInfo('2028-01-03')).toMatchObject({ isWorkingDay: false, kind: 'compensatory_day_off', source: 'computed' });
  });

  it('fallback none gives the bare weekly rule', () => {
    const bare = createWorkingCalendar({ fallback: 'none' });
    expect(bare.dayInfo('2026-02-17')).toEqual({ day: '2026-02-17', isWorkingDay: true, kind: 'weekday', nameVi: null, nameEn: null, source: 'rule' });
    expect(bare.dayInfo('2026-02-21')).toMatchObject({ isWorkingDay: false, kind: 'weekly_rest_day' });
  });

  it('Vietnam Culture Day (24 Nov) counts only when switched on with its effective date', () => {
    const extraHolidays = [{ month: 11, day: 24, nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day', effectiveFrom: '2026-07-01' }];
    const withCultureDay = createWorkingCalendar({ holidayOptions: { extraHolidays } });
    expect(addWorkingDays(calendar, '2026-11-23', 1)).toBe('2026-11-24');
    expect(addWorkingDays(withCultureDay, '2026-11-23', 1)).toBe('2026-11-25');
  });

  it('rejects a malformed exception day', () => {
    expect(() => createWorkingCalendar({ exceptions: [{ ...adminDayOff, day: '2026-13-01' }] })).toThrow(RangeError);
  });
});
