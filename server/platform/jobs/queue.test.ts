import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/global-setup';
import { openPglite, openPostgres, type Database } from '../db/client';
import { startJobQueue, type JobDefinition } from './queue';

const silent = { info() {}, warn() {}, error() {}, debug() {}, fatal() {}, trace() {}, child() { return silent; }, level: 'silent', silent() {} } as never;

/** A database that can be closed and opened again (a restart): a PGlite directory, or a throw-away PostgreSQL database. */
async function restartableDatabase(): Promise<{ open(): Promise<Database>; cleanup(): Promise<void> }> {
  const base = inject('pgBaseUrl');
  if (!base) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-jobs-'));
    return { open: () => openPglite({ dataDir: dir }), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `ingo_jobs_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  return {
    open: () => openPostgres(withDatabase(base, name), 2),
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe('pg-boss job queue (inside the server process in embedded mode)', () => {
  it('keeps a cron schedule and a delayed job across a restart, and runs the job after the restart', async () => {
    const target = await restartableDatabase();
    try {
      const ran: unknown[] = [];
      const jobs: JobDefinition[] = [
        { name: 'sessions.purge', cron: '*/15 * * * *', handler: async () => 'ok' },
        { name: 'test.later', handler: async (data) => ran.push(data) },
      ];
      // first run: declare the schedule and queue a job due in 2 seconds, then stop before it is due
      let database = await target.open();
      let queue = await startJobQueue(database, jobs, silent, { pollingIntervalSeconds: 0.5 });
      await queue.send('test.later', { n: 1 }, { startAfter: new Date(Date.now() + 2000) });
      await queue.stop();
      await database.close();
      expect(ran).toEqual([]);

      // restart on the same database without re-declaring the cron: the schedule is still there
      database = await target.open();
      queue = await startJobQueue(database, [jobs[1]!], silent, { pollingIntervalSeconds: 0.5 });
      const schedules = await queue.boss.getSchedules('sessions.purge');
      expect(schedules.map((s) => s.cron)).toEqual(['*/15 * * * *']);
      await expect.poll(() => ran, { timeout: 15_000, interval: 250 }).toEqual([{ n: 1 }]);
      await queue.stop();
      await database.close();
    } finally {
      await target.cleanup();
    }
  });
});
