import type { z } from 'zod';
import type { Actor } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import * as repo from './saved-searches.repo';
import { MAX_SAVED_SEARCHES_PER_USER, type createSavedSearchBodySchema, type updateSavedSearchBodySchema } from './saved-searches.schemas';

type SavedSearchDeps = Pick<Deps, 'db'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
/** Input of createSavedSearch (the parsed request body). */
export type CreateSavedSearchInput = z.output<typeof createSavedSearchBodySchema>;
/** Input of updateSavedSearch (the parsed request body). */
export type UpdateSavedSearchInput = z.output<typeof updateSavedSearchBodySchema>;

const nameTaken = () =>
  new ConflictError(
    'saved_search_name_taken',
    { vi: 'Bạn đã có một tìm kiếm đã lưu với tên này.', en: 'You already have a saved search with this name.' },
    { field: 'name' },
  );

function ownerOf(actor: Actor): string {
  if (!actor.userId) throw new UnauthenticatedError();
  return actor.userId;
}

/** Names compare without case (so "Huế" and "HUẾ" are the same entry in the dropdown). */
const sameName = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/** True for PostgreSQL's unique_violation, also when wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}

/** The caller's saved searches, by name. A user only ever sees their own. */
export async function listSavedSearches(deps: SavedSearchDeps, actor: Actor): Promise<repo.SavedSearchRow[]> {
  return repo.selectSavedSearchesOf(deps.db, ownerOf(actor));
}

/**
 * Saves the caller's current look-up under a name (unique per user, case-insensitive), with an audit entry.
 * @throws ConflictError saved_search_name_taken, saved_search_limit_reached
 */
export async function createSavedSearch(deps: SavedSearchDeps, ctx: Ctx, input: CreateSavedSearchInput): Promise<repo.SavedSearchRow> {
  const userId = ownerOf(ctx.actor);
  return deps.db.transaction(async (tx) => {
    const existing = await repo.selectSavedSearchesOf(tx, userId);
    if (existing.some((s) => sameName(s.name, input.name))) throw nameTaken();
    if (existing.length >= MAX_SAVED_SEARCHES_PER_USER) {
      throw new ConflictError(
        'saved_search_limit_reached',
        { vi: `Mỗi người dùng lưu được tối đa ${MAX_SAVED_SEARCHES_PER_USER} tìm kiếm.`, en: `You can save at most ${MAX_SAVED_SEARCHES_PER_USER} searches.` },
        { limit: MAX_SAVED_SEARCHES_PER_USER },
      );
    }
    let row: repo.SavedSearchRow;
    try {
      row = await repo.insertSavedSearch(tx, { userId, name: input.name, query: input.query });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    await appendAudit(tx, ctx, { action: 'saved_search.create', entityType: 'saved_search', entityId: row.id, after: { name: row.name, query: row.query } });
    return row;
  });
}

/**
 * Renames one of the caller's saved searches and/or replaces its filters. Another user's id answers 404.
 * @throws NotFoundError, ConflictError saved_search_name_taken
 */
export async function updateSavedSearch(deps: SavedSearchDeps, ctx: Ctx, id: string, input: UpdateSavedSearchInput): Promise<repo.SavedSearchRow> {
  const userId = ownerOf(ctx.actor);
  return deps.db.transaction(async (tx) => {
    const before = await repo.selectOwnSavedSearch(tx, userId, id, true);
    if (!before) throw new NotFoundError('saved_search');
    if (input.name !== undefined) {
      const others = (await repo.selectSavedSearchesOf(tx, userId)).filter((s) => s.id !== id);
      if (others.some((s) => sameName(s.name, input.name!))) throw nameTaken();
    }
    let row: repo.SavedSearchRow;
    try {
      row = await repo.updateSavedSearchRow(tx, id, { name: input.name, query: input.query });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
    await appendAudit(tx, ctx, {
      action: 'saved_search.update',
      entityType: 'saved_search',
      entityId: id,
      before: { name: before.name, query: before.query },
      after: { name: row.name, query: row.query },
    });
    return row;
  });
}

/** Deletes one of the caller's saved searches. Another user's id answers 404. @throws NotFoundError */
export async function deleteSavedSearch(deps: SavedSearchDeps, ctx: Ctx, id: string): Promise<void> {
  const userId = ownerOf(ctx.actor);
  await deps.db.transaction(async (tx) => {
    const before = await repo.selectOwnSavedSearch(tx, userId, id, true);
    if (!before) throw new NotFoundError('saved_search');
    await repo.deleteSavedSearchRow(tx, id);
    await appendAudit(tx, ctx, { action: 'saved_search.delete', entityType: 'saved_search', entityId: id, before: { name: before.name, query: before.query } });
  });
}
