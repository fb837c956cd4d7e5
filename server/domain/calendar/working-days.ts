/**
 * Counting working days (ngày làm việc) for statutory time limits, e.g. "30 working days from receipt of a
 * complete, valid dossier" (Decree 58/2022 Art. 11, 15; brief §3, §9.1).
 *
 * Counting convention (Civil Code 2015 Art. 147(2)-(3): a period counted in days, or started by an event, starts
 * on the day after that day or event; brief §9.1, "general knowledge, verify"): the day of the event (receipt, request, decision)
 * is day 0 and never counts; working day 1 is the first working day after it. N working days from a receipt on
 * Friday 9 Jan 2026 therefore end on the N-th working day from Monday 12 Jan. When the event happens outside
 * office hours or on a day off, normalise it first with `receiptDay` (deadline.ts), so that it counts from the
 * working day after the next working day — the careful official's reading.
 *
 * All functions are pure and take the calendar (working-calendar.ts). Days are 'YYYY-MM-DD' civil days in Vietnam.
 */
import { addDays } from './iso-day';
import type { WorkingCalendar } from './working-calendar';

/** Any real calendar has a working day within this many days; beyond it the calendar is broken. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

/** True when state agencies work on `day`. @throws RangeError for a malformed day. */
export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  return calendar.dayInfo(day).isWorkingDay;
}

/**
 * The first working day strictly after `day`.
 * @throws RangeError for a malformed day, or when a whole year has no working day (a broken calendar).
 */
export function nextWorkingDay(calendar: WorkingCalendar, day: string): string {
  let candidate = addDays(day, 1);
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, candidate = addDays(candidate, 1)) {
    if (isWorkingDay(calendar, candidate)) return candidate;
  }
  throw new RangeError(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${day}`);
}

/**
 * `day` itself when it is a working day, else the next working day. Use it for periods counted in calendar days
 * whose last day is a day off: the period then ends at the end of the next working day (Civil Code 2015 Art. 148(5)).
 * @throws RangeError as {@link nextWorkingDay}.
 */
export function workingDayOnOrAfter(calendar: WorkingCalendar, day: string): string {
  return isWorkingDay(calendar, day) ? day : nextWorkingDay(calendar, day);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A number of working days must be a non-negative integer, got ${n}`);
}

/**
 * The due day of a period of `n` working days triggered on `startDay`: the n-th working day after `startDay`
 * (`startDay` itself is day 0 and does not count, Civil Code 2015 Art. 147(3)). `n` = 0 returns `startDay`.
 * Example: a dossier complete on Fri 25 Apr 2025 + 2 WD = Mon 28 Apr 2025, because Sat 26 Apr 2025 was a make-up
 * working day in exchange for Fri 2 May (without the swap it would be Tue 29 Apr).
 * @throws RangeError when `n` is not a non-negative integer or a day is malformed.
 */
export function addWorkingDays(calendar: WorkingCalendar, startDay: string, n: number): string {
  assertCount(n);
  let day = startDay;
  for (let i = 0; i < n; i++) day = nextWorkingDay(calendar, day);
  return day;
}

/**
 * The working days in the half-open range (`fromDay`, `toDay`]: how many working days of a period triggered on
 * `fromDay` are used up by the end of `toDay`. Negative (minus the count of (`toDay`, `fromDay`]) when `toDay` is
 * before `fromDay`. Inverse of {@link addWorkingDays}: countWorkingDays(c, d, addWorkingDays(c, d, n)) === n.
 * @throws RangeError for a malformed day.
 */
export function countWorkingDays(calendar: WorkingCalendar, fromDay: string, toDay: string): number {
  if (toDay < fromDay) return 0 - countWorkingDays(calendar, toDay, fromDay); // 0 - 0 is +0, unlike -0
  let count = 0;
  for (let day = addDays(fromDay, 1); day <= toDay; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}

/**
 * Working days left after `today` until the deadline at the end of `dueDay`: 0 when `dueDay` is today (the last
 * day) or when only days off lie between a passed due day and today; negative by the number of working days
 * elapsed since the due day when overdue (e.g. due Fri, today the next Mon → -1). Whether the deadline has passed
 * is an instant question: use `isOverdue` (deadline.ts).
 * @throws RangeError for a malformed day.
 */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, dueDay: string): number {
  return countWorkingDays(calendar, today, dueDay);
}

/**
 * A period during which a stopped-and-resumed clock runs: it starts (or resumes) on `from` — the day of the event,
 * not counted — and stops on `to`, which counts as used (the authority worked that day, e.g. it requested a
 * supplement). `to` null = still running.
 */
export interface RunningPeriod {
  readonly from: string;
  readonly to: string | null;
}

function assertPeriods(periods: readonly RunningPeriod[]): void {
  periods.forEach((p, i) => {
    if (p.to !== null && p.to < p.from) throw new RangeError(`Running period ${i} ends (${p.to}) before it starts (${p.from})`);
    if (p.to === null && i !== periods.length - 1) throw new RangeError(`Only the last running period may be open (period ${i})`);
    const previous = periods[i - 1];
    if (previous?.to && p.from < previous.to) throw new RangeError(`Running period ${i} starts before period ${i - 1} stops`);
  });
}

/**
 * Working days used by a clock that stops while a dossier waits for the applicant (supplement requested) and
 * resumes when the supplement is received: the sum over the running periods of countWorkingDays(from, to), an
 * open last period running to the end of `today`.
 * @throws RangeError when the periods are unordered or overlap, an open period is not last, or `today` is missing
 * for an open period.
 */
export function elapsedWorkingDays(calendar: WorkingCalendar, periods: readonly RunningPeriod[], today?: string): number {
  assertPeriods(periods);
  let used = 0;
  for (const period of periods) {
    const end = period.to ?? today;
    if (end === undefined) throw new RangeError('`today` is required while a running period is open');
    used += Math.max(0, countWorkingDays(calendar, period.from, end));
  }
  return used;
}

/**
 * The due day of a budget of `totalWorkingDays` counted over running periods (a clock stopped while waiting for
 * the applicant): the day the budget runs out — within a closed period if it ran out there (already passed), or
 * counted on from the open last period's `from`. Null while the clock is stopped with budget left (every period
 * closed), since no due day exists until it resumes.
 * @throws RangeError as {@link elapsedWorkingDays} and {@link addWorkingDays}.
 */
export function dueDayWithPauses(calendar: WorkingCalendar, periods: readonly RunningPeriod[], totalWorkingDays: number): string | null {
  assertCount(totalWorkingDays);
  assertPeriods(periods);
  let used = 0;
  for (const period of periods) {
    const remaining = totalWorkingDays - used;
    if (period.to === null) return addWorkingDays(calendar, period.from, remaining);
    const inPeriod = countWorkingDays(calendar, period.from, period.to);
    if (inPeriod >= remaining) return addWorkingDays(calendar, period.from, remaining);
    used += inPeriod;
  }
  return null;
}
