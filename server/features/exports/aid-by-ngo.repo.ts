import { sql, type SQL } from 'drizzle-orm';
import type { DashboardScope } from '../../domain/reporting/dashboard-scope';
import type { Executor } from '../../platform/db/client';

/** One NGO's current NGO-reported aid in a year (sums over its current lines; USD where a rate was known). */
export interface AidByNgoRow {
  organizationId: string;
  registryCode: string;
  nameEn: string;
  nameVi: string | null;
  countryCode: string;
  provinces: number;
  currencies: string;
  committedUsd: number;
  disbursedUsd: number;
  lines: number;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Which lines (alias l) a dashboard scope may export: its province, or its fields. */
function lineScopeSql(scope: DashboardScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  if (scope.kind === 'province') return sql`l.province_code = ${scope.provinceCode}`;
  return sql`l.field_code = any(array(select jsonb_array_elements_text(${JSON.stringify(scope.fieldCodes)}::jsonb))::text[])`;
}

const base = (year: number, scope: DashboardScope) => sql`l.current and l.source = 'ngo' and l.reporting_year = ${year} and ${lineScopeSql(scope)}`;

/** How many NGOs reported aid in `year` within the scope (for progress). */
export async function countAidNgos(db: Executor, year: number, scope: DashboardScope): Promise<number> {
  const r = await db.execute(sql`select count(distinct l.organization_id)::int as n from report_aid_line l where ${base(year, scope)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

/** One page of NGOs (keyset on the organisation id, `after` excluded) with their summed aid in `year`. */
export async function selectAidByNgoPage(db: Executor, year: number, scope: DashboardScope, after: string | null, limit: number): Promise<AidByNgoRow[]> {
  const r = await db.execute(sql`with page as (
      select l.organization_id, count(distinct l.province_code)::int as provinces, string_agg(distinct l.currency, ', ' order by l.currency) as currencies,
        coalesce(sum(l.committed_usd), 0)::float8 as committed_usd, coalesce(sum(l.disbursed_usd), 0)::float8 as disbursed_usd, count(*)::int as lines
      from report_aid_line l
      where ${base(year, scope)} ${after ? sql`and l.organization_id > ${after}::uuid` : sql``}
      group by l.organization_id order by l.organization_id limit ${limit}
    )
    select p.organization_id as "organizationId", o.registry_code as "registryCode", o.name_en as "nameEn", o.name_vi as "nameVi", o.country_code as "countryCode",
      p.provinces, p.currencies, p.committed_usd as "committedUsd", p.disbursed_usd as "disbursedUsd", p.lines
    from page p join organization o on o.id = p.organization_id order by p.organization_id`);
  return rowsOf<AidByNgoRow>(r);
}
