// Registry search at national scale: generates BENCH_ORGS synthetic NGOs (default 200,000; about 2.5 certificate
// versions each) into a temporary PGlite directory or a temporary database on DATABASE_URL's server, then times a
// realistic query mix (bench/registry-queries.ts): the look-up GET /api/v1/organizations through Fastify inject as
// mofa.officer against the same statements sent raw through the driver, and its counts GET /organizations/facets
// (cache off and on) against the counting statement.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { facetCache } from '../server/features/organizations/organizations-search.service';
import * as facets from '../server/features/organizations/organizations-facets.repo';
import * as search from '../server/features/organizations/organizations-search.repo';
import { selectListDetails } from '../server/features/organizations/organizations.repo';
import { seedSyntheticRegistry } from '../server/features/synthetic/synthetic.service';
import { countSyntheticOrganizations } from '../server/features/synthetic/synthetic.repo';
import { vnDateOf } from '../common/dates';
import { openPglite, openPostgres, type Database } from '../server/platform/db/client';
import { runMigrations } from '../server/platform/db/migrate';
import { machineLine, ms, signedInApp, summarize, timed } from './bench-support';
import { buildQueryMix, type BenchQuery } from './registry-queries';

const ORGS = Number(process.env.BENCH_ORGS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MAX_MINUTES = Number(process.env.BENCH_MAX_MINUTES ?? 35);
const TARGET_P95 = { postgres: 25, pglite: 50 } as const;
const MODES = ['rawPage', 'page', 'rawFacets', 'facets', 'facetsWarm'] as const;
type Mode = (typeof MODES)[number];
const empty = (): Record<Mode, number[]> => ({ rawPage: [], page: [], rawFacets: [], facets: [], facetsWarm: [] });

/** Opens the benchmark database: BENCH_DATABASE / BENCH_DATA_DIR are reused (and kept) when given. */
export async function openBenchDatabase(url: string | undefined): Promise<{ database: Database; dataDir: string; drop: () => Promise<void> }> {
  if (url) {
    const name = process.env.BENCH_DATABASE ?? `ingo_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openPostgres(target.toString(), 4);
    const keep = Boolean(process.env.BENCH_DATABASE);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-bench-files-'));
    return {
      database,
      dataDir,
      drop: async () => {
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
        if (keep) return;
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-bench-registry-'));
  const database = await openPglite({ dataDir: path.join(dataDir, 'pg') });
  return {
    database,
    dataDir,
    drop: async () => {
      await database.close();
      if (!process.env.BENCH_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The filters the service derives from a request (see organizations-search.service runSearch). */
function filtersOf(params: Record<string, string>, today: string) {
  const q = params.q?.normalize('NFC').replace(/[%_\\]/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
  const sort = (params.sort ?? (q ? 'relevance' : 'name')) as search.SortOrder;
  const after = params.cursor ? (JSON.parse(Buffer.from(params.cursor, 'base64url').toString('utf8')).k as search.Keyset) : null;
  const filters: search.SearchFilters = {
    q,
    province: params.province,
    field: params.field,
    country: params.country,
    type: params.type as search.SearchFilters['type'],
    status: params.status as search.SearchFilters['status'],
    expiringWithinDays: params.expiringWithinDays ? Number(params.expiringWithinDays) : undefined,
    legacy: params.legacy ? params.legacy === 'true' : undefined,
    today,
    scope: { kind: 'all' },
    requireCertificate: false,
    searchPeople: true,
    fuzzy: !/\d/.test(q ?? ''),
  };
  return { filters, sort, after };
}

/** Runs the suite on one database kind and returns its report section. */
export async function runRegistrySearchBench(url: string | undefined): Promise<string[]> {
  const started = Date.now();
  const { database, dataDir, drop } = await openBenchDatabase(url);
  const kind = database.kind;
  await runMigrations(database);
  const { app, cookie } = await signedInApp(database, dataDir);
  let generation = 'reused an existing synthetic register';
  const present = await countSyntheticOrganizations(database.db);
  if (present !== ORGS) {
    console.log(`Generating ${ORGS} synthetic NGOs into ${kind}…`);
    const report = await seedSyntheticRegistry(database, { organizations: ORGS, seed: 1, resetSynthetic: present > 0, onProgress: (done) => done % 20_000 === 0 && console.log(`  ${done}`) });
    const c = report.counts;
    generation = `generated in ${(report.ms.total / 1000).toFixed(0)} s (${(report.ms.generate / 1000).toFixed(0)} s generating, ${(report.ms.insert / 1000).toFixed(0)} s inserting, ${(report.ms.analyze / 1000).toFixed(0)} s vacuum analyze): ${c.organizations} NGOs, ${c.certificates} certificates, ${c.versions} certificate versions, ${c.decisions} decisions, ${c.people} people, ${c.snapshots} profile snapshots`;
    console.log(generation);
  }
  // A reused register may just have been migrated (new columns, tables): PGlite has no autovacuum to give the
  // planner statistics for them, so analyze the look-up's tables before timing anything.
  await database.db.execute(sql`analyze organization_search, search_word, search_word_variant`);
  const size = database.kind === 'postgres' ? ((await database.db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as s`)) as unknown as { rows: { s: string }[] }).rows[0]!.s : null;
  const today = vnDateOf(new Date());
  const mix = await buildQueryMix(database.db, ORGS);
  const relevance = mix[1]!;
  let cursor: string | null = null;
  for (let page = 0; page < 2; page++) {
    const res: { json(): { nextCursor: string | null } } = await app.inject({ method: 'GET', url: `/api/v1/organizations?${new URLSearchParams({ ...relevance.params, ...(cursor ? { cursor } : {}) })}`, headers: { cookie } });
    cursor = res.json().nextCursor;
  }
  if (cursor) mix.push({ label: 'English name, three words: page 3 (keyset)', kind: 'deep page', params: { ...relevance.params, cursor } });

  const get = (path: string, params: Record<string, string>) => async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/organizations${path}?${new URLSearchParams(params)}`, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${path} ${JSON.stringify(params)}: ${res.statusCode} ${res.body}`);
  };
  const countParams = (params: Record<string, string>) => Object.fromEntries(Object.entries(params).filter(([k]) => !['sort', 'cursor', 'limit'].includes(k)));
  // "Raw" sends the statements the service sends, straight through the driver: for the look-up, the page
  // statements and the list details; for the counts, the one counting statement.
  const rawPage = (query: BenchQuery) => async () => {
    const { filters, sort, after } = filtersOf(query.params, today);
    const hits = await search.selectSearchPage(database.db, filters, sort, after, 20);
    await selectListDetails(database.db, hits.slice(0, 20).map((h) => h.id));
  };
  const rawCounts = (query: BenchQuery) => () => facets.selectTotalAndFacets(database.db, filtersOf(query.params, today).filters);
  const times = new Map<string, Record<Mode, number[]>>(mix.map((m) => [m.label, empty()]));
  const runOnce = async (query: BenchQuery, record: boolean) => {
    const t = times.get(query.label)!;
    const sample: Record<Mode, number> = { rawPage: await timed(rawPage(query)), page: await timed(get('', query.params)), rawFacets: 0, facets: 0, facetsWarm: 0 };
    sample.rawFacets = await timed(rawCounts(query));
    facetCache.enabled = false;
    sample.facets = await timed(get('/facets', countParams(query.params)));
    facetCache.enabled = true;
    await get('/facets', countParams(query.params))(); // fills the cache for this request
    sample.facetsWarm = await timed(get('/facets', countParams(query.params)));
    if (record) for (const m of MODES) t[m].push(sample[m]);
  };
  console.log(`Query mix: ${mix.length} requests; warm-up round…`);
  for (const query of mix) await runOnce(query, false);
  let rounds = 0;
  for (; rounds < ROUNDS && Date.now() - started < MAX_MINUTES * 60_000; rounds++) {
    for (const query of mix) await runOnce(query, true);
    console.log(`  round ${rounds + 1} done`);
  }
  await app.close();
  await drop();

  const all = empty();
  const byKind = new Map<string, Record<Mode, number[]>>();
  for (const query of mix) {
    const t = times.get(query.label)!;
    const k = byKind.get(query.kind) ?? empty();
    for (const m of MODES) {
      k[m].push(...t[m]);
      all[m].push(...t[m]);
    }
    byKind.set(query.kind, k);
  }
  const o = Object.fromEntries(MODES.map((m) => [m, summarize(all[m])])) as Record<Mode, ReturnType<typeof summarize>>;
  const target = TARGET_P95[kind];
  const verdict = (p95: number) => (p95 <= target ? `meets the ${target} ms p95 target` : `misses the ${target} ms p95 target`);
  const cell = (t: number[]) => {
    const { p50, p95 } = summarize(t);
    return `${ms(p50)} / ${ms(p95)}`;
  };
  const ratio = (api: number[], raw: number[]) => `${(summarize(api).p50 / summarize(raw).p50).toFixed(2)}`;
  const row = (label: string, t: Record<Mode, number[]>) =>
    `| ${label} | ${cell(t.rawPage)} | ${cell(t.page)} | ${ratio(t.page, t.rawPage)} | ${cell(t.rawFacets)} | ${cell(t.facets)} | ${cell(t.facetsWarm)} |`;
  const header = ['| | look-up, raw | look-up, API | API ÷ raw | counts, raw | counts, API cold | counts, API cached |', '|---|---|---|---|---|---|---|'];
  return [
    `### Registry search at ${ORGS.toLocaleString('en')} NGOs — ${kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} — ${new Date().toISOString().slice(0, 10)} (organization_search, counts split off)`,
    '',
    `Machine: ${machineLine()}. Synthetic register (\`npm run seed:synthetic\`, seed 1) ${generation}${size ? `; database ${size}` : ''}.`,
    '',
    `${rounds} rounds over ${mix.length} requests after one warm-up round, one request at a time. The look-up is one page (ADR 0012): **look-up, API** = \`GET /api/v1/organizations\` through Fastify inject as mofa.officer (session, access policy, validation, search, list details, presenter with highlights, serialization); **look-up, raw** = the same statements (page tiers, list details) sent straight through the driver. The counts are their own request, which the web client sends in parallel: **counts, raw** = the counting statement through the driver; **counts, API cold** = \`GET /api/v1/organizations/facets\` with the count cache off; **counts, API cached** = the same request just answered (registry stamp unchanged). Cells are p50 / p95 in ms; the ratio compares p50s.`,
    '',
    `**Look-up (the target), whole mix (${o.page.n} samples):** API ${ms(o.page.p50)} / ${ms(o.page.p95)} ms (${verdict(o.page.p95)}); raw ${ms(o.rawPage.p50)} / ${ms(o.rawPage.p95)}; API ÷ raw ${(o.page.p50 / o.rawPage.p50).toFixed(2)} at p50, ${(o.page.p95 / o.rawPage.p95).toFixed(2)} at p95 (target ≤ 1.5).`,
    '',
    `**Counts (separate request), whole mix:** API cold ${ms(o.facets.p50)} / ${ms(o.facets.p95)} ms (raw ${ms(o.rawFacets.p50)} / ${ms(o.rawFacets.p95)}); API cached ${ms(o.facetsWarm.p50)} / ${ms(o.facetsWarm.p95)} ms.`,
    '',
    header[0]!.replace('| |', '| class |'),
    header[1]!,
    ...[...byKind.entries()].map(([k, t]) => row(k, t)),
    '',
    header[0]!.replace('| |', '| request |'),
    header[1]!,
    ...mix.map((query) => row(`${query.label} \`${new URLSearchParams(query.params).toString().slice(0, 60).replace(/\|/g, '%7C')}\``, times.get(query.label)!)),
    '',
  ];
}
