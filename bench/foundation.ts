// Foundation requests: latency inside the server (Fastify inject, full stack: session, policy, validation,
// serialization) against the same query sent raw through the driver, on a fresh embedded database or DATABASE_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../server/platform/db/client';
import { runMigrations } from '../server/platform/db/migrate';
import { machineLine, signedInApp, summarize, timed } from './bench-support';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

/** Runs the foundation suite and returns its report section. */
export async function runFoundationBench(url: string | undefined): Promise<string[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-bench-'));
  const database = url ? await openPostgres(url) : await openPglite({ dataDir: path.join(tmp, 'pg') });
  await runMigrations(database);
  const { app, cookie } = await signedInApp(database, tmp);
  const measure = async (label: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await fn(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) times.push(await timed(fn));
    return { label, ...summarize(times) };
  };
  const results = [
    await measure('GET /api/v1/reference/provinces (API)', () => app.inject({ method: 'GET', url: '/api/v1/reference/provinces', headers: { cookie } })),
    await measure('select provinces (raw driver)', () => database.db.execute(sql`select code, name_vi, name_en, kind from province order by sort_order`)),
    await measure('GET /api/v1/auth/me (API, session lookup)', () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })),
    await measure('GET /readyz (API)', () => app.inject({ method: 'GET', url: '/readyz' })),
  ];
  await app.close();
  await database.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  return [
    `### Foundation requests — ${database.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${machineLine()}. ${ITERATIONS} iterations after 20 warm-up calls, one at a time.`,
    '',
    '| measurement | p50 ms | p95 ms |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.label} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`),
    '',
  ];
}
