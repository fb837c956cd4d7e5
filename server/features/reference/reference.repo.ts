import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { calendarDay, country, field, legacyProvince, province } from './reference.tables';

export const selectProvinces = (db: Executor) => db.select().from(province).orderBy(asc(province.sortOrder), asc(province.code));
export const selectLegacyProvinces = (db: Executor) => db.select().from(legacyProvince).orderBy(asc(legacyProvince.code));
export const selectFields = (db: Executor) => db.select().from(field).where(eq(field.active, true)).orderBy(asc(field.sortOrder));
export const selectCountries = (db: Executor) => db.select().from(country).orderBy(asc(country.nameEn));

/** Calendar exceptions within [from, to). */
export const selectCalendarDays = (db: Executor, from: string, to: string) =>
  db.select().from(calendarDay).where(and(gte(calendarDay.day, from), lt(calendarDay.day, to))).orderBy(asc(calendarDay.day));

/** One calendar exception, or null. */
export async function selectCalendarDay(db: Executor, day: string) {
  const rows = await db.select().from(calendarDay).where(eq(calendarDay.day, day)).limit(1);
  return rows[0] ?? null;
}

/** Inserts or replaces a calendar exception. */
export async function upsertCalendarDay(db: Executor, row: typeof calendarDay.$inferInsert) {
  const [saved] = await db
    .insert(calendarDay)
    .values(row)
    .onConflictDoUpdate({ target: calendarDay.day, set: { ...row, day: undefined } })
    .returning();
  return saved!;
}

/** Removes a calendar exception (the day falls back to the weekday rule). */
export async function deleteCalendarDay(db: Executor, day: string): Promise<void> {
  await db.delete(calendarDay).where(eq(calendarDay.day, day));
}

/** Every calendar exception (a few dozen rows a year), for building the working-day calendar. */
export const selectAllCalendarDays = (db: Executor) =>
  db
    .select({ day: calendarDay.day, isWorkingDay: calendarDay.isWorkingDay, kind: calendarDay.kind, nameVi: calendarDay.nameVi, nameEn: calendarDay.nameEn, source: calendarDay.source })
    .from(calendarDay)
    .orderBy(asc(calendarDay.day));
