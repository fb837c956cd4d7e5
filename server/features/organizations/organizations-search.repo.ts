import { sql, type SQL } from 'drizzle-orm';
import type { CertificateStatus, CertificateType } from '../../../common/registry';
import type { Executor } from '../../platform/db/client';
import type { RegistryScope } from './organizations.policy';

// Every statement here reads `organization_search` (alias s): one narrow row per organisation with its current
// certificate's status, type, dates, provinces and fields and the folded search texts, rewritten in the
// transaction of every registry write (migration 0011, docs/adr/0012-registry-search-at-scale.md).

/** Facets counted beside the results (each counted over the filtered set without its own filter). */
export const FACETS = ['province', 'field', 'country', 'type', 'status'] as const;
export type FacetName = (typeof FACETS)[number];

/** Filters of the registry look-up. All filters apply to the organisation's current certificate. */
export interface SearchFilters {
  q?: string;
  province?: string;
  field?: string;
  country?: string;
  type?: CertificateType;
  status?: CertificateStatus;
  expiringWithinDays?: number;
  legacy?: boolean;
  /** Today in Vietnam (YYYY-MM-DD): the derived status and "expiring" depend on it. */
  today: string;
  scope: RegistryScope;
  /** Only organisations with a current certificate (the public register). */
  requireCertificate?: boolean;
  /** Also match representatives' names (internal look-up only; never for the public). */
  searchPeople?: boolean;
  /** Typo-tolerant matching (off for queries with digits: certificate 112 is not certificate 126). */
  fuzzy?: boolean;
  /** How the text is matched (default: as typed); set by resolveTextMatch. */
  match?: TextMatch;
}

/**
 * How the search box matches. `typed`: the folded query appears in the text (ranked in tiers). `corrected`:
 * nothing in scope holds the query as typed, so each unknown word is replaced by its nearest known words
 * (`pattern`, a regular expression over whole words; null when a word has no near word).
 */
export type TextMatch = { kind: 'typed' } | { kind: 'corrected'; pattern: string | null };

/** Sort orders of the look-up. */
export type SortOrder = 'relevance' | 'name' | 'valid_to';
/** Position after the last row of a page: the sort keys of that row. */
export type Keyset = { rank: number; name: string; id: string } | { name: string; id: string } | { validTo: string; id: string };

/** The derived certificate status in SQL: the same rule as domain/registry certificateStatus() (tested alike). */
export const statusSql = (today: string, alias = 'c') =>
  sql`(case when ${sql.raw(alias)}.decision_status <> 'in_force' then ${sql.raw(alias)}.decision_status when ${sql.raw(alias)}.valid_to < ${today}::date then 'expired' else 'valid' end)`;

/** SQL condition of a registry scope on the search row `s` (rows outside it are never fetched). */
export function scopeSql(scope: RegistryScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  return sql`(s.office_city_code = ${scope.provinceCode} or ${scope.provinceCode}::text = any(s.province_codes))`;
}

/**
 * The folded query. vn_norm is IMMUTABLE, so the planner folds it (and the patterns built from it) into
 * constants: LIKE 'q%' can use the name indexes and the trigram estimates see the real pattern.
 */
const folded = (f: SearchFilters) => sql`vn_norm(${f.q ?? ''}::text)`;

const correctedSql = (pattern: string | null, people: boolean) =>
  pattern === null ? sql`false` : sql`(s.search_text ~ ${pattern}${people ? sql` or s.people_text ~ ${pattern}` : sql``})`;

