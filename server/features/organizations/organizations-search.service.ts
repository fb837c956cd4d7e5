import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import { ValidationError } from '../../platform/http/errors';
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
  total: number | null;
  facets: Record<search.FacetName, { value: string; count: number }[]> | null;
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

async function runSearch(deps: SearchDeps, request: SearchRequest, scope: RegistryScope, options: { facets: boolean; requireCertificate: boolean; searchPeople: boolean }): Promise<SearchResult> {
  const today = vnDateOf(deps.clock.now());
  const q = cleanQuery(request.q);
  const sort: search.SortOrder = request.sort === 'relevance' && !q ? 'name' : (request.sort ?? (q ? 'relevance' : 'name'));
  const after = decodeCursor(sort, request.cursor);
  const filters: search.SearchFilters = { ...request, q, today, scope, requireCertificate: options.requireCertificate, searchPeople: options.searchPeople, fuzzy: !/\d/.test(q ?? '') };
  const hits = await search.selectSearchPage(deps.db, filters, sort, after, request.limit);
  const page = hits.slice(0, request.limit);
  const ids = page.map((h) => h.id);
  const [details, counts] = await Promise.all([selectListDetails(deps.db, ids), options.facets ? search.selectTotalAndFacets(deps.db, filters) : Promise.resolve(null)]);
  const nextCursor = hits.length > request.limit ? encodeCursor(sort, page[page.length - 1]!) : null;
  return { details, ids, total: counts?.total ?? null, facets: counts?.facets ?? null, nextCursor, today, q };
}

/**
 * The internal look-up: one search box over names in any language, abbreviation, certificate number and
 * representative name (diacritic- and case-insensitive, typo-tolerant, ranked), filters with facet counts and
 * keyset pagination, scoped in SQL to what the actor may see. @throws ValidationError invalid_cursor
 */
export function searchOrganizations(deps: SearchDeps, actor: Actor, request: SearchRequest): Promise<SearchResult> {
  return runSearch(deps, request, registryScopeOf(actor), { facets: true, requireCertificate: false, searchPeople: true });
}

/** The public register: NGOs holding a certificate, searchable by anyone (public fields only are presented). */
export function searchPublicRegister(deps: SearchDeps, request: SearchRequest): Promise<SearchResult> {
  return runSearch(deps, request, { kind: 'all' }, { facets: false, requireCertificate: true, searchPeople: false });
}

/** True when an NGO is on the public register (it exists and holds a certificate). */
export function isOnPublicRegister(deps: SearchDeps, id: string): Promise<boolean> {
  return search.isInScope(deps.db, id, { kind: 'all' }, true);
}
