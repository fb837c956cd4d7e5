import { asc, eq, gte, and, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { calendarDay, country, field, legacyProvince, province } from './reference.tables';

export const selectProvinces = (db: Executor) => db.select().from(province).orderBy(asc(province.sortOrder), asc(province.code));
export const selectLegacyProvinces = (db: Executor) => db.select().from(legacyProvince).orderBy(asc(legacyProvince.code));
export const selectFields = (db: Executor) => db.select().from(field).where(eq(field.active, true)).orderBy(asc(field.sortOrder));
export const selectCountries = (db: Executor) => db.select().from(country).orderBy(asc(country.nameEn));

/** Calendar exceptions within [from, to). */
export const selectCalendarDays = (db: Executor, from: string, to: string) =>
  db.select().from(calendarDay).where(and(gte(calendarDay.day, from), lt(calendarDay.day, to))).orderBy(asc(calendarDay.day));
