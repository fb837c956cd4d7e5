// The statements the reporting benchmark times (also run at small scale by the dashboards route test).
import { sql } from 'drizzle-orm';
import type { DashboardScope } from '../server/domain/reporting/dashboard-scope';
import type { Executor } from '../server/platform/db/client';
import { selectAidConsolidation, type AidConsolidationRow } from '../server/features/dashboards/dashboards.repo';
import { queryOverview } from '../server/features/dashboards/dashboards.service';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The dashboard's statements for one scope (NGO counts in one pass, aid by year, dossier timeliness when national). */
export const overviewQuerySet = (db: Executor, scope: DashboardScope, today: string) => queryOverview(db, scope, today);

/** Consolidation: NGO-reported aid (USD) by year × province, × field, × country, and per year — from the pre-aggregate. */
export const consolidationFromAggregate = (db: Executor): Promise<AidConsolidationRow[]> => selectAidConsolidation(db, { kind: 'all' });

/** The same sums computed straight from the current NGO aid lines (what the pre-aggregate saves). */
export async function consolidationFromLines(db: Executor): Promise<AidConsolidationRow[]> {
  const r = await db.execute(sql`select l.reporting_year as year,
      case when grouping(l.province_code) = 0 then 'province' when grouping(l.field_code) = 0 then 'field' when grouping(l.country_code) = 0 then 'country' else 'year' end as dimension,
      coalesce(case when grouping(l.province_code) = 0 then l.province_code when grouping(l.field_code) = 0 then l.field_code when grouping(l.country_code) = 0 then l.country_code end, '') as key,
      sum(coalesce(l.committed_usd, 0))::float8 as "committedUsd", sum(coalesce(l.disbursed_usd, 0))::float8 as "disbursedUsd", count(*)::int as lines
    from report_aid_line l where l.current and l.source = 'ngo'
    group by grouping sets ((l.reporting_year), (l.reporting_year, l.province_code), (l.reporting_year, l.field_code), (l.reporting_year, l.country_code))
    order by 1, 2, 3`);
  return rowsOf<AidConsolidationRow>(r);
}
