import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { setting } from './settings.tables';

export async function selectSetting(db: Executor, key: string): Promise<unknown> {
  const [row] = await db.select({ value: setting.value }).from(setting).where(eq(setting.key, key));
  return row?.value;
}

/** Inserts the value unless the key exists; returns the stored value (the first writer wins across processes). */
export async function insertSettingIfAbsent(db: Executor, key: string, value: unknown): Promise<unknown> {
  await db.insert(setting).values({ key, value }).onConflictDoNothing();
  return selectSetting(db, key);
}

export async function upsertSetting(db: Executor, key: string, value: unknown, updatedBy: string | null): Promise<void> {
  await db
    .insert(setting)
    .values({ key, value, updatedBy })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedBy, updatedAt: sql`now()` } });
}
