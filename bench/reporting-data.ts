// Synthetic submitted NGO reports for the reporting benchmark: for every NGO of the register that has a current
// certificate, one report campaign per reporting year, an obligation, one submitted version and 1–4 aid lines
// (provinces and fields of its certificate, four currencies), then the pre-aggregate `aid_aggregate` computed
// from the current lines with one INSERT … SELECT … GROUP BY — the sums replaceCurrentAidLines keeps in step.
// Everything is set-based SQL on the server (deterministic: amounts come from hashes of ids), so 200,000 NGOs ×
// 3 years (≈ 1.5 M aid lines) load in minutes on PostgreSQL. Campaign codes start with BENCH-; a second run with
// the same years reuses what is there.
import { sql } from 'drizzle-orm';
import type { Executor } from '../server/platform/db/client';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** USD per unit of each currency used by the generator. */
export const BENCH_USD_RATES: Readonly<Record<string, number>> = { USD: 1, EUR: 1.08, JPY: 0.0067, VND: 0.00004 };

export interface ReportingDataReport {
  years: number[];
  /** Years loaded by this run (the others were already there). */
  loadedYears: number[];
  campaigns: number;
  obligations: number;
  versions: number;
  aidLines: number;
  aggregateRows: number;
  ms: { obligations: number; versions: number; lines: number; aggregate: number; analyze: number; total: number };
}

async function count(db: Executor, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number }>(await db.execute(query))[0]?.n ?? 0);
}

/**
 * Writes the synthetic reports for `years` (default: the three years before `today`'s). `analyze` runs
 * VACUUM ANALYZE on the reporting tables afterwards (not inside a transaction).
 */
