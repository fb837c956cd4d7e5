import { describe, expect, it } from 'vitest';
import { calendarRowsFor, computeStatutoryHolidays, lunarToSolar, OFFICIAL_SCHEDULES, VIETNAM_CULTURE_DAY } from './holidays';
import type { Holiday } from './holidays';

const daysOff = (holidays: readonly Holiday[], kind?: Holiday['kind']): string[] =>
  holidays.filter((h) => kind === undefined || h.kind === kind).map((h) => h.day);

describe('lunarToSolar (Vietnamese calendar, UTC+7)', () => {
  it.each([
    [1, 1, 2025, '2025-01-29'],
    [1, 1, 2026, '2026-02-17'],
    [1, 1, 2027, '2027-02-06'],
    [1, 1, 2030, '2030-02-02'], // the Chinese calendar (UTC+8) gives 3 Feb
    [1, 1, 1985, '1985-01-21'], // the Chinese calendar gives 20 Feb
    [1, 1, 2007, '2007-02-17'], // the Chinese calendar gives 18 Feb
    [10, 3, 2025, '2025-04-07'],
    [10, 3, 2026, '2026-04-26'],
    [10, 3, 2027, '2027-04-16'],
  ])('lunar %i/%i/%i is %s', (day, month, year, expected) => {
    expect(lunarToSolar(day, month, year)).toBe(expected);
  });

  it('handles a leap month (lunar 2025 has a leap 6th month)', () => {
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
  });

  it.each([
    [0, 1, 2026],
    [31, 1, 2026],
    [1, 13, 2026],
    [1, 1, 1100],
    [1.5, 1, 2026],
  ])('rejects the impossible lunar date %s/%s/%s', (day, month, year) => {
    expect(() => lunarToSolar(day, month, year)).toThrow(RangeError);
  });

  it('rejects day 30 of a 29-day lunar month: the 12th month of lunar 2025 ends on its 29th (16 Feb 2026)', () => {
    expect(lunarToSolar(29, 12, 2025)).toBe('2026-02-16');
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError);
    expect(lunarToSolar(29, 12, 2026)).toBe('2027-02-05');
  });
});

