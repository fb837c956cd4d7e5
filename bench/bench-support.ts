// Helpers shared by the benchmark suites: timing, percentiles, a signed-in app, the report file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type App } from '../server/app';
import { loadConfig } from '../server/config/env';
import { seedDemoData } from '../server/features/demo/demo.seed';
import { systemClock } from '../server/platform/clock';
import type { Database } from '../server/platform/db/client';
import type { Deps } from '../server/platform/deps';
import { localDiskStorage } from '../server/platform/storage/storage';

const PASSWORD = 'Bench-Passw0rd!2026';
const CHANGED_PASSWORD = 'Bench-Changed!2026x';

/** The value at percentile `p` of ascending `sorted` (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50 and p95 of a list of timings (ms). */
export function summarize(times: readonly number[]): { p50: number; p95: number; n: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

/** Milliseconds taken by `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `ms` with two decimals below 10 ms, one below 1000 ms, none above. */
export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : value.toFixed(0));

/** CPU, memory, Node version, and the load average (other work on the machine skews every number). */
export function machineLine(): string {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load} (1 / 5 / 15 min)`;
}

/** The app over `database` with the demo accounts, and a cookie of mofa.officer (password already changed). */
export async function signedInApp(database: Database, dataDir: string): Promise<{ app: App; deps: Deps; cookie: string }> {
  const config = loadConfig({ SEED_DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...(database.url ? { DATABASE_URL: database.url } : {}) });
  const deps: Deps = { config, database, db: database.db, clock: systemClock, jobs: null, log: console as never, storage: localDiskStorage(config.uploadsDir) };
  const app = await buildApp(deps, { logger: false });
  await seedDemoData(deps);
  let login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mofa.officer', password: PASSWORD } });
  // A reused database (BENCH_DATABASE / BENCH_DATA_DIR) already has the changed password.
  if (login.statusCode === 401) login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mofa.officer', password: CHANGED_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
  let cookie = `ingo_sid=${login.cookies.find((c) => c.name === 'ingo_sid')!.value}`;
  if (login.json().mustChangePassword) {
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: { cookie, 'x-csrf-token': login.json().user.csrfToken },
      payload: { currentPassword: PASSWORD, newPassword: CHANGED_PASSWORD },
    });
    cookie = `ingo_sid=${changed.cookies.find((c) => c.name === 'ingo_sid')!.value}`;
  }
  return { app, deps, cookie };
}

const HEADER = '# Benchmarks\n\nWritten by `npm run bench` (newest first). Timing targets live here, never in unit tests.\n\n';

/** Prepends a section to docs/benchmarks.md, keeping everything already there. */
export function prependToReport(lines: readonly string[]): void {
  const file = path.resolve('docs/benchmarks.md');
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(HEADER, '') : '';
  fs.writeFileSync(file, HEADER + lines.join('\n') + '\n' + previous);
}
