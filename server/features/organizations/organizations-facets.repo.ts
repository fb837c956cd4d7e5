import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { baseWhereSql, facetFilterSql, FACETS, resolveTextMatch, statusSql, type FacetName, type SearchFilters } from './organizations-search.repo';

/** The total and the counts per value of every facet. */
export type Counts = { total: number; facets: Record<FacetName, { value: string; count: number }[]> };
type CountRow = { facet: string; value: string; n: number };

/**
 * The total and the counts per value of every facet, each over the filtered set without its own filter (a
 * facet ignores its own filter). The set matching the text and the non-facet filters is read once from
 * `organization_search` into a narrow materialized CTE with one flag per facet filter; each count leaves out
 * its own flag. The text matches as the pages match it (resolveTextMatch: as typed, or corrected).
 */
export async function selectTotalAndFacets(db: Executor, filters0: SearchFilters): Promise<Counts> {
  const f: SearchFilters = { ...filters0, match: await resolveTextMatch(db, filters0) };
  const filters = facetFilterSql(f);
  const others = (except?: FacetName) =>
    sql.join([sql`true`, ...FACETS.filter((k) => k !== except && f[k] !== undefined).map((k) => sql`m.${sql.raw(`f_${k}`)}`)], sql` and `);
  const result = await db.execute(sql`with m as materialized (
      select s.country_code, s.type, s.province_codes, s.field_codes, case when s.certificate_id is not null then ${statusSql(f.today, 's')} end as status,
        ${sql.join(FACETS.map((k) => sql`${filters[k]} as ${sql.raw(`f_${k}`)}`), sql`, `)}
      from organization_search s where ${baseWhereSql(f)}
    )
    select '' as facet, '' as value, count(*)::int as n from m where ${others()}
    union all select 'province', p.code, count(*)::int from m cross join unnest(m.province_codes) as p(code) where ${others('province')} group by 2
    union all select 'field', x.code, count(*)::int from m cross join unnest(m.field_codes) as x(code) where ${others('field')} group by 2
    union all select 'country', m.country_code, count(*)::int from m where ${others('country')} group by 2
    union all select 'type', m.type, count(*)::int from m where m.type is not null and ${others('type')} group by 2
    union all select 'status', m.status, count(*)::int from m where m.status is not null and ${others('status')} group by 2`);
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
  return { total: Number(rows.find((r) => r.facet === '')?.n ?? 0), facets };
}

/**
 * A number that grows with every change to the register: every registry write appends an organisation
 * snapshot (recordRegistryChange), so the newest snapshot id tells cached facet counts apart.
 */
export async function selectRegistryStamp(db: Executor): Promise<number> {
  const result = await db.execute(sql`select coalesce(max(id), 0)::bigint as n from organization_snapshot`);
  return Number((result as unknown as { rows: { n: string }[] }).rows[0]!.n);
}
