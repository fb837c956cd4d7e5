/**
 * Statutory public holidays of Vietnam and the calendar-table rows derived from them (brief §9.2).
 *
 * Basis: Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112(1) — 11 paid holiday days: New Year 1 day,
 * Lunar New Year (Tết) 5 days, Hùng Kings' Commemoration 1 day (10th day of the 3rd lunar month), Victory Day
 * 30 April, International Labour Day 1 May, National Day 2 days (2 September plus the day before or after);
 * Art. 112(3) — the Prime Minister fixes the actual Tết and National Day days each year;
 * Art. 111(3) — a holiday that falls on a weekly rest day gives a compensatory day off on the next working day.
 *
 * These rules give the *computed* schedule. The Government's yearly announcements (day swaps, the chosen Tết
 * days) are data in `official-schedules.ts`; anything else is edited by administrators in the calendar table.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { addDays, isoDay, isWeekend } from './iso-day';
import { OFFICIAL_SCHEDULES } from './official-schedules';

export { OFFICIAL_SCHEDULES } from './official-schedules';
export type { OfficialSchedule, OfficialScheduleDay } from './official-schedules';

/** Which statutory holiday a computed day belongs to (so an official schedule can replace a whole group). */
export type HolidayGroup = 'new_year' | 'tet' | 'hung_kings' | 'victory_day' | 'labour_day' | 'national_day' | 'extra';

/** The `calendar_day.kind` values. */
export type CalendarDayKind = 'holiday' | 'compensatory_day_off' | 'swap_day_off' | 'make_up_working_day' | 'extra_holiday';