/** Text conditions of the search box (on `s`), from the strongest match to the weakest. */
function textSql(f: SearchFilters) {
  const n = folded(f);
  const people = f.searchPeople === true;
  const contains = sql`(s.search_text like '%' || ${n} || '%'${people ? sql` or s.people_text like '%' || ${n} || '%'` : sql``})`;
  return {
    exact: sql`(s.key_en = ${n} or s.key_original = ${n} or s.key_vi = ${n} or s.key_abbreviation = ${n})`,
    /** A name (or the abbreviation) starts with the query; includes `exact`. */
    prefix: sql`(s.key_en like ${n} || '%' or s.key_original like ${n} || '%' or s.key_vi like ${n} || '%' or s.key_abbreviation like ${n} || '%')`,
    contains,
    /** The texts are stored padded with spaces, so this reads the column's statistics and its trigram index. */
    wholeWords: sql`(s.search_text like '% ' || ${n} || ' %'${people ? sql` or s.people_text like '% ' || ${n} || ' %'` : sql``})`,
    /** Everything the search box matches: as typed, or (corrected) the regular expression of near words. */
    any: f.match?.kind === 'corrected' ? correctedSql(f.match.pattern, people) : contains,
  };
}

/** `statusSql(today) = status` on `s`; false for an NGO without a current certificate (it has no status). */
function statusIsSql(status: CertificateStatus, today: string): SQL {
  // sort_valid_to = valid_to where there is a certificate: the range lets the end-date order start at today.
  if (status === 'valid') return sql`(s.decision_status = 'in_force' and s.valid_to >= ${today}::date and s.sort_valid_to >= ${today}::date)`;
  if (status === 'expired') return sql`(s.decision_status = 'in_force' and s.valid_to < ${today}::date and s.sort_valid_to < ${today}::date)`;
  return sql`s.decision_status = ${status}`;
}

/** The conditions that are not facets: scope, the public register's rule, "expiring within", legacy. */
function baseSql(f: SearchFilters): SQL[] {
  const parts: SQL[] = [scopeSql(f.scope)];
  if (f.requireCertificate) parts.push(sql`s.certificate_id is not null`);
  if (f.expiringWithinDays !== undefined) {
    parts.push(
      sql`(s.decision_status = 'in_force' and s.sort_valid_to >= ${f.today}::date and s.sort_valid_to <= ${f.today}::date + ${f.expiringWithinDays}::int and s.valid_to is not null)`,
    );
  }
  if (f.legacy !== undefined) parts.push(f.legacy ? sql`s.legal_basis = '12/2012/NĐ-CP'` : sql`s.legal_basis = '58/2022/NĐ-CP'`);
  return parts;
}

/** The condition of each facet filter that is set (true when not set). */
export function facetFilterSql(f: SearchFilters): Record<FacetName, SQL> {
  return {
    province: f.province ? sql`${f.province}::text = any(s.province_codes)` : sql`true`,
    field: f.field ? sql`${f.field}::text = any(s.field_codes)` : sql`true`,
    country: f.country ? sql`s.country_code = ${f.country}` : sql`true`,
    type: f.type ? sql`s.type = ${f.type}` : sql`true`,
    status: f.status ? statusIsSql(f.status, f.today) : sql`true`,
  };
}

/** Base conditions, every facet filter that is set, and `extra`, joined by AND. */
function whereSql(f: SearchFilters, ...extra: SQL[]): SQL {
  const filters = facetFilterSql(f);
  return sql.join([...baseSql(f), ...FACETS.filter((k) => f[k] !== undefined).map((k) => filters[k]), ...extra], sql` and `);
}

/** Base conditions and the text condition, without facet filters (the counts' starting set). */
export function baseWhereSql(f: SearchFilters): SQL {
  return sql.join([...baseSql(f), ...(f.q ? [textSql(f).any] : [])], sql` and `);
}

/** One row of a result page: the id and the sort keys (for the next cursor). */
export interface SearchHit {
  id: string;
  rank: number;
  sortName: string;
  sortValidTo: string;
}

type HitRow = { id: string; rank: number; sort_name: string; sort_valid_to: string };
const toHits = (result: unknown): SearchHit[] =>
  (result as { rows: HitRow[] }).rows.map((r) => ({ id: r.id, rank: Number(r.rank), sortName: r.sort_name, sortValidTo: r.sort_valid_to }));

