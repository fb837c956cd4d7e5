import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import { ValidationError } from '../../platform/http/errors';
import * as facets from './organizations-facets.repo';
import type { Counts } from './organizations-facets.repo';
import * as search from './organizations-search.repo';
import { registryScopeOf, type RegistryScope } from './organizations.policy';
import { selectListDetails } from './organizations.repo';

type SearchDeps = Pick<Deps, 'db' | 'clock'>;

/** What the caller asks for (validated by the route schema). */
export interface SearchRequest extends Omit<search.SearchFilters, 'today' | 'scope' | 'requireCertificate' | 'searchPeople' | 'fuzzy'> {
  sort?: search.SortOrder;
  cursor?: string;
  limit: number;
}

/** A page of results with what the presenter needs to shape it. */
export interface SearchResult {
  details: Awaited<ReturnType<typeof selectListDetails>>;
  ids: string[];
  /** The total and the facets, when asked for (searchOrganizations' first page); null otherwise. */
  total: number | null;
  facets: Counts['facets'] | null;
  nextCursor: string | null;
  today: string;
  q: string | undefined;
}

/** Removes LIKE wildcards and collapses spaces: the search box takes words, not patterns. */
function cleanQuery(q: string | undefined): string | undefined {
  const cleaned = q?.normalize('NFC').replace(/[%_\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

const badCursor = () =>
  new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'Invalid page cursor.' } }]);

/** Opaque cursor = base64url JSON of the sort order and the last row's keys. */
function encodeCursor(sort: search.SortOrder, hit: search.SearchHit): string {
  const key: search.Keyset =
    sort === 'relevance' ? { rank: hit.rank, name: hit.sortName, id: hit.id } : sort === 'valid_to' ? { validTo: hit.sortValidTo, id: hit.id } : { name: hit.sortName, id: hit.id };
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
}

/** @throws ValidationError when the cursor was not made by this sort order. */
function decodeCursor(sort: search.SortOrder, cursor: string | undefined): search.Keyset | null {
  if (!cursor) return null;
  try {
    const { s, k } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s: string; k: Record<string, unknown> };
    const uuid = typeof k.id === 'string' && /^[0-9a-f-]{36}$/i.test(k.id);
    const ok =
      s === sort &&
      uuid &&
      (sort === 'relevance' ? Number.isInteger(k.rank) && typeof k.name === 'string' : sort === 'valid_to' ? typeof k.validTo === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(k.validTo) : typeof k.name === 'string');
    if (!ok) throw badCursor();
    return k as search.Keyset;
  } catch {
    throw badCursor();
  }
}

/**
 * Facet counts and totals are costly at national scale (they count the whole filtered register), so they are
 * kept per database for the same request while the register is unchanged: the key holds every filter, the
 * scope and today; the entry is used only while the registry stamp (newest profile snapshot id, appended by
 * every registry write) is the one it was computed at, and for at most a minute (two writers committing out of
 * order on PostgreSQL could otherwise leave the stamp unchanged). `enabled = false` turns it off (benchmarks).
 */
export const facetCache = { enabled: true, ttlMs: 60_000, maxEntries: 500 };
const facetEntries = new WeakMap<object, Map<string, { stamp: number; at: number; counts: Counts }>>();

function cacheKey(filters: search.SearchFilters): string {
  const { q, province, field, country, type, status, expiringWithinDays, legacy, today, scope, requireCertificate, searchPeople, fuzzy } = filters;
  return JSON.stringify([q, province, field, country, type, status, expiringWithinDays, legacy, today, scope, requireCertificate, searchPeople, fuzzy]);
}

function cachedCounts(db: object, key: string, stamp: number): Counts | null {
  const hit = facetEntries.get(db)?.get(key);
  return facetCache.enabled && hit && hit.stamp === stamp && Date.now() - hit.at < facetCache.ttlMs ? hit.counts : null;
}

function storeCounts(db: object, key: string, stamp: number, counts: Counts): void {
  if (!facetCache.enabled) return;
  let entries = facetEntries.get(db);
  if (!entries) facetEntries.set(db, (entries = new Map()));
  entries.delete(key);
  entries.set(key, { stamp, at: Date.now(), counts });
  if (entries.size > facetCache.maxEntries) entries.delete(entries.keys().next().value!);
}

