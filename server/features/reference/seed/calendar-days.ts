/**
 * Initial content of the `calendar_day` table: holiday rows for the years the system opens with, computed by
 * the domain rules (Labour Code 2019 Art. 111–112) and overridden by announced schedules (brief §9.2).
 * Later years are added by administrators or by a yearly job using the same `calendarRowsFor`.
 */
import { calendarRowsFor } from '../../../domain/calendar/holidays';
import type { CalendarRow } from '../../../domain/calendar/holidays';

/** Years seeded on a fresh database. */
export const CALENDAR_SEED_YEARS: readonly number[] = [2025, 2026, 2027];

/** Calendar rows for {@link CALENDAR_SEED_YEARS}, sorted by day. */
export function calendarSeedRows(): CalendarRow[] {
  return CALENDAR_SEED_YEARS.flatMap((year) => calendarRowsFor(year));
}