/**
 * Relevance tiers (rank = tier × 10⁷, ties in name order): 4 a name or the abbreviation is the query, 3 one
 * starts with it, 2 the query stands as whole words (names, numbers, representatives), 1 it appears inside a
 * word; 0 (only when nothing matches as typed) matches of the corrected query. Each tier is read on its own, in
 * name order, so the planner can walk the name index for a word that half the register contains instead of
 * ranking every match.
 */
const TIER = 10_000_000;

const columns = (rank: SQL) => sql`s.organization_id as id, ${rank} as rank, s.sort_name, s.sort_valid_to::text as sort_valid_to`;

type Tier = 4 | 3 | 2 | 1 | 0;

/** Rows of one tier (0 = corrected matches), in name order after the cursor, at most `limit`. */
async function selectTier(db: Executor, f: SearchFilters, tier: Tier, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const t = textSql(f);
  const condition = {
    4: t.exact,
    3: sql`${t.prefix} and not ${t.exact}`,
    2: sql`${t.wholeWords} and not ${t.prefix}`,
    1: sql`${t.contains} and not ${t.wholeWords} and not ${t.prefix}`,
    0: t.any,
  }[tier];
  const rank = tier * TIER;
  const keyset = after && 'rank' in after && after.rank === rank ? [sql`(s.sort_name, s.organization_id) > (${after.name}, ${after.id}::uuid)`] : [];
  if (tier !== 0 && tier !== 4) {
    // Walk the name index for at most WALK rows: where matches are spread (a common word), the page is there.
    const walked = toHits(
      await db.execute(sql`select w.id, ${rank}::int as rank, w.sort_name, w.sort_valid_to from (
          select s.organization_id as id, s.sort_name, s.sort_valid_to::text as sort_valid_to, (${whereSql(f, condition)}) as ok
          from organization_search s where ${keyset.length ? keyset[0]! : sql`true`} order by s.sort_name, s.organization_id limit ${WALK}
        ) w where w.ok order by w.sort_name, w.id limit ${limit}`),
    );
    if (walked.length >= limit) return walked;
  }
  // Few matches, or matches bunched further on (names starting with the query): read them through the indexes
  // of the condition and sort them (the `|| ''` keeps the planner off walking the name index from its start).
  const result = await db.execute(sql`select ${columns(sql`${rank}::int`)} from organization_search s where ${whereSql(f, condition, ...keyset)}
    order by s.sort_name || '', s.organization_id limit ${limit}`);
  return toHits(result);
}

/** Rows of the name index a tier walks before it reads its matches through the text indexes instead. */
const WALK = 1000;

/** By relevance: tier after tier until the page is full (`limit + 1` rows tell whether more follow). */
async function selectByRelevance(db: Executor, f: SearchFilters, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const rankAfter = after && 'rank' in after ? after.rank : Number.POSITIVE_INFINITY;
  if (f.fuzzy !== false && rankAfter < TIER) return selectTier(db, { ...f, match: await resolveTextMatch(db, f) }, 0, after, limit + 1);
  const hits: SearchHit[] = [];
  for (const tier of [4, 3, 2, 1] as const) {
    if (rankAfter < tier * TIER) continue;
    hits.push(...(await selectTier(db, f, tier, after, limit + 1 - hits.length)));
    if (hits.length > limit) return hits;
  }
  if (hits.length || after || f.fuzzy === false) return hits;
  const hasFacetFilter = FACETS.some((k) => f[k] !== undefined);
  const match = hasFacetFilter ? await resolveTextMatch(db, f) : await correctionOf(db, f);
  return match.kind === 'corrected' ? selectTier(db, { ...f, match }, 0, null, limit + 1) : [];
}

/**
 * Typed when something in scope (the non-facet filters) holds the query as typed, otherwise corrected: a
 * facet therefore never switches the matching, so each facet count equals the rows its value lists.
 */
