/**
 * When reports are due (issue 7, brief §5 and §6). Pure: the working calendar is passed in.
 *
 * - NGO periodic report, Form 05 (Decree 58/2022 Art. 21(5)): "no later than the 18th of the last month of the
 *   reporting period" → the annual report is due 18 December. The data period runs from 15 December of the previous
 *   year to 14 December of the reporting year (Government reporting regime, Decree 09/2019/NĐ-CP Art. 12 — inferred,
 *   unconfirmed for Form 05; configuration).
 * - Ministries' and provinces' yearly report on NGO work and on their action-program tasks (Resolution 100/NQ-CP):
 *   to MOFA before 1 December → the last day is 30 November (configuration).
 * - A province's own request to its departments (e.g. Huế: by 25 October): a per-campaign date.
 *
 * A deadline set as a calendar date that falls on a day off moves to the next working day (Civil Code 2015
 * Art. 148(5), brief §9.1: "if the last day falls on a non-working day, the period ends at the close of the next
 * working day"). This is configurable (`shiftToWorkingDay`) because some reporting regimes count strictly.
 */
import { isoDay } from '../calendar/iso-day';
import { workingDayOnOrAfter } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { shiftWorkingDays } from '../consultation/request-clock';

export type ReportKind = 'ngo_annual' | 'agency_annual' | 'province_annual';

export interface ReportCalendarSettings {
  /** First day of the data period as month-day of the previous year (default '12-15', Decree 09/2019). */
  readonly periodStartMonthDay: string;
  /** Due day of the NGO annual report, month-day of the reporting year (default '12-18', D58 Art. 21(5)). */
  readonly ngoDueMonthDay: string;
  /** Due day of agency / province reports, month-day (default '11-30': "before 1 December", Resolution 100). */
  readonly agencyDueMonthDay: string;
  /** Move a due day that is not a working day to the next working day (Civil Code 2015 Art. 148(5)). */
  readonly shiftToWorkingDay: boolean;
  /** Reminder offsets in working days relative to the due day (negative before, 0 on the day, positive after). */
  readonly reminderOffsets: readonly number[];
}

export const DEFAULT_REPORT_CALENDAR: ReportCalendarSettings = {
  periodStartMonthDay: '12-15',
  ngoDueMonthDay: '12-18',
  agencyDueMonthDay: '11-30',
  shiftToWorkingDay: true,
  reminderOffsets: [-10, -3, 0, 2],
};

function monthDay(year: number, md: string): string {
  const [m, d] = md.split('-').map(Number);
  return isoDay(year, m!, d!);
}

/** The data period of reporting year `year`: 15 Dec of year-1 to 14 Dec of year (inclusive, ISO days). */
export function reportingPeriod(year: number, settings: ReportCalendarSettings = DEFAULT_REPORT_CALENDAR): { from: string; to: string } {
  const from = monthDay(year - 1, settings.periodStartMonthDay);
  const nextFrom = monthDay(year, settings.periodStartMonthDay);
  const to = new Date(`${nextFrom}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() - 1);
  return { from, to: to.toISOString().slice(0, 10) };
}

/** The reporting year a day's activity belongs to (15 Dec 2025 → 2026). */
export function reportingYearOf(day: string, settings: ReportCalendarSettings = DEFAULT_REPORT_CALENDAR): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= settings.periodStartMonthDay ? year + 1 : year;
}

/** Applies the Civil Code rule (if enabled): a due day on a weekend or holiday becomes the next working day. */
export function effectiveDueDay(calendar: WorkingCalendar, nominalDay: string, settings: ReportCalendarSettings = DEFAULT_REPORT_CALENDAR): string {
  return settings.shiftToWorkingDay ? workingDayOnOrAfter(calendar, nominalDay) : nominalDay;
}

/** The statutory due day of a report of `kind` for reporting year `year`. */
export function reportDueDay(calendar: WorkingCalendar, kind: ReportKind, year: number, settings: ReportCalendarSettings = DEFAULT_REPORT_CALENDAR): string {
  const md = kind === 'ngo_annual' ? settings.ngoDueMonthDay : settings.agencyDueMonthDay;
  return effectiveDueDay(calendar, monthDay(year, md), settings);
}

export type FilingStatus = 'filed_on_time' | 'filed_late' | 'open' | 'due_soon' | 'overdue';

/**
 * Where an obligation stands on `today`: filed on or before the due day = on time, after = late (an amendment
 * never changes this: the first submission counts); not filed = open, due soon (within `dueSoonWorkingDays`
 * working days of the due day), or overdue once the due day is over.
 */
export function filingStatus(
  calendar: WorkingCalendar,
  dueDay: string,
  firstSubmittedDay: string | null,
  today: string,
  dueSoonWorkingDays = 3,
): FilingStatus {
  if (firstSubmittedDay) return firstSubmittedDay <= dueDay ? 'filed_on_time' : 'filed_late';
  if (today > dueDay) return 'overdue';
  const soonFrom = shiftWorkingDays(calendar, workingDayOnOrAfter(calendar, dueDay), -dueSoonWorkingDays);
  return today >= soonFrom ? 'due_soon' : 'open';
}

/** "Reporting up to date" on an NGO profile: no overdue obligation (late filings still count as filed). */
export function reportingUpToDate(statuses: readonly FilingStatus[]): boolean {
  return !statuses.includes('overdue');
}

export interface ReportReminder {
  readonly offset: number;
  readonly day: string;
  readonly kind: 'before_due' | 'due_today' | 'overdue';
}

/** The reminder days of a report due on `dueDay`; all are working days. */
export function reportReminderDays(calendar: WorkingCalendar, dueDay: string, offsets: readonly number[]): ReportReminder[] {
  const due = workingDayOnOrAfter(calendar, dueDay);
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offset) => ({ offset, day: shiftWorkingDays(calendar, due, offset), kind: offset < 0 ? 'before_due' : offset === 0 ? 'due_today' : 'overdue' }));
}

/**
 * The reminder to send on `today` for an unfiled report (at most one: the latest one due and not yet sent), given
 * the offsets already sent. Filed reports get no reminders; 'overdue' ones go only while the report is missing.
 */
export function reportReminderDue(
  calendar: WorkingCalendar,
  dueDay: string,
  today: string,
  offsets: readonly number[],
  sentOffsets: readonly number[],
  filed: boolean,
): ReportReminder | null {
  if (filed) return null;
  const due = reportReminderDays(calendar, dueDay, offsets).filter((r) => r.day <= today && !sentOffsets.includes(r.offset));
  return due.at(-1) ?? null;
}