describe('computeStatutoryHolidays', () => {
  it('2026: Tết Mon 16 – Fri 20 Feb, Hùng Kings Sun 26 Apr compensated on Mon 27 Apr, 30/4–1/5, 1–2 Sep', () => {
    const holidays = computeStatutoryHolidays(2026);
    expect(daysOff(holidays, 'holiday')).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26',
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
    ]);
    expect(holidays.filter((h) => h.kind === 'compensatory_day_off')).toEqual([
      {
        day: '2026-04-27',
        kind: 'compensatory_day_off',
        group: 'hung_kings',
        nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
        nameEn: "Compensatory day off (Hùng Kings' Commemoration Day)",
      },
    ]);
  });

  it('2027: Tết from Fri 5 Feb over the weekend, its Saturday and Sunday compensated on Wed 10 and Thu 11 Feb', () => {
    const holidays = computeStatutoryHolidays(2027);
    expect(daysOff(holidays.filter((h) => h.group === 'tet'))).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    ]);
    expect(daysOff(holidays, 'compensatory_day_off')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('2027: Labour Day on Saturday 1 May gives Monday 3 May off', () => {
    const holidays = computeStatutoryHolidays(2027);
    expect(holidays.find((h) => h.day === '2027-05-03')).toMatchObject({ kind: 'compensatory_day_off', group: 'labour_day' });
  });

  it('always yields the 11 statutory holiday days', () => {
    for (const year of [2024, 2025, 2026, 2027, 2028, 2030]) {
      expect(daysOff(computeStatutoryHolidays(year), 'holiday'), String(year)).toHaveLength(11);
    }
  });

  it.each([
    [0, ['2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21']],
    [1, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
    [2, ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']],
  ])('tetDaysBefore %i puts Tết 2026 on %j', (tetDaysBefore, expected) => {
    const tet = computeStatutoryHolidays(2026, { tetDaysBefore }).filter((h) => h.group === 'tet' && h.kind === 'holiday');
    expect(daysOff(tet)).toEqual(expected);
  });

  it('compensates a Tết day that falls on a weekend after the whole Tết block', () => {
    // tetDaysBefore 0 in 2026: Tue 17 – Sat 21 Feb; Saturday 21 → Monday 23 Feb.
    const holidays = computeStatutoryHolidays(2026, { tetDaysBefore: 0 });
    expect(daysOff(holidays, 'compensatory_day_off')).toEqual(['2026-02-23', '2026-04-27']);
  });

  it.each([
    ['before', 2026, ['2026-09-01', '2026-09-02']],
    ['after', 2026, ['2026-09-02', '2026-09-03']],
    ['before', 2027, ['2027-09-01', '2027-09-02']],
    ['after', 2025, ['2025-09-02', '2025-09-03']],
  ] as const)('nationalDayExtra %s in %i gives %j', (nationalDayExtra, year, expected) => {
    const national = computeStatutoryHolidays(year, { nationalDayExtra }).filter((h) => h.group === 'national_day');
    expect(daysOff(national)).toEqual(expected);
  });

  it('compensates 2 Sep on a Sunday with the next free weekday (2029: Sat 1 and Sun 2 Sep)', () => {
    const holidays = computeStatutoryHolidays(2029);
    expect(daysOff(holidays.filter((h) => h.group === 'national_day'))).toEqual([
      '2029-09-01', '2029-09-02', '2029-09-03', '2029-09-04',
    ]);
  });

  it('adds Vietnam Culture Day only from its effective date', () => {
    const extraHolidays = [{ ...VIETNAM_CULTURE_DAY, effectiveFrom: '2026-07-01' }];
    expect(computeStatutoryHolidays(2025, { extraHolidays }).some((h) => h.group === 'extra')).toBe(false);
    expect(computeStatutoryHolidays(2026, { extraHolidays }).find((h) => h.day === '2026-11-24')).toMatchObject({
      kind: 'extra_holiday',
      nameVi: 'Ngày Văn hóa Việt Nam',
    });
    // 24 Nov 2027 is a Wednesday; 24 Nov 2029 a Saturday → Monday 26 Nov.
    expect(daysOff(computeStatutoryHolidays(2029, { extraHolidays }), 'compensatory_day_off')).toContain('2029-11-26');
  });

  it('does not include Vietnam Culture Day by default', () => {
    expect(computeStatutoryHolidays(2026).some((h) => h.day === '2026-11-24')).toBe(false);
  });

  it.each([[{ tetDaysBefore: 5 }], [{ tetDaysBefore: -1 }], [{ tetDaysBefore: 1.5 }]])('rejects %j', (options) => {
    expect(() => computeStatutoryHolidays(2026, options)).toThrow(RangeError);
  });
});

describe('calendarRowsFor', () => {
  it('2025 uses the announced schedule: Tết Mon 27 – Fri 31 Jan, no computed Tết compensation', () => {
    const rows = calendarRowsFor(2025);
    const tet = rows.filter((r) => r.nameEn.includes('Tết'));
    expect(tet.map((r) => r.day)).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(tet.every((r) => r.source === 'official' && !r.isWorkingDay)).toBe(true);
    expect(rows.some((r) => r.day === '2025-02-03')).toBe(false);
  });

  it('2025 swaps Fri 2 May off against the make-up working Saturday 26 Apr', () => {
    const rows = calendarRowsFor(2025);
    expect(rows.find((r) => r.day === '2025-04-26')).toMatchObject({ kind: 'make_up_working_day', isWorkingDay: true, source: 'official' });
    expect(rows.find((r) => r.day === '2025-05-02')).toMatchObject({ kind: 'swap_day_off', isWorkingDay: false, source: 'official' });
    expect(rows.filter((r) => r.day >= '2025-04-30' && r.day <= '2025-05-01').map((r) => r.kind)).toEqual(['holiday', 'holiday']);
  });

  it('2025 gives exactly the announced days', () => {
    expect(calendarRowsFor(2025).map((r) => `${r.day}:${r.kind}`)).toEqual([
      '2025-01-01:holiday',
      '2025-01-27:holiday', '2025-01-28:holiday', '2025-01-29:holiday', '2025-01-30:holiday', '2025-01-31:holiday',
      '2025-04-07:holiday',
      '2025-04-26:make_up_working_day',
      '2025-04-30:holiday', '2025-05-01:holiday', '2025-05-02:swap_day_off',
      '2025-09-01:holiday', '2025-09-02:holiday',
    ]);
  });

  it('2026 and 2027 fall back to the computed rules', () => {
    const rows2026 = calendarRowsFor(2026);
    expect(rows2026.every((r) => r.source === 'computed' && !r.isWorkingDay)).toBe(true);
    expect(rows2026.find((r) => r.day === '2026-04-27')).toMatchObject({ kind: 'compensatory_day_off' });
    expect(calendarRowsFor(2027)).toHaveLength(14);
  });

  it('has one row per day, sorted', () => {
    for (const year of [2025, 2026, 2027]) {
      const days = calendarRowsFor(year).map((r) => r.day);
      expect(new Set(days).size).toBe(days.length);
      expect(days).toEqual([...days].sort());
    }
  });

  it('official schedules only name real groups and days inside their year', () => {
    for (const s of OFFICIAL_SCHEDULES) {
      expect(s.replaces.length).toBeGreaterThan(0);
      for (const d of s.days) expect(d.day.startsWith(`${s.year}-`)).toBe(true);
    }
  });
});