/** The filters the search and the counts share, derived from a request. */
function filtersOf(deps: SearchDeps, request: Omit<SearchRequest, 'limit'>, scope: RegistryScope, options: { requireCertificate: boolean; searchPeople: boolean }) {
  const today = vnDateOf(deps.clock.now());
  const q = cleanQuery(request.q);
  const filters: search.SearchFilters = { ...request, q, today, scope, requireCertificate: options.requireCertificate, searchPeople: options.searchPeople, fuzzy: !/\d/.test(q ?? '') };
  return filters;
}

async function runSearch(deps: SearchDeps, request: SearchRequest, scope: RegistryScope, options: { requireCertificate: boolean; searchPeople: boolean }): Promise<SearchResult> {
  const filters = filtersOf(deps, request, scope, options);
  const { q, today } = filters;
  const sort: search.SortOrder = request.sort === 'relevance' && !q ? 'name' : (request.sort ?? (q ? 'relevance' : 'name'));
  const after = decodeCursor(sort, request.cursor);
  const hits = await search.selectSearchPage(deps.db, filters, sort, after, request.limit);
  const page = hits.slice(0, request.limit);
  const ids = page.map((h) => h.id);
  const details = await selectListDetails(deps.db, ids);
  const nextCursor = hits.length > request.limit ? encodeCursor(sort, page[page.length - 1]!) : null;
  return { details, ids, total: null, facets: null, nextCursor, today, q };
}

/**
 * The internal look-up, one page: one search box over names in any language, abbreviation, certificate number
 * and representative name (diacritic- and case-insensitive, typo-tolerant, ranked), filters and keyset
 * pagination, scoped in SQL to what the actor may see. The counts are a request of their own
 * (countOrganizations), so a page never waits for counting the register. @throws ValidationError invalid_cursor
 */
export function findOrganizations(deps: SearchDeps, actor: Actor, request: SearchRequest): Promise<SearchResult> {
  return runSearch(deps, request, registryScopeOf(actor), { requireCertificate: false, searchPeople: true });
}

/**
 * A page of the internal look-up and, on the first page (no cursor), its total and facet counts — for callers
 * that need both, such as the export. @throws ValidationError invalid_cursor
 */
export async function searchOrganizations(deps: SearchDeps, actor: Actor, request: SearchRequest): Promise<SearchResult> {
  const [result, counts] = await Promise.all([findOrganizations(deps, actor, request), request.cursor ? null : countOrganizations(deps, actor, request)]);
  return { ...result, total: counts?.total ?? null, facets: counts?.facets ?? null };
}

/**
 * The total and facet counts of an internal look-up (same filters and scope as searchOrganizations, each facet
 * ignoring its own filter): a request of its own, so the page never waits for counting the register. Cached
 * while the register is unchanged (see facetCache).
 */
export async function countOrganizations(deps: SearchDeps, actor: Actor, request: Omit<SearchRequest, 'sort' | 'cursor' | 'limit'>): Promise<Counts> {
  const filters = filtersOf(deps, request, registryScopeOf(actor), { requireCertificate: false, searchPeople: true });
  const key = cacheKey(filters);
  const stamp = facetCache.enabled ? await facets.selectRegistryStamp(deps.db) : 0;
  const cached = cachedCounts(deps.db, key, stamp);
  if (cached) return cached;
  const counts = await facets.selectTotalAndFacets(deps.db, filters);
  storeCounts(deps.db, key, stamp, counts);
  return counts;
}

/** The public register: NGOs holding a certificate, searchable by anyone (public fields only are presented). */
export function searchPublicRegister(deps: SearchDeps, request: SearchRequest): Promise<SearchResult> {
  return runSearch(deps, request, { kind: 'all' }, { requireCertificate: true, searchPeople: false });
}

/** True when an NGO is on the public register (it exists and holds a certificate). */
export function isOnPublicRegister(deps: SearchDeps, id: string): Promise<boolean> {
  return search.isInScope(deps.db, id, { kind: 'all' }, true);
}
