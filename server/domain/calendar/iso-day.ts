/**
 * Calendar-date helpers on ISO day strings ('YYYY-MM-DD'). A day here is a civil date in Vietnam with no time
 * and no zone, so arithmetic runs on UTC midnights and can never shift across a daylight-saving change.
 */

/** Matches a well-formed ISO calendar day. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Formats a year, month (1–12) and day of month as 'YYYY-MM-DD'. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses 'YYYY-MM-DD' into a UTC-midnight timestamp in milliseconds.
 * @throws RangeError when the string is not a real calendar day.
 */
function toUtcMillis(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not an ISO day: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const millis = Date.UTC(year, month - 1, date);
  const parsed = new Date(millis);
  if (parsed.getUTCDate() !== date || parsed.getUTCMonth() !== month - 1) throw new RangeError(`Not a calendar day: ${day}`);
  return millis;
}

/**
 * Returns the day `n` days after `day` (before it when `n` is negative).
 * @throws RangeError when `day` is not a real calendar day.
 */
export function addDays(day: string, n: number): string {
  const d = new Date(toUtcMillis(day) + n * 86_400_000);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Day of the week of an ISO day: 0 = Sunday … 6 = Saturday (as `Date#getDay`).
 * @throws RangeError when `day` is not a real calendar day.
 */
export function dayOfWeek(day: string): number {
  return new Date(toUtcMillis(day)).getUTCDay();
}

/**
 * True on Saturday and Sunday, the weekly rest days of state agencies (40-hour week, Decision 188/1999/QĐ-TTg).
 * @throws RangeError when `day` is not a real calendar day.
 */
export function isWeekend(day: string): boolean {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 * @throws RangeError when a day is not a real calendar day.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / 86_400_000);
}
