import { sql, type SQL } from 'drizzle-orm';
import type { CertificateStatus, CertificateType } from '../../../common/registry';
import type { Executor } from '../../platform/db/client';
import type { RegistryScope } from './organizations.policy';

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
}

/** Sort orders of the look-up. */
export type SortOrder = 'relevance' | 'name' | 'valid_to';
/** Position after the last row of a page: the sort keys of that row. */
export type Keyset = { rank: number; name: string; id: string } | { name: string; id: string } | { validTo: string; id: string };

/** The derived certificate status in SQL: the same rule as domain/registry certificateStatus() (tested alike). */
export const statusSql = (today: string) =>
  sql`(case when c.decision_status <> 'in_force' then c.decision_status when c.valid_to < ${today}::date then 'expired' else 'valid' end)`;

function from(q: string | undefined): SQL {
  return sql`organization o left join certificate c on c.id = o.current_certificate_id cross join (select vn_norm(${q ?? ''}::text) as nq) p`;
}

/** SQL condition of a registry scope (rows outside it are never fetched). */
export function scopeSql(scope: RegistryScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  return sql`(c.office_city_code = ${scope.provinceCode} or exists (select 1 from certificate_area sa where sa.certificate_id = o.current_certificate_id and sa.province_code = ${scope.provinceCode}))`;
}

/** The text condition of the search box (uses `p.nq`, the folded query). */
function textMatchSql(f: SearchFilters): SQL {
  const fuzzy = f.fuzzy !== false;
  const people = f.searchPeople ? sql` or o.people_text like '%' || p.nq || '%'${fuzzy ? sql` or p.nq <% o.people_text` : sql``}` : sql``;
  return sql`(o.search_text like '%' || p.nq || '%'${fuzzy ? sql` or p.nq <% o.search_text` : sql``}${people})`;
}

/** Rows holding the query as it is typed (LIKE): relevance tiers 1–3. */
function directMatchSql(f: SearchFilters): SQL {
  return sql`(o.search_text like '%' || p.nq || '%'${f.searchPeople ? sql` or o.people_text like '%' || p.nq || '%'` : sql``})`;
}

/** Rows matched only through typo tolerance (tier 0). */
function typoOnlyMatchSql(f: SearchFilters): SQL {
  return sql`(not ${directMatchSql(f)} and (p.nq <% o.search_text${f.searchPeople ? sql` or p.nq <% o.people_text` : sql``}))`;
}

/**
 * `statusSql(today) = status` written so that an index on (decision_status, valid_to) serves it; false for an
 * NGO without a current certificate (it has no status).
 */
function statusIsSql(status: CertificateStatus, today: string): SQL {
  if (status === 'valid') return sql`(c.decision_status = 'in_force' and c.valid_to >= ${today}::date)`;
  if (status === 'expired') return sql`(c.decision_status = 'in_force' and c.valid_to < ${today}::date)`;
  return sql`c.decision_status = ${status}`;
}

const provinceSql = (code: string) => sql`exists (select 1 from certificate_area fa where fa.certificate_id = o.current_certificate_id and fa.province_code = ${code})`;
const fieldSql = (code: string) => sql`exists (select 1 from certificate_field ff where ff.certificate_id = o.current_certificate_id and ff.field_code = ${code})`;

/** The conditions that are not facets: scope, the public register's rule, "expiring within", legacy. */
function baseSql(f: SearchFilters): SQL[] {
  const parts: SQL[] = [scopeSql(f.scope)];
  if (f.requireCertificate) parts.push(sql`c.id is not null`);
  if (f.expiringWithinDays !== undefined) {
    parts.push(sql`(c.decision_status = 'in_force' and c.valid_to >= ${f.today}::date and c.valid_to <= ${f.today}::date + ${f.expiringWithinDays}::int)`);
  }
  if (f.legacy !== undefined) parts.push(f.legacy ? sql`c.legal_basis = '12/2012/NĐ-CP'` : sql`c.legal_basis = '58/2022/NĐ-CP'`);
  return parts;
}