export async function generateReportingData(db: Executor, options: { years: number[]; analyze?: boolean; log?: (line: string) => void }): Promise<ReportingDataReport> {
  const log = options.log ?? (() => {});
  const t0 = performance.now();
  const ms = { obligations: 0, versions: 0, lines: 0, aggregate: 0, analyze: 0, total: 0 };
  const loadedYears: number[] = [];
  const [owner] = rowsOf<{ unit: string; user: string }>(
    await db.execute(sql`select (select id from org_unit where kind = 'mofa' order by code = 'COMINGO' desc, code limit 1) as unit,
      (select u.id from app_user u join org_unit ou on ou.id = u.unit_id where ou.kind = 'mofa' order by u.created_at limit 1) as user`),
  );
  if (!owner?.unit || !owner.user) throw new Error('the benchmark needs a MOFA unit and a MOFA user (seed the demo data first)');

  // NGOs without an account get a unit of their own (the obligation is per unit).
  await db.execute(sql`insert into org_unit (code, kind, name_vi, name_en)
    select 'RPT-' || o.registry_code, 'ngo', o.name_en, o.name_en from organization_search s join organization o on o.id = s.organization_id
    where s.certificate_id is not null and o.unit_id is null on conflict (code) do nothing`);

  for (const year of options.years) {
    const code = `BENCH-NGO-${year}`;
    const exists = await count(db, sql`select count(*)::int as n from report_campaign where code = ${code}`);
    if (exists) {
      log(`  ${code} already loaded`);
      continue;
    }
    let t = performance.now();
    const [campaign] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into report_campaign (code, form, title_vi, title_en, reporting_year, period_from, period_to, due_on, obligated, owner_unit_id, created_by, status)
        values (${code}, 'ngo_annual', ${`Báo cáo năm ${year} của tổ chức (benchmark)`}, ${`NGO annual report ${year} (benchmark)`}, ${year},
          ${`${year - 1}-12-15`}::date, ${`${year}-12-14`}::date, ${`${year}-12-18`}::date, 'ngos_with_valid_certificate', ${owner.unit}::uuid, ${owner.user}::uuid, 'closed')
        returning id`),
    );
    await db.execute(sql`insert into report_obligation (campaign_id, unit_id, organization_id, due_on, first_submitted_on)
      select ${campaign!.id}::uuid, coalesce(o.unit_id, u.id), o.id, ${`${year}-12-18`}::date,
        ${`${year}-12-18`}::date + ((abs(hashtext(o.id::text || ${year}::text)::bigint) % 20)::int - 14)
      from organization_search s join organization o on o.id = s.organization_id left join org_unit u on u.code = 'RPT-' || o.registry_code
      where s.certificate_id is not null`);
    ms.obligations += performance.now() - t;
    t = performance.now();
    await db.execute(sql`insert into report_version (obligation_id, version, status, content, prepared_by, submitted_by, submitted_on, submitted_at, late)
      select ob.id, 1, 'submitted', '{}'::jsonb, ${owner.user}::uuid, ${owner.user}::uuid, ob.first_submitted_on, ob.first_submitted_on::timestamptz, ob.first_submitted_on > ob.due_on
      from report_obligation ob where ob.campaign_id = ${campaign!.id}::uuid`);
    await db.execute(sql`update report_obligation ob set filed_version_id = v.id from report_version v
      where v.obligation_id = ob.id and ob.campaign_id = ${campaign!.id}::uuid`);
    ms.versions += performance.now() - t;
    t = performance.now();
    // 1–4 lines per report; province and field taken from the certificate; amounts and currency from hashes.
    await db.execute(sql`insert into report_aid_line (version_id, campaign_id, reporting_year, source, reporter_unit_id, organization_id, country_code,
        province_code, field_code, aid_kind, currency, committed, disbursed, committed_usd, disbursed_usd, current)
      select x.version_id, ${campaign!.id}::uuid, ${year}, 'ngo', x.unit_id, x.organization_id, x.country_code,
        x.province_code, x.field_code, x.aid_kind, x.currency, x.committed, round(x.committed * x.share, 2),
        round(x.committed * x.rate, 2), round(x.committed * x.share * x.rate, 2), true
      from (
        select v.id as version_id, ob.unit_id, ob.organization_id, s.country_code,
          coalesce(s.province_codes[1 + (abs(h.h) + g) % greatest(cardinality(s.province_codes), 1)], '01') as province_code,
          s.field_codes[1 + (abs(h.h) / 7 + g) % greatest(cardinality(s.field_codes), 1)] as field_code,
          (array['program', 'project', 'non_project'])[1 + (abs(h.h) / 3 + g) % 3] as aid_kind,
          c.currency, c.rate,
          round(((1000 + abs(h.h) % 500000) * (g + 1))::numeric / c.rate::numeric, 2) as committed,
          (50 + abs(h.h / 11) % 51) / 100.0 as share
        from report_obligation ob
        join report_version v on v.id = ob.filed_version_id
        join organization_search s on s.organization_id = ob.organization_id
        cross join lateral (select hashtext(ob.id::text)::bigint as h) h
        cross join lateral generate_series(0, abs(h.h) % 4) as g
        cross join lateral (select (array['USD', 'EUR', 'JPY', 'VND'])[1 + (abs(h.h) / 5 + g) % 4] as currency) cur
        cross join lateral (select cur.currency, (${JSON.stringify(BENCH_USD_RATES)}::jsonb ->> cur.currency)::numeric as rate) c
        where ob.campaign_id = ${campaign!.id}::uuid
      ) x`);
    ms.lines += performance.now() - t;
    loadedYears.push(year);
    log(`  ${code}: loaded`);
  }

  let t = performance.now();
  await db.execute(sql`delete from aid_aggregate where reporting_year = any(${`{${options.years.join(',')}}`}::int[])`);
  await db.execute(sql`insert into aid_aggregate (reporting_year, province_code, field_code, country_code, currency, committed, disbursed, committed_usd, disbursed_usd, line_count)
    select l.reporting_year, l.province_code, coalesce(l.field_code, ''), coalesce(l.country_code, ''), l.currency,
      sum(l.committed), sum(l.disbursed), coalesce(sum(l.committed_usd), 0), coalesce(sum(l.disbursed_usd), 0), count(*)
    from report_aid_line l where l.current and l.source = 'ngo' and l.reporting_year = any(${`{${options.years.join(',')}}`}::int[])
    group by 1, 2, 3, 4, 5`);
  ms.aggregate = performance.now() - t;
  if (options.analyze) {
    t = performance.now();
    await db.execute(sql`vacuum analyze org_unit, report_campaign, report_obligation, report_version, report_aid_line, aid_aggregate`);
    ms.analyze = performance.now() - t;
  }
  ms.total = performance.now() - t0;
  const yearsSql = sql`any(${`{${options.years.join(',')}}`}::int[])`;
  return {
    years: options.years,
    loadedYears,
    campaigns: await count(db, sql`select count(*)::int as n from report_campaign where code like 'BENCH-NGO-%' and reporting_year = ${yearsSql}`),
    obligations: await count(db, sql`select count(*)::int as n from report_obligation ob join report_campaign c on c.id = ob.campaign_id where c.code like 'BENCH-NGO-%' and c.reporting_year = ${yearsSql}`),
    versions: await count(db, sql`select count(*)::int as n from report_version v join report_obligation ob on ob.id = v.obligation_id join report_campaign c on c.id = ob.campaign_id where c.code like 'BENCH-NGO-%' and c.reporting_year = ${yearsSql}`),
    aidLines: await count(db, sql`select count(*)::int as n from report_aid_line where reporting_year = ${yearsSql}`),
    aggregateRows: await count(db, sql`select count(*)::int as n from aid_aggregate where reporting_year = ${yearsSql}`),
    ms,
  };
}