/** One computed day off. */
export interface Holiday {
  /** 'YYYY-MM-DD'. */
  readonly day: string;
  readonly kind: Extract<CalendarDayKind, 'holiday' | 'compensatory_day_off' | 'extra_holiday'>;
  readonly group: HolidayGroup;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A holiday added by a later amendment, counted only from `effectiveFrom` ('YYYY-MM-DD'). */
export interface ExtraHoliday {
  readonly month: number;
  readonly day: number;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly effectiveFrom: string;
}

/**
 * Vietnam Culture Day, 24 November: chosen by the Politburo as a paid holiday; Resolution 30/NQ-CP (Feb 2026)
 * tasks amending Labour Code Art. 112(1). Not law yet (brief §9.2), so it is off unless passed in
 * `extraHolidays` with the effective date the amendment sets.
 */
export const VIETNAM_CULTURE_DAY: Omit<ExtraHoliday, 'effectiveFrom'> = {
  month: 11,
  day: 24,
  nameVi: 'Ngày Văn hóa Việt Nam',
  nameEn: 'Vietnam Culture Day',
};

/** Choices the Labour Code leaves to the yearly decision of the Prime Minister, plus pending extra holidays. */
export interface HolidayOptions {
  /** Tết days taken before lunar New Year's Day (Mùng 1), counting the last day of the old year; default 1. */
  readonly tetDaysBefore?: number;
  /** The second National Day day: 1 September ('before', default) or 3 September ('after'). */
  readonly nationalDayExtra?: 'before' | 'after';
  /** Holidays added by later amendments (e.g. {@link VIETNAM_CULTURE_DAY}); default none. */
  readonly extraHolidays?: readonly ExtraHoliday[];
}

/** Number of Tết holiday days (Labour Code 2019 Art. 112(1)(b)). */
export const TET_DAYS = 5;

/**
 * Converts a date of the Vietnamese lunisolar calendar (computed for UTC+7, Hồ Ngọc Đức's algorithm via
 * @dqcai/vn-lunar) to a solar day. The Vietnamese calendar differs from the Chinese one (UTC+8) in some years,
 * e.g. Tết 1985 = 21 Jan 1985 and Tết 2030 = 2 Feb 2030.
 *
 * @param leap true for the intercalary (nhuận) month of that number.
 * @returns 'YYYY-MM-DD'.
 * @throws RangeError when the lunar date does not exist (e.g. day 30 of a 29-day month) or the year is outside 1200–2199.
 */
export function lunarToSolar(day: number, month: number, lunarYear: number, leap = false): string {
  const valid =
    Number.isInteger(day) && Number.isInteger(month) && Number.isInteger(lunarYear) &&
    day >= 1 && day <= 30 && month >= 1 && month <= 12 && lunarYear >= 1200 && lunarYear <= 2199;
  if (!valid) throw new RangeError(`Invalid lunar date ${day}/${month}/${lunarYear}`);
  const solar = getSolarDate(day, month, lunarYear, leap);
  // The library does not check the day against the month length: convert back to reject overflowing dates.
  const back = getLunarDate(solar.day, solar.month, solar.year);
  if (back.day !== day || back.month !== month || back.year !== lunarYear || back.leap !== leap) {
    throw new RangeError(`Lunar date ${day}/${month}${leap ? ' (leap)' : ''}/${lunarYear} does not exist`);
  }
  return isoDay(solar.year, solar.month, solar.day);
}

interface Named {
  readonly group: HolidayGroup;
  readonly nameVi: string;
  readonly nameEn: string;
}

const NEW_YEAR: Named = { group: 'new_year', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" };
const TET: Named = { group: 'tet', nameVi: 'Tết Âm lịch', nameEn: 'Lunar New Year (Tết)' };
const HUNG_KINGS: Named = { group: 'hung_kings', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" };
const VICTORY_DAY: Named = { group: 'victory_day', nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' };
const LABOUR_DAY: Named = { group: 'labour_day', nameVi: 'Ngày Quốc tế lao động', nameEn: 'International Labour Day' };
const NATIONAL_DAY: Named = { group: 'national_day', nameVi: 'Quốc khánh', nameEn: 'National Day' };

function assertOptions(year: number, tetDaysBefore: number): void {
  if (!Number.isInteger(year) || year < 1201 || year > 2199) throw new RangeError(`Unsupported year ${year}`);
  if (!Number.isInteger(tetDaysBefore) || tetDaysBefore < 0 || tetDaysBefore >= TET_DAYS) {
    throw new RangeError(`tetDaysBefore must be an integer from 0 to ${TET_DAYS - 1}, got ${tetDaysBefore}`);
  }
}

/**
 * Computes the statutory days off of a solar year by Labour Code 2019 Art. 112(1) and Art. 111(3): the 11 holiday
 * days, any extra holidays in force, and a compensatory day off (kind 'compensatory_day_off') on the next working
 * day for each holiday that falls on a Saturday or Sunday. Tết defaults to the last day of the lunar year plus
 * lunar 1/1–4/1; National Day to 1–2 September. Sorted by day.
 *
 * @throws RangeError for a year outside 1201–2199 or an invalid `tetDaysBefore`.
 */
export function computeStatutoryHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  const tetDaysBefore = options.tetDaysBefore ?? 1;
  assertOptions(year, tetDaysBefore);
  const holidays: Holiday[] = [];
  const add = (day: string, named: Named, kind: Holiday['kind'] = 'holiday'): void => {
    holidays.push({ day, kind, group: named.group, nameVi: named.nameVi, nameEn: named.nameEn });
  };

  add(isoDay(year, 1, 1), NEW_YEAR);
  const tetDay = lunarToSolar(1, 1, year);
  for (let offset = -tetDaysBefore; offset < TET_DAYS - tetDaysBefore; offset++) add(addDays(tetDay, offset), TET);
  add(lunarToSolar(10, 3, year), HUNG_KINGS);
  add(isoDay(year, 4, 30), VICTORY_DAY);
  add(isoDay(year, 5, 1), LABOUR_DAY);
  const nationalDay = isoDay(year, 9, 2);
  add(nationalDay, NATIONAL_DAY);
  add(addDays(nationalDay, options.nationalDayExtra === 'after' ? 1 : -1), NATIONAL_DAY);
  for (const extra of options.extraHolidays ?? []) {
    const day = isoDay(year, extra.month, extra.day);
    if (day >= extra.effectiveFrom) add(day, { group: 'extra', nameVi: extra.nameVi, nameEn: extra.nameEn }, 'extra_holiday');
  }

  holidays.sort((a, b) => a.day.localeCompare(b.day));
  return [...holidays, ...compensatoryDaysOff(holidays)].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * For each holiday on a weekly rest day, the next day that is neither a weekend, a holiday nor an already
 * assigned compensatory day (Labour Code 2019 Art. 111(3)). `holidays` must be sorted by day.
 */
function compensatoryDaysOff(holidays: readonly Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((h) => h.day));
  const result: Holiday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) continue;
    let candidate = addDays(holiday.day, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push({
      day: candidate,
      kind: 'compensatory_day_off',
      group: holiday.group,
      nameVi: `Nghỉ bù ${holiday.nameVi}`,
      nameEn: `Compensatory day off (${holiday.nameEn})`,
    });
  }
  return result;
}

/** A row of the `calendar_day` table (without the audit columns). */
export interface CalendarRow {
  readonly day: string;
  readonly isWorkingDay: boolean;
  readonly kind: CalendarDayKind;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly source: 'computed' | 'official';
  readonly note: string | null;
}

/**
 * The calendar-table rows of a year: the computed statutory schedule, with every holiday group covered by an
 * official announcement for that year (`OFFICIAL_SCHEDULES`) replaced by the announced days, including
 * swapped days off and make-up working Saturdays (brief §9.1). Days off have `isWorkingDay` false; make-up
 * working days true. One row per day, sorted by day.
 *
 * @throws RangeError as {@link computeStatutoryHolidays}.
 */
export function calendarRowsFor(year: number, options: HolidayOptions = {}): CalendarRow[] {
  const officials = OFFICIAL_SCHEDULES.filter((s) => s.year === year);
  const replaced = new Set(officials.flatMap((s) => s.replaces));
  const byDay = new Map<string, CalendarRow>();
  for (const h of computeStatutoryHolidays(year, options)) {
    if (replaced.has(h.group)) continue;
    byDay.set(h.day, { day: h.day, isWorkingDay: false, kind: h.kind, nameVi: h.nameVi, nameEn: h.nameEn, source: 'computed', note: null });
  }
  for (const schedule of officials) {
    for (const d of schedule.days) {
      byDay.set(d.day, {
        day: d.day,
        isWorkingDay: d.kind === 'make_up_working_day',
        kind: d.kind,
        nameVi: d.nameVi,
        nameEn: d.nameEn,
        source: 'official',
        note: schedule.basis,
      });
    }
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