/** The condition of each facet filter that is set (true when not set). */
function facetFilterSql(f: SearchFilters): Record<FacetName, SQL> {
  return {
    province: f.province ? provinceSql(f.province) : sql`true`,
    field: f.field ? fieldSql(f.field) : sql`true`,
    country: f.country ? sql`o.country_code = ${f.country}` : sql`true`,
    type: f.type ? sql`c.type = ${f.type}` : sql`true`,
    status: f.status ? statusIsSql(f.status, f.today) : sql`true`,
  };
}

/** The WHERE clause of the filtered set, with `text` as the text condition. */
function whereSql(f: SearchFilters, text: SQL | null): SQL {
  const filters = facetFilterSql(f);
  const parts = [...baseSql(f), ...FACETS.filter((k) => f[k] !== undefined).map((k) => filters[k])];
  if (text) parts.push(text);
  return sql.join(parts, sql` and `);
}

/**
 * Relevance as an integer (exact name/abbreviation match first, then prefix, then contains, then typo matches),
 * plus word similarity in millionths, so that keyset cursors compare exactly. Word similarity is 1 wherever the
 * folded query stands as whole words in the text (the extent over those words has exactly the query's
 * trigrams), so that case skips computing it — the bulk of the cost when a common word matches half the register.
 */
function rankSql(f: SearchFilters): SQL {
  const people = f.searchPeople === true;
  const similarity = people ? sql`greatest(word_similarity(p.nq, o.search_text), word_similarity(p.nq, o.people_text))` : sql`word_similarity(p.nq, o.search_text)`;
  const wholeWords = sql`(' ' || o.search_text || ' ') like '% ' || p.nq || ' %'${people ? sql` or (' ' || o.people_text || ' ') like '% ' || p.nq || ' %'` : sql``}`;
  const hasWordChar = /[\p{L}\p{N}]/u.test(f.q ?? '');
  return sql`((case
    when p.nq in (vn_norm(o.name_en), vn_norm(o.name_original), vn_norm(coalesce(o.name_vi, '')), vn_norm(coalesce(o.abbreviation, ''))) then 3
    when vn_norm(o.name_en) like p.nq || '%' or vn_norm(o.name_original) like p.nq || '%' or vn_norm(coalesce(o.name_vi, '')) like p.nq || '%' then 2
    when o.search_text like '%' || p.nq || '%' ${people ? sql`or o.people_text like '%' || p.nq || '%'` : sql``} then 1 else 0 end) * 1000000
  + ${hasWordChar ? sql`case when ${wholeWords} then 1000000 else round(${similarity} * 1000000) end` : sql`round(${similarity} * 1000000)`})::int`;
}

function keysetSql(sort: SortOrder, after: Keyset | null): SQL {
  if (!after) return sql`true`;
  if (sort === 'relevance' && 'rank' in after) {
    return sql`(s.rank < ${after.rank} or (s.rank = ${after.rank} and (s.sort_name, s.id) > (${after.name}, ${after.id}::uuid)))`;
  }
  if (sort === 'valid_to' && 'validTo' in after) return sql`((s.sort_valid_to, s.id) > (${after.validTo}, ${after.id}::uuid))`;
  if ('name' in after) return sql`((s.sort_name, s.id) > (${after.name}, ${after.id}::uuid))`;
  return sql`true`;
}

const ORDER: Record<SortOrder, SQL> = {
  relevance: sql`s.rank desc, s.sort_name, s.id`,
  name: sql`s.sort_name, s.id`,
  valid_to: sql`s.sort_valid_to, s.id`,
};

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

/** Rows of one text condition (or none) in the requested order after `after`, at most `limit + 1`. */
async function selectOrdered(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number, text: SQL | null): Promise<SearchHit[]> {
  const rank = f.q ? rankSql(f) : sql`0`;
  const result = await db.execute(sql`select s.id, s.rank, s.sort_name, s.sort_valid_to from (
      select o.id, ${rank} as rank, vn_norm(o.name_en) as sort_name, coalesce(c.valid_to, '9999-12-31'::date)::text as sort_valid_to
      from ${from(f.q)} where ${whereSql(f, text)}
    ) s where ${keysetSql(sort, after)} order by ${ORDER[sort]} limit ${limit + 1}`);
  return toHits(result);
}

