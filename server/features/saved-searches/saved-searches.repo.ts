import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { savedSearch } from './saved-searches.tables';

/** A row of `saved_search`. */
export type SavedSearchRow = typeof savedSearch.$inferSelect;

/** A user's saved searches, ordered by name (Vietnamese-aware collation). */
export async function selectSavedSearchesOf(db: Executor, userId: string): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(savedSearch)
    .where(eq(savedSearch.userId, userId))
    .orderBy(sql`${savedSearch.name} collate "und-x-icu"`, asc(savedSearch.id));
}

/** One saved search of a user (null when absent or someone else's); `forUpdate` locks it. */
export async function selectOwnSavedSearch(db: Executor, userId: string, id: string, forUpdate = false): Promise<SavedSearchRow | null> {
  const q = db
    .select()
    .from(savedSearch)
    .where(and(eq(savedSearch.id, id), eq(savedSearch.userId, userId)));
  const rows = forUpdate ? await q.for('update') : await q;
  return rows[0] ?? null;
}

/** Inserts a saved search. */
export async function insertSavedSearch(db: Executor, values: { userId: string; name: string; query: unknown }): Promise<SavedSearchRow> {
  const [row] = await db.insert(savedSearch).values(values).returning();
  return row!;
}

/** Updates a saved search's name and/or query, and its updated_at. */
export async function updateSavedSearchRow(db: Executor, id: string, values: { name?: string; query?: unknown }): Promise<SavedSearchRow> {
  const [row] = await db
    .update(savedSearch)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(savedSearch.id, id))
    .returning();
  return row!;
}

/** Deletes a saved search. */
export async function deleteSavedSearchRow(db: Executor, id: string): Promise<void> {
  await db.delete(savedSearch).where(eq(savedSearch.id, id));
}
