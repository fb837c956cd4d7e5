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

/** The WHERE clause of the filtered set, leaving out the filter of facet `except` (and the text match if `withText` is false). */
function whereSql(f: SearchFilters, except?: FacetName, withText = true): SQL {
  const parts: SQL[] = [scopeSql(f.scope)];
  if (f.requireCertificate) parts.push(sql`c.id is not null`);
  if (f.q && withText) parts.push(textMatchSql(f));
  if (f.province && except !== 'province') {
    parts.push(sql`exists (select 1 from certificate_area fa where fa.certificate_id = o.current_certificate_id and fa.province_code = ${f.province})`);
  }
  if (f.field && except !== 'field') {
    parts.push(sql`exists (select 1 from certificate_field ff where ff.certificate_id = o.current_certificate_id and ff.field_code = ${f.field})`);
  }
  if (f.country && except !== 'country') parts.push(sql`o.country_code = ${f.country}`);
  if (f.type && except !== 'type') parts.push(sql`c.type = ${f.type}`);
  if (f.status && except !== 'status') parts.push(sql`${statusSql(f.today)} = ${f.status}`);
  if (f.expiringWithinDays !== undefined) {
    parts.push(sql`(c.decision_status = 'in_force' and c.valid_to >= ${f.today}::date and c.valid_to <= ${f.today}::date + ${f.expiringWithinDays}::int)`);
  }
  if (f.legacy !== undefined) parts.push(f.legacy ? sql`c.legal_basis = '12/2012/NĐ-CP'` : sql`c.legal_basis = '58/2022/NĐ-CP'`);
  return sql.join(parts, sql` and `);
}

/**
 * Relevance as an integer (exact name/abbreviation match first, then prefix, then contains, then typo matches),
 * plus word similarity in millionths, so that keyset cursors compare exactly.
 */
const rankSql = (searchPeople: boolean) => sql`((case
    when p.nq in (vn_norm(o.name_en), vn_norm(o.name_original), vn_norm(coalesce(o.name_vi, '')), vn_norm(coalesce(o.abbreviation, ''))) then 3
    when vn_norm(o.name_en) like p.nq || '%' or vn_norm(o.name_original) like p.nq || '%' or vn_norm(coalesce(o.name_vi, '')) like p.nq || '%' then 2
    when o.search_text like '%' || p.nq || '%' ${searchPeople ? sql`or o.people_text like '%' || p.nq || '%'` : sql``} then 1 else 0 end) * 1000000
  + round(${searchPeople ? sql`greatest(word_similarity(p.nq, o.search_text), word_similarity(p.nq, o.people_text))` : sql`word_similarity(p.nq, o.search_text)`} * 1000000))::int`;

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

/** One page of matching organisation ids in the requested order, `limit + 1` rows to tell if more follow. */
export async function selectSearchPage(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const rank = f.q ? rankSql(f.searchPeople === true) : sql`0`;
  const result = await db.execute(sql`select s.id, s.rank, s.sort_name, s.sort_valid_to from (
      select o.id, ${rank} as rank, vn_norm(o.name_en) as sort_name, coalesce(c.valid_to, '9999-12-31'::date)::text as sort_valid_to
      from ${from(f.q)} where ${whereSql(f)}
    ) s where ${keysetSql(sort, after)} order by ${ORDER[sort]} limit ${limit + 1}`);
  return (result as unknown as { rows: { id: string; rank: number; sort_name: string; sort_valid_to: string }[] }).rows.map((r) => ({
    id: r.id,
    rank: Number(r.rank),
    sortName: r.sort_name,
    sortValidTo: r.sort_valid_to,
  }));
}

const FACET_SQL: Record<FacetName, (today: string) => { join: SQL; value: SQL }> = {
  province: () => ({ join: sql`join certificate_area fv on fv.certificate_id = c.id`, value: sql`fv.province_code` }),
  field: () => ({ join: sql`join certificate_field fv on fv.certificate_id = c.id`, value: sql`fv.field_code` }),
  country: () => ({ join: sql``, value: sql`o.country_code` }),
  type: () => ({ join: sql``, value: sql`c.type::text` }),
  status: (today) => ({ join: sql``, value: statusSql(today) }),
};

/**
 * The total and the counts per value of every facet, in one statement: the text match is evaluated once (a
 * materialized CTE of matching ids), then each facet counts over the filtered set without its own filter.
 */
export async function selectTotalAndFacets(db: Executor, f: SearchFilters): Promise<{ total: number; facets: Record<FacetName, { value: string; count: number }[]> }> {
  const matched = f.q ? sql`with m as materialized (select o.id from organization o cross join (select vn_norm(${f.q}::text) as nq) p where ${textMatchSql(f)}) ` : sql``;
  const source = sql`${f.q ? sql`m join organization o on o.id = m.id` : sql`organization o`} left join certificate c on c.id = o.current_certificate_id`;
  const parts = [
    sql`select '' as facet, '' as value, count(*)::int as n from ${source} where ${whereSql(f, undefined, false)}`,
    ...FACETS.map((facet) => {
      const { join, value } = FACET_SQL[facet](f.today);
      return sql`select ${facet}::text as facet, ${value} as value, count(distinct o.id)::int as n
        from ${source} ${join} where ${whereSql(f, facet, false)} and ${value} is not null group by 2`;
    }),
  ];
  const result = await db.execute(sql`${matched}${sql.join(parts, sql` union all `)}`);
  const rows = (result as unknown as { rows: { facet: string; value: string; n: number }[] }).rows;
  const facets = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      rows
        .filter((r) => r.facet === facet)
        .map((r) => ({ value: r.value, count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
    ]),
  ) as Record<FacetName, { value: string; count: number }[]>;
  return { total: Number(rows.find((r) => r.facet === '')?.n ?? 0), facets };
}

/** True when organisation `id` exists and lies within `scope`. */
export async function isInScope(db: Executor, id: string, scope: RegistryScope, requireCertificate = false): Promise<boolean> {
  const result = await db.execute(
    sql`select 1 as ok from ${from(undefined)} where o.id = ${id}::uuid and ${scopeSql(scope)} ${requireCertificate ? sql`and c.id is not null` : sql``} limit 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
