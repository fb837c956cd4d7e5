// Reporting at national scale (issue 7, "Done when": aggregations at 200 k NGOs × 3 reporting years in ≤ 1 s on
// PostgreSQL): the synthetic register (BENCH_ORGS, default 200,000) plus synthetic submitted NGO reports for 3 years
// (bench/reporting-data.ts), then p50/p95 of the dashboard overview's statements (MOFA scope, one province, one
// ministry's fields), GET /api/v1/dashboards/overview as mofa.officer, and the consolidation sums by province /
// field / country / year from aid_aggregate versus the same sums over report_aid_line.
import { sql } from 'drizzle-orm';
import { vnDateOf } from '../common/dates';
import { seedSyntheticRegistry } from '../server/features/synthetic/synthetic.service';
import { countSyntheticOrganizations } from '../server/features/synthetic/synthetic.repo';
import { runMigrations } from '../server/platform/db/migrate';
import { clearPublicStatisticsCache } from '../server/features/dashboards/dashboards.service';
import type { DashboardScope } from '../server/domain/reporting/dashboard-scope';
import { machineLine, ms, signedInApp, summarize, timed } from './bench-support';
import { openBenchDatabase } from './registry-search';
import { generateReportingData } from './reporting-data';
import { consolidationFromAggregate, consolidationFromLines, overviewQuerySet } from './reporting-queries';

const ORGS = Number(process.env.BENCH_ORGS ?? 200_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS_REPORTING ?? 20);
const TARGET_MS = 1000;

/** Runs the suite and returns its report section. */
export async function runReportingBench(url: string | undefined): Promise<string[]> {
  const { database, dataDir, drop } = await openBenchDatabase(url);
  const kind = database.kind;
  await runMigrations(database);
  const { app, cookie } = await signedInApp(database, dataDir);
  const db = database.db;
  let generation = 'reused an existing synthetic register';
  const present = await countSyntheticOrganizations(db);
  if (present < ORGS) {
    console.log(`Generating ${ORGS} synthetic NGOs into ${kind}…`);
    const report = await seedSyntheticRegistry(database, { organizations: ORGS, seed: 1, resetSynthetic: present > 0, onProgress: (done) => done % 20_000 === 0 && console.log(`  ${done}`) });
    generation = `generated in ${(report.ms.total / 1000).toFixed(0)} s`;
  }
  const today = vnDateOf(new Date());
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 2, thisYear - 1, thisYear];
  console.log(`Generating synthetic reports for ${years.join(', ')}…`);
  const data = await generateReportingData(db, { years, analyze: kind === 'postgres', log: console.log });
  console.log(data);
  const ngos = Number((await db.execute(sql`select count(*)::int as n from organization_search where certificate_id is not null`) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  const scopes: [string, DashboardScope][] = [
    ['MOFA (whole country)', { kind: 'all' }],
    ['province Hà Nội (01)', { kind: 'province', provinceCode: '01' }],
    ['province Huế (46)', { kind: 'province', provinceCode: '46' }],
    ['Ministry of Health (4 fields)', { kind: 'fields', fieldCodes: ['children', 'disability', 'health', 'social_protection'] }],
  ];
  const cases: [string, () => Promise<unknown>][] = [
    ...scopes.map(([label, scope]): [string, () => Promise<unknown>] => [`overview statements, ${label}`, () => overviewQuerySet(db, scope, today)]),
    [
      'GET /api/v1/dashboards/overview as mofa.officer (API, incl. consultation timeliness), NGO counts cold',
      async () => {
        clearPublicStatisticsCache();
        const res = await app.inject({ method: 'GET', url: '/api/v1/dashboards/overview', headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(res.body);
      },
    ],
    [
      'the same request again, NGO counts reused (registry unchanged)',
      async () => {
        const res = await app.inject({ method: 'GET', url: '/api/v1/dashboards/overview', headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(res.body);
      },
    ],
    ['consolidation by year × province / field / country + per year (one GROUPING SETS statement), from aid_aggregate', () => consolidationFromAggregate(db)],
    ['the same sums straight over report_aid_line', () => consolidationFromLines(db)],
  ];
  const results: { label: string; p50: number; p95: number; n: number }[] = [];
  for (const [label, run] of cases) {
    await run(); // warm-up
    const times: number[] = [];
    const iterations = label.includes('report_aid_line') ? Math.max(5, Math.ceil(ITERATIONS / 4)) : ITERATIONS;
    for (let i = 0; i < iterations; i++) times.push(await timed(run));
    const s = summarize(times);
    results.push({ label, ...s });
    console.log(`  ${label}: ${ms(s.p50)} / ${ms(s.p95)} ms`);
  }
  await app.close();
  await drop();
  const verdict = (p95: number) => (p95 <= TARGET_MS ? 'meets' : 'misses');
  return [
    `### Reporting aggregations at ${ORGS.toLocaleString('en')} NGOs × 3 reporting years — ${kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} — ${today}`,
    '',
    `Machine: ${machineLine()}. Synthetic register (\`npm run seed:synthetic\`, seed 1) ${generation}; ${ngos.toLocaleString('en')} NGOs with a current certificate. Synthetic submitted NGO reports (\`bench/reporting-data.ts\`, set-based SQL) for ${years.join(', ')}: ${data.campaigns} campaigns, ${data.obligations.toLocaleString('en')} obligations, ${data.versions.toLocaleString('en')} submitted versions, ${data.aidLines.toLocaleString('en')} aid lines (1–4 per report), ${data.aggregateRows.toLocaleString('en')} aid_aggregate rows; ${data.loadedYears.length ? 'loaded' : 'already loaded (reused); this run recomputed aid_aggregate and analyzed'} in ${(data.ms.total / 1000).toFixed(0)} s (obligations ${(data.ms.obligations / 1000).toFixed(0)} s, versions ${(data.ms.versions / 1000).toFixed(0)} s, lines ${(data.ms.lines / 1000).toFixed(0)} s, aggregate INSERT … SELECT … GROUP BY ${(data.ms.aggregate / 1000).toFixed(1)} s, vacuum analyze ${(data.ms.analyze / 1000).toFixed(0)} s).`,
    '',
    `${ITERATIONS} timed runs after one warm-up, one at a time (the direct sums over the lines: ${Math.max(5, Math.ceil(ITERATIONS / 4))}). An overview "statement set" = the dashboard repository's statements run in sequence for that scope (NGOs by country, field, province; certificates by status; expiries in 30/90/180 days; aid by year from aid_aggregate; dossier timeliness for the national scope). Target: ≤ ${TARGET_MS} ms (p95). Cells are ms.`,
    '',
    '| measurement | p50 | p95 | target |',
    '|---|---|---|---|',
    ...results.map((r) => `| ${r.label} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.label.includes('report_aid_line') ? 'for comparison' : verdict(r.p95)} |`),
    '',
  ];
}