export async function resolveTextMatch(db: Executor, f: SearchFilters): Promise<TextMatch> {
  if (!f.q || f.fuzzy === false) return { kind: 'typed' };
  const t = textSql({ ...f, match: undefined });
  const result = await db.execute(sql`select exists (select 1 from organization_search s where ${sql.join([...baseSql(f), t.contains], sql` and `)}) as ok`);
  return (result as unknown as { rows: { ok: boolean }[] }).rows[0]!.ok ? { kind: 'typed' } : correctionOf(db, f);
}

const escapeRegex = (word: string) => word.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/** Each word of the query as a whole word: itself when known, else an alternation of its five nearest words. */
async function correctionOf(db: Executor, f: SearchFilters): Promise<TextMatch> {
  const scope = f.searchPeople ? sql`true` : sql`d.in_names`;
  const result = await db.execute(sql`select q.word, k.word is not null as known,
      case when k.word is null then array(
        select d.word from search_word d where d.word % q.word and ${scope} order by similarity(d.word, q.word) desc, d.word limit 5) end as near
    from unnest(string_to_array(btrim(${folded(f)}), ' ')) with ordinality as q(word, i)
      left join lateral (select d.word from search_word d where d.word = q.word and ${scope}) k on true
    where q.word <> '' order by q.i`);
  const words = (result as unknown as { rows: { word: string; known: boolean; near: string[] | null }[] }).rows;
  if (words.every((w) => w.known) || words.some((w) => !w.known && !w.near?.length)) return { kind: 'corrected', pattern: null };
  const parts = words.map((w) => (w.known ? escapeRegex(w.word) : `(${w.near!.map(escapeRegex).join('|')})`));
  return { kind: 'corrected', pattern: ` ${parts.join(' ')} ` };
}

/** By name or by end date (NGOs without a certificate last), read in the order of their index. */
async function selectOrdered(db: Executor, f: SearchFilters, sort: 'name' | 'valid_to', after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const text = f.q ? [textSql({ ...f, match: await resolveTextMatch(db, f) }).any] : [];
  const keyset =
    sort === 'valid_to'
      ? after && 'validTo' in after
        ? [sql`(s.sort_valid_to, s.organization_id) > (${after.validTo}::date, ${after.id}::uuid)`]
        : []
      : after && 'name' in after
        ? [sql`(s.sort_name, s.organization_id) > (${after.name}, ${after.id}::uuid)`]
        : [];
  const order = sort === 'valid_to' ? sql`s.sort_valid_to, s.organization_id` : sql`s.sort_name, s.organization_id`;
  const result = await db.execute(sql`select ${columns(sql`0`)} from organization_search s where ${whereSql(f, ...text, ...keyset)} order by ${order} limit ${limit + 1}`);
  return toHits(result);
}

/** One page of matching organisation ids in the requested order, `limit + 1` rows to tell if more follow. */
export function selectSearchPage(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  if (sort === 'relevance' && f.q) return selectByRelevance(db, f, after, limit);
  return selectOrdered(db, f, sort === 'valid_to' ? 'valid_to' : 'name', after, limit);
}

/** Rewrites the look-up rows of these organisations from the registry tables (inside the writing transaction). */
export async function refreshSearchRows(db: Executor, organizationIds: readonly string[]): Promise<void> {
  if (!organizationIds.length) return;
  await db.execute(sql`select refresh_organization_search(array(select jsonb_array_elements_text(${JSON.stringify(organizationIds)}::jsonb)::uuid))`);
}

/** True when organisation `id` exists and lies within `scope`. */
export async function isInScope(db: Executor, id: string, scope: RegistryScope, requireCertificate = false): Promise<boolean> {
  const result = await db.execute(
    sql`select 1 as ok from organization_search s where s.organization_id = ${id}::uuid and ${scopeSql(scope)} ${requireCertificate ? sql`and s.certificate_id is not null` : sql``} limit 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
