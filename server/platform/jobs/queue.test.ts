import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client';
import { startJobQueue, type JobDefinition } from './queue';

const silent = { info() {}, warn() {}, error() {}, debug() {}, fatal() {}, trace() {}, child() { return silent; }, level: 'silent', silent() {} } as never;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-jobs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pg-boss inside the process on embedded PGlite', () => {
  it('keeps a cron schedule and a delayed job across a restart, and runs the job after the restart', async () => {
    const ran: unknown[] = [];
    const jobs: JobDefinition[] = [
      { name: 'sessions.purge', cron: '*/15 * * * *', handler: async () => 'ok' },
      { name: 'test.later', handler: async (data) => ran.push(data) },
    ];
    // first run: declare the schedule and queue a job due in 2 seconds, then stop before it is due
    let database = await openPglite({ dataDir: dir });
    let queue = await startJobQueue(database, jobs, silent, { pollingIntervalSeconds: 0.5 });
    await queue.send('test.later', { n: 1 }, { startAfter: new Date(Date.now() + 2000) });
    await queue.stop();
    await database.close();
    expect(ran).toEqual([]);

    // restart on the same data directory, without re-declaring the cron: it is still there
    database = await openPglite({ dataDir: dir });
    queue = await startJobQueue(database, [jobs[1]!], silent, { pollingIntervalSeconds: 0.5 });
    const schedules = await queue.boss.getSchedules('sessions.purge');
    expect(schedules.map((s) => s.cron)).toEqual(['*/15 * * * *']);
    await expect.poll(() => ran, { timeout: 15_000, interval: 250 }).toEqual([{ n: 1 }]);
    await queue.stop();
    await database.close();
  });
});