/**
 * Sort by end date: NGOs with a current certificate in certificate_valid_to_idx order, then those without one
 * ('9999-12-31', by id), so that a page reads a few index entries instead of sorting the whole register.
 */
async function selectByValidTo(db: Executor, f: SearchFilters, after: Keyset | null, limit: number, text: SQL | null): Promise<SearchHit[]> {
  const rank = f.q ? rankSql(f) : sql`0`;
  const key = after && 'validTo' in after ? after : null;
  const hits: SearchHit[] = [];
  if (key?.validTo !== '9999-12-31') {
    const keyset = key ? sql`c.valid_to >= ${key.validTo}::date and (c.valid_to, o.id) > (${key.validTo}::date, ${key.id}::uuid)` : sql`true`;
    const result = await db.execute(sql`select o.id, ${rank} as rank, vn_norm(o.name_en) as sort_name, c.valid_to::text as sort_valid_to
      from certificate c join organization o on o.current_certificate_id = c.id cross join (select vn_norm(${f.q ?? ''}::text) as nq) p
      where ${whereSql(f, text)} and ${keyset} order by c.valid_to, o.id limit ${limit + 1}`);
    hits.push(...toHits(result));
  }
  if (hits.length <= limit && !f.requireCertificate) {
    const keyset = key?.validTo === '9999-12-31' ? sql`o.id > ${key.id}::uuid` : sql`true`;
    const result = await db.execute(sql`select o.id, ${rank} as rank, vn_norm(o.name_en) as sort_name, '9999-12-31' as sort_valid_to
      from ${from(f.q)} where o.current_certificate_id is null and ${whereSql(f, text)} and ${keyset} order by o.id limit ${limit + 1 - hits.length}`);
    hits.push(...toHits(result));
  }
  return hits;
}

/** Ranks of rows holding the query as typed are at least 10⁶ (tier ≥ 1); typo-only rows at most 10⁶ (tier 0). */
const TIER_ONE = 1_000_000;

/**
 * One page of matching organisation ids in the requested order, `limit + 1` rows to tell if more follow.
 * Ranked by relevance, rows holding the query as typed come first: they are read first, and the costly typo
 * matching runs only when they do not fill the page. (A row of each kind could only tie at exactly 10⁶ if a
 * row holding the query shared none of its trigrams while a typo match shared all of them, which cannot be.)
 */
export async function selectSearchPage(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  if (sort === 'valid_to') return selectByValidTo(db, f, after, limit, f.q ? textMatchSql(f) : null);
  if (sort !== 'relevance' || !f.q) return selectOrdered(db, f, sort, after, limit, f.q ? textMatchSql(f) : null);
  const rankAfter = after && 'rank' in after ? after.rank : null;
  const direct = rankAfter === null || rankAfter >= TIER_ONE ? await selectOrdered(db, f, sort, after, limit, directMatchSql(f)) : [];
  if (direct.length > limit || f.fuzzy === false) return direct;
  const typoAfter = rankAfter !== null && rankAfter <= TIER_ONE ? after : null;
  return [...direct, ...(await selectOrdered(db, f, sort, typoAfter, limit - direct.length, typoOnlyMatchSql(f)))];
}

type Counts = { total: number; facets: Record<FacetName, { value: string; count: number }[]> };
type CountRow = { facet: string; value: string; n: number; rank: number | null; sort_name: string | null; sort_valid_to: string | null };

/**
 * The statement behind the counts: the filtered set is read once into a narrow materialized CTE (id,
 * certificate, country, type, status and one flag per facet filter), then each facet counts over it leaving out
 * its own flag (a facet ignores its own filter). With `page`, the CTE also holds the sort keys and the statement
 * returns that page too ('hit' rows), so a text query is matched once for both.
 */
