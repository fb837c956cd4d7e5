import { sql, type SQL } from 'drizzle-orm';
import type { DashboardScope } from '../../domain/reporting/dashboard-scope';
import type { Executor } from '../../platform/db/client';

// Every statement of the dashboards. NGO counts read `organization_search` (alias s: one narrow row per NGO with
// its current certificate's status, end date, today's provinces and fields — areas recorded against a pre-2025
// province are stored with their successor, so old records roll up to the 34 current provinces). Aid sums read
// the pre-aggregate `aid_aggregate` (never the report lines).

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The NGO rows a scope may see. */
export function ngoScopeSql(scope: DashboardScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  // `@>` / `&&` (not `= any`) so that a GIN index on the arrays can serve them (none exists yet: see the benchmark notes).
  if (scope.kind === 'province') return sql`(s.office_city_code = ${scope.provinceCode} or s.province_codes @> array[${scope.provinceCode}::text])`;
  return sql`s.field_codes && ${toTextArray(scope.fieldCodes)}`;
}

/** The aid_aggregate rows (alias a) a scope may see. */
export function aidScopeSql(scope: DashboardScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  if (scope.kind === 'province') return sql`a.province_code = ${scope.provinceCode}`;
  return sql`a.field_code = any(${toTextArray(scope.fieldCodes)})`;
}

