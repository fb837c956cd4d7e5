import type { z } from 'zod';
import type { SavedSearchRow } from './saved-searches.repo';
import { savedSearchQuerySchema, type savedSearchSchema } from './saved-searches.schemas';

type SavedSearchQuery = z.infer<typeof savedSearchQuerySchema>;

/**
 * The stored filters as they are valid today: each field is checked on its own, so a filter value that the search
 * no longer accepts (or a key it no longer has) is dropped instead of breaking the whole list.
 */
export function presentSavedQuery(stored: unknown): SavedSearchQuery {
  const shape = savedSearchQuerySchema.shape;
  const source = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return savedSearchQuerySchema.parse(out);
}

/** A saved search as its owner sees it (ISO timestamps). */
export function presentSavedSearch(row: SavedSearchRow): z.infer<typeof savedSearchSchema> {
  return {
    id: row.id,
    name: row.name,
    query: presentSavedQuery(row.query),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
