/**
 * The working-day calendar the deadline engine counts on: a weekly rest rule (Saturday and Sunday for state
 * agencies, Decision 188/1999/QĐ-TTg) plus exception days — holidays, compensatory days off, swapped days off
 * and make-up working Saturdays (brief §9.1–9.2). Pure: the exceptions are passed in, nothing is read here.
 *
 * Where the exceptions come from: the `calendar_day` table (seeded from `calendarRowsFor`, edited by
 * administrators). For a year the table does not cover, the computed rules (Labour Code 2019 Art. 111(3) and 112,
 * lunar dates for UTC+7, the announced schedules of `official-schedules.ts`) fill in, with any table rows of that
 * year on top.
 *
 * Effective dates: the exception set is what it is at compute time. A swap or extra holiday entered by an
 * administrator changes every computation made after it is saved, for any day (a day the Government gives off is
 * a day nobody processes dossiers, whenever it was announced). Due days already computed and stored by a workflow
 * are snapshots: the workflow decides whether to recompute them. A holiday that only exists from a legal
 * effective date (e.g. Vietnam Culture Day) is expressed by which days carry it, as `HolidayOptions.extraHolidays`
 * does for computed years.
 */
import { calendarRowsFor, type CalendarDayKind, type HolidayOptions } from './holidays';
import { dayOfWeek } from './iso-day';

/** Where an exception comes from: the computed rules, an announced schedule, or an administrator's edit. */
export type CalendarSource = 'computed' | 'official' | 'admin';

/** One day that differs from the weekly rule (a row of `calendar_day`). */
export interface CalendarException {
  /** 'YYYY-MM-DD'. */
  readonly day: string;
  readonly isWorkingDay: boolean;
  readonly kind: CalendarDayKind;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly source: CalendarSource;
}

/** What the calendar says about one day. */
export interface CalendarDayInfo {
  readonly day: string;
  readonly isWorkingDay: boolean;
  /** The exception's kind, or 'weekday' / 'weekly_rest_day' when the weekly rule applies. */
  readonly kind: CalendarDayKind | 'weekday' | 'weekly_rest_day';
  readonly nameVi: string | null;
  readonly nameEn: string | null;
  /** 'rule' when no exception applies. */
  readonly source: CalendarSource | 'rule';
}

/** A working-day calendar. Build one with {@link createWorkingCalendar}. */
export interface WorkingCalendar {
  /**
   * The status of a day.
   * @throws RangeError when `day` is not a real 'YYYY-MM-DD' day, or (computed fallback) its year is outside 1201–2199.
   */
  dayInfo(day: string): CalendarDayInfo;
}

/** How to build a {@link WorkingCalendar}. */
export interface WorkingCalendarOptions {
  /** Exception days (e.g. every `calendar_day` row); a later entry for the same day wins. */
  readonly exceptions?: readonly CalendarException[];
  /**
   * Years whose exceptions are complete in `exceptions` (the table holds that year's schedule). Other years use
   * the computed rules with `exceptions` on top. Default: none. See {@link yearsCoveredBy}.
   */
  readonly completeYears?: Iterable<number>;
  /** 'computed' (default): fill uncovered years from `calendarRowsFor`; 'none': weekly rule + `exceptions` only. */
  readonly fallback?: 'computed' | 'none';
  /** Options for the computed years (Tết days, National Day extra day, extra holidays in force). */
  readonly holidayOptions?: HolidayOptions;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default Saturday and Sunday. */
  readonly weeklyRestDays?: readonly number[];
}

const yearOf = (day: string): number => Number(day.slice(0, 4));

/** Builds a calendar from exception days and the weekly rule; computed years are derived lazily and cached. */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const restDays = new Set(options.weeklyRestDays ?? [0, 6]);
  const complete = new Set(options.completeYears ?? []);
  const given = new Map<string, CalendarException>();
  for (const exception of options.exceptions ?? []) {
    dayOfWeek(exception.day); // validates the day
    given.set(exception.day, exception);
  }
  const computedYears = new Map<number, Map<string, CalendarException>>();
  const computedOf = (year: number): Map<string, CalendarException> => {
    let rows = computedYears.get(year);
    if (!rows) {
      rows = new Map(calendarRowsFor(year, options.holidayOptions).map((r) => [r.day, { ...r }]));
      computedYears.set(year, rows);
    }
    return rows;
  };

  return {
    dayInfo(day) {
      const weekday = dayOfWeek(day);
      const year = yearOf(day);
      const exception =
        given.get(day) ?? (options.fallback !== 'none' && !complete.has(year) ? computedOf(year).get(day) : undefined);
      if (exception) {
        const { isWorkingDay, kind, nameVi, nameEn, source } = exception;
        return { day, isWorkingDay, kind, nameVi, nameEn, source };
      }
      const rest = restDays.has(weekday);
      return { day, isWorkingDay: !rest, kind: rest ? 'weekly_rest_day' : 'weekday', nameVi: null, nameEn: null, source: 'rule' };
    },
  };
}

/**
 * The years a set of `calendar_day` rows covers completely: those with at least one row from the computed rules
 * or an announced schedule (written by the seed or a yearly generation). A year with only administrators' rows is
 * not covered, so adding one swap to a year not yet generated keeps that year's computed holidays.
 */
export function yearsCoveredBy(rows: readonly Pick<CalendarException, 'day' | 'source'>[]): number[] {
  return [...new Set(rows.filter((r) => r.source !== 'admin').map((r) => yearOf(r.day)))].sort((a, b) => a - b);
}