const toTextArray = (values: readonly string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::text[]`;

export interface CountRow {
  code: string;
  nameVi: string | null;
  nameEn: string | null;
  count: number;
}

export interface NgoCounts {
  byCountry: CountRow[];
  byField: CountRow[];
  byProvince: CountRow[];
  byStatus: { status: string; count: number }[];
  expiries: { withinDays: number; count: number }[];
}

type FacetRow = { facet: string; code: string; nameVi: string | null; nameEn: string | null; count: number };

/**
 * Every NGO count of the dashboard in one statement: the scope's rows are read once from `organization_search` into
 * a narrow materialized CTE, then counted per country, field, province (arrays unnested in the select list: cheaper than a lateral join per row) (working NGOs: current certificate in force
 * and not past its end), per derived certificate status (all current certificates) and per expiry horizon
 * (cumulative). A province unit counts only its own province, a ministry only its own fields.
 */
export async function selectNgoCounts(db: Executor, scope: DashboardScope, today: string, horizons: readonly number[]): Promise<NgoCounts> {
  const ownField = scope.kind === 'fields' ? sql`x.code = any(${toTextArray(scope.fieldCodes)})` : sql`true`;
  const ownProvince = scope.kind === 'province' ? sql`p.code = ${scope.provinceCode}` : sql`true`;
  const expiries = horizons.map(
    (d) => sql`union all select 'expiry', ${String(d)}, count(*)::int from m where m.working and m.valid_to <= ${today}::date + ${d}::int`,
  );
  const r = await db.execute(sql`with m as materialized (
      select s.country_code, s.field_codes, s.province_codes, s.valid_to,
        case when s.decision_status <> 'in_force' then s.decision_status when s.valid_to < ${today}::date then 'expired' else 'valid' end as status,
        (s.decision_status = 'in_force' and s.valid_to >= ${today}::date) as working
      from organization_search s where s.certificate_id is not null and ${ngoScopeSql(scope)}
    ), counts as (
      select 'country' as facet, m.country_code as code, count(*)::int as n from m where m.working group by 2
      union all select 'field', x.code, count(*)::int from (select unnest(m.field_codes) as code from m where m.working) as x where ${ownField} group by 2
      union all select 'province', p.code, count(*)::int from (select unnest(m.province_codes) as code from m where m.working) as p where ${ownProvince} group by 2
      union all select 'status', m.status, count(*)::int from m group by 2
      ${sql.join(expiries, sql` `)}
    )
    select c.facet, c.code, coalesce(co.name_vi, f.name_vi, pr.name_vi) as "nameVi", coalesce(co.name_en, f.name_en, pr.name_en) as "nameEn", c.n as count
    from counts c
    left join country co on c.facet = 'country' and co.code = c.code
    left join field f on c.facet = 'field' and f.code = c.code
    left join province pr on c.facet = 'province' and pr.code = c.code`);
  const rows = rowsOf<FacetRow>(r).map((x) => ({ ...x, count: Number(x.count) }));
  const of = (facet: string) => rows.filter((x) => x.facet === facet).map(({ code, nameVi, nameEn, count }) => ({ code, nameVi, nameEn, count }));
  const byCount = (a: CountRow, b: CountRow) => b.count - a.count || (a.code < b.code ? -1 : 1);
  return {
    byCountry: of('country').sort(byCount),
    byField: of('field').sort(byCount),
    byProvince: of('province').sort((a, b) => (a.code < b.code ? -1 : 1)),
    byStatus: of('status')
      .map((x) => ({ status: x.code, count: x.count }))
      .sort((a, b) => (a.status < b.status ? -1 : 1)),
    expiries: horizons.map((d) => ({ withinDays: d, count: of('expiry').find((x) => x.code === String(d))?.count ?? 0 })),
  };
}

export interface AidYearRow {
  year: number;
  committedUsd: number;
  disbursedUsd: number;
  lines: number;
}

/** NGO-reported aid per reporting year, in USD (from the pre-aggregate). */
export async function selectAidByYear(db: Executor, scope: DashboardScope): Promise<AidYearRow[]> {
  const r = await db.execute(sql`select a.reporting_year as year, coalesce(sum(a.committed_usd), 0)::float8 as "committedUsd",
      coalesce(sum(a.disbursed_usd), 0)::float8 as "disbursedUsd", coalesce(sum(a.line_count), 0)::int as lines
    from aid_aggregate a where ${aidScopeSql(scope)} group by 1 order by 1`);
  return rowsOf<AidYearRow>(r);
}

export interface AidSumRow {
  year: number;
  key: string;
  committedUsd: number;
  disbursedUsd: number;
}

/** Consolidated sums of NGO-reported aid (USD) by year and one dimension, from the pre-aggregate. */
export async function selectAidBy(db: Executor, scope: DashboardScope, dimension: 'province' | 'field' | 'country', year?: number): Promise<AidSumRow[]> {
  const column = sql.raw(`a.${dimension}_code`);
  const r = await db.execute(sql`select a.reporting_year as year, ${column} as key, sum(a.committed_usd)::float8 as "committedUsd", sum(a.disbursed_usd)::float8 as "disbursedUsd"
    from aid_aggregate a where ${aidScopeSql(scope)} ${year ? sql`and a.reporting_year = ${year}` : sql``} group by 1, 2 order by 1, 2`);
  return rowsOf<AidSumRow>(r);
}

export interface DossierTimelinessRow {
  procedure: string;
  openOnTime: number;
  openOverdue: number;
  closedOnTime: number;
  closedLate: number;
}

/**
 * Dossiers per procedure: open ones whose step clock runs, on time or past the step's due day; closed ones
 * decided by or after the overall due day (dossiers closed in the last `sinceDays`).
 */
export async function selectDossierTimeliness(db: Executor, today: string, runningStatuses: readonly string[], since: string): Promise<DossierTimelinessRow[]> {
  const running = sql`d.status = any(${toTextArray(runningStatuses)}) and d.step_due_on is not null`;
  const r = await db.execute(sql`select d.procedure,
      count(*) filter (where ${running} and d.step_due_on >= ${today}::date)::int as "openOnTime",
      count(*) filter (where ${running} and d.step_due_on < ${today}::date)::int as "openOverdue",
      count(*) filter (where d.closed_on >= ${since}::date and d.overall_due_on is not null and d.closed_on <= d.overall_due_on)::int as "closedOnTime",
      count(*) filter (where d.closed_on >= ${since}::date and d.overall_due_on is not null and d.closed_on > d.overall_due_on)::int as "closedLate"
    from dossier d where d.status <> 'draft' group by 1 order by 1`);
  return rowsOf<DossierTimelinessRow>(r);
}

export interface AidConsolidationRow {
  year: number;
  /** 'year' (the year's total), 'province', 'field' or 'country'. */
  dimension: 'year' | 'province' | 'field' | 'country';
  key: string;
  committedUsd: number;
  disbursedUsd: number;
  lines: number;
}

/**
 * MOFA's consolidation (issue 7 §5) in one pass over the pre-aggregate: NGO-reported aid (USD) by year × province,
 * year × field, year × country and per year (GROUPING SETS), within the scope.
 */
export async function selectAidConsolidation(db: Executor, scope: DashboardScope, year?: number): Promise<AidConsolidationRow[]> {
  const r = await db.execute(sql`select a.reporting_year as year,
      case when grouping(a.province_code) = 0 then 'province' when grouping(a.field_code) = 0 then 'field' when grouping(a.country_code) = 0 then 'country' else 'year' end as dimension,
      coalesce(case when grouping(a.province_code) = 0 then a.province_code when grouping(a.field_code) = 0 then a.field_code when grouping(a.country_code) = 0 then a.country_code end, '') as key,
      sum(a.committed_usd)::float8 as "committedUsd", sum(a.disbursed_usd)::float8 as "disbursedUsd", sum(a.line_count)::int as lines
    from aid_aggregate a where ${aidScopeSql(scope)} ${year ? sql`and a.reporting_year = ${year}` : sql``}
    group by grouping sets ((a.reporting_year), (a.reporting_year, a.province_code), (a.reporting_year, a.field_code), (a.reporting_year, a.country_code))
    order by 1, 2, 3`);
  return rowsOf<AidConsolidationRow>(r);
}

/** A number that grows with every registry write (the newest profile snapshot id): cached NGO counts are keyed on it. */
export async function selectRegistryStamp(db: Executor): Promise<number> {
  const r = await db.execute(sql`select coalesce(max(id), 0)::bigint as n from organization_snapshot`);
  return Number(rowsOf<{ n: string }>(r)[0]?.n ?? 0);
}
