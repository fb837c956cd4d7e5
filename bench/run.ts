// `npm run bench`: measures request latency inside the server (Fastify inject, full stack: session, policy,
// validation, serialization) against the same query sent raw through the driver, on the embedded database
// (or on DATABASE_URL). Results are printed and written to docs/benchmarks.md. Never part of `npm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config/env';
import { seedDemoData } from '../server/features/demo/demo.seed';
import { systemClock } from '../server/platform/clock';
import { openPglite, openPostgres } from '../server/platform/db/client';
import { runMigrations } from '../server/platform/db/migrate';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const PASSWORD = 'Bench-Passw0rd!2026';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p95: percentile(times, 95) };
}

const url = process.env.DATABASE_URL;
const tmp = url ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-bench-'));
const database = url ? await openPostgres(url) : await openPglite({ dataDir: path.join(tmp!, 'pg') });
await runMigrations(database);
const config = loadConfig({ SEED_DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent', ...(url ? { DATABASE_URL: url } : {}) });
const deps = { config, database, db: database.db, clock: systemClock, jobs: null, log: console as never };
const app = await buildApp(deps, { logger: false });
await seedDemoData(deps);

const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mofa.officer', password: PASSWORD } });
let cookie = `ingo_sid=${login.cookies.find((c) => c.name === 'ingo_sid')!.value}`;
const changed = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/change-password',
  headers: { cookie, 'x-csrf-token': login.json().user.csrfToken },
  payload: { currentPassword: PASSWORD, newPassword: 'Bench-Changed!2026x' },
});
cookie = `ingo_sid=${changed.cookies.find((c) => c.name === 'ingo_sid')!.value}`;

const results = [
  await measure('GET /api/v1/reference/provinces (API)', () => app.inject({ method: 'GET', url: '/api/v1/reference/provinces', headers: { cookie } })),
  await measure('select provinces (raw driver)', () => database.db.execute(sql`select code, name_vi, name_en, kind from province order by sort_order`)),
  await measure('GET /api/v1/auth/me (API, session lookup)', () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })),
  await measure('GET /readyz (API)', () => app.inject({ method: 'GET', url: '/readyz' })),
];
await app.close();
await database.close();
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const lines = [
  `### Foundation requests — ${database.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} — ${new Date().toISOString().slice(0, 10)}`,
  '',
  `Machine: ${machine}. ${ITERATIONS} iterations after 20 warm-up calls, one at a time.`,
  '',
  '| measurement | p50 ms | p95 ms |',
  '|---|---|---|',
  ...results.map((r) => `| ${r.label} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`),
  '',
];
console.log(lines.join('\n'));
const file = path.resolve('docs/benchmarks.md');
const header = '# Benchmarks\n\nWritten by `npm run bench` (newest first). Timing targets live here, never in unit tests.\n\n';
const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(header, '') : '';
fs.writeFileSync(file, header + lines.join('\n') + '\n' + previous);