async function selectCounts(db: Executor, f: SearchFilters, page: { sort: SortOrder; after: Keyset | null; limit: number } | null): Promise<{ rows: CountRow[]; counts: Counts }> {
  const filters = facetFilterSql(f);
  const flags = (alias: string, except?: FacetName) =>
    sql.join([sql`true`, ...FACETS.filter((k) => k !== except && f[k] !== undefined).map((k) => sql`${sql.raw(alias)}.f_${sql.raw(k)}`)], sql` and `);
  const others = (except?: FacetName) => flags('m', except);
  const sortKeys = page
    ? sql`, ${f.q ? rankSql(f) : sql`0`} as rank, vn_norm(o.name_en) as sort_name, coalesce(c.valid_to, '9999-12-31'::date)::text as sort_valid_to`
    : sql``;
  const hits = page
    ? sql`select 'hit' as facet, s.id::text as value, (row_number() over (order by ${ORDER[page.sort]}))::int as n, s.rank, s.sort_name, s.sort_valid_to
        from (select s.id, s.rank, s.sort_name, s.sort_valid_to from m s where ${flags('s')} and ${keysetSql(page.sort, page.after)} order by ${ORDER[page.sort]} limit ${page.limit + 1}) s
      union all `
    : sql``;
  const result = await db.execute(sql`with m as materialized (
      select o.id, o.country_code, c.id as certificate_id, c.type::text as type, case when c.id is not null then ${statusSql(f.today)} end as status,
        ${sql.join(FACETS.map((k) => sql`${filters[k]} as f_${sql.raw(k)}`), sql`, `)}${sortKeys}
      from ${from(f.q)} where ${sql.join([...baseSql(f), ...(f.q ? [textMatchSql(f)] : [])], sql` and `)}
    )
    ${hits}select '' as facet, '' as value, count(*)::int as n, null::int, null::text, null::text from m where ${others()}
    union all select 'province', a.province_code, count(*)::int, null, null, null from m cross join lateral (select distinct a.province_code from certificate_area a where a.certificate_id = m.certificate_id) a where ${others('province')} group by 2
    union all select 'field', x.field_code, count(*)::int, null, null, null from m join certificate_field x on x.certificate_id = m.certificate_id where ${others('field')} group by 2
    union all select 'country', m.country_code, count(*)::int, null, null, null from m where ${others('country')} group by 2
    union all select 'type', m.type, count(*)::int, null, null, null from m where m.type is not null and ${others('type')} group by 2
    union all select 'status', m.status, count(*)::int, null, null, null from m where m.status is not null and ${others('status')} group by 2`);
  const rows = (result as unknown as { rows: CountRow[] }).rows;
  const facets = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      rows
        .filter((r) => r.facet === facet)
        .map((r) => ({ value: r.value, count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
    ]),
  ) as Counts['facets'];
  return { rows, counts: { total: Number(rows.find((r) => r.facet === '')?.n ?? 0), facets } };
}

/** The total and the counts per value of every facet (each over the filtered set without its own filter). */
export async function selectTotalAndFacets(db: Executor, f: SearchFilters): Promise<Counts> {
  return (await selectCounts(db, f, null)).counts;
}

/**
 * A page (as selectSearchPage) together with the total and facets, matching the text once: for text queries
 * whose counts are not cached, where matching dominates the cost.
 */
export async function selectPageWithCounts(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number): Promise<{ hits: SearchHit[]; counts: Counts }> {
  const { rows, counts } = await selectCounts(db, f, { sort, after, limit });
  const hits = rows
    .filter((r) => r.facet === 'hit')
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((r) => ({ id: r.value, rank: Number(r.rank), sortName: r.sort_name!, sortValidTo: r.sort_valid_to! }));
  return { hits, counts };
}

/**
 * A number that grows with every change to the register: every registry write appends an organisation
 * snapshot (recordRegistryChange), so the newest snapshot id tells cached facet counts apart.
 */
export async function selectRegistryStamp(db: Executor): Promise<number> {
  const result = await db.execute(sql`select coalesce(max(id), 0)::bigint as n from organization_snapshot`);
  return Number((result as unknown as { rows: { n: string }[] }).rows[0]!.n);
}

/** True when organisation `id` exists and lies within `scope`. */
export async function isInScope(db: Executor, id: string, scope: RegistryScope, requireCertificate = false): Promise<boolean> {
  const result = await db.execute(
    sql`select 1 as ok from ${from(undefined)} where o.id = ${id}::uuid and ${scopeSql(scope)} ${requireCertificate ? sql`and c.id is not null` : sql``} limit 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
