/**
 * From instants to calendar days and back, in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
 *
 * - A deadline falls at the end of its due day, 24:00 (Civil Code 2015 Art. 148(1), (6): a period in days ends at
 *   the end of its last day, at 24:00; brief §9.1 and conventions §5 "deadlines … end at the end of the working
 *   day"). We use the end of the day rather than the end of office hours because that is what the Civil Code says
 *   and it never cuts a party's time short; an online filing at 22:00 on the due day is on time.
 * - An event received outside office hours or on a day off counts as received on the next working day
 *   (`receiptDay`), so its period starts the working day after that. The cut-off time is not in the brief
 *   (one-stop rules of Decree 118/2025, "verify"): it is a parameter, with its default in PROCEDURE_DEFAULTS.
 */
import { vnDateOf, vnDayStart } from '../../../common/dates';
import { dayOfWeek } from './iso-day';
import type { WorkingCalendar } from './working-calendar';
import { isWorkingDay, nextWorkingDay } from './working-days';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The last instant of `dueDay` in Vietnam: 23:59:59.999 UTC+7 (= 16:59:59.999 UTC). A deadline is met by anything
 * done at or before it.
 * @throws RangeError for a malformed day.
 */
export function deadlineInstant(dueDay: string): Date {
  dayOfWeek(dueDay); // validates
  return new Date(vnDayStart(dueDay, 1).getTime() - 1);
}

/**
 * True once `now` is after the end of `dueDay` in Vietnam.
 * @throws RangeError for a malformed day.
 */
export function isOverdue(dueDay: string, now: Date): boolean {
  return now.getTime() > deadlineInstant(dueDay).getTime();
}

/** The Vietnamese civil day ('YYYY-MM-DD') of an instant. */
export function vietnamDay(instant: Date): string {
  return vnDateOf(instant);
}

/**
 * The day a dossier, reply or request received at `receivedAt` counts as received, i.e. day 0 of its periods:
 * the Vietnamese day of `receivedAt` when that is a working day and the time is before `cutoff`; otherwise the
 * next working day. `cutoff` 'HH:MM' (Vietnam time) is the end of office hours; null = any time of a working day
 * counts that day.
 * Example: received Fri 9 Jan 2026 at 18:00 with cut-off 17:00 → Mon 12 Jan; working day 1 is Tue 13 Jan.
 * @throws RangeError for a malformed cut-off.
 */
export function receiptDay(calendar: WorkingCalendar, receivedAt: Date, cutoff: string | null): string {
  const day = vietnamDay(receivedAt);
  if (!isWorkingDay(calendar, day)) return nextWorkingDay(calendar, day);
  if (cutoff === null) return day;
  const match = HH_MM.exec(cutoff);
  if (!match) throw new RangeError(`A cut-off time must be 'HH:MM', got ${cutoff}`);
  const msOfDay = (((receivedAt.getTime() + VN_OFFSET_MS) % 86_400_000) + 86_400_000) % 86_400_000;
  const minutesOfDay = Math.floor(msOfDay / 60_000);
  return minutesOfDay >= Number(match[1]) * 60 + Number(match[2]) ? nextWorkingDay(calendar, day) : day;
}
