import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobQueue, type JobQueue } from '../../platform/jobs/queue';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { registryImportJobs } from './registry-import.jobs';
import { goodRow, upload, xlsxFile } from './registry-import.test-support';

let t: TestApp;
let mofa: Session;
let queue: JobQueue;
beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
  queue = await startJobQueue(t.db.database, registryImportJobs(t.deps), t.app.log, { schedule: false, pollingIntervalSeconds: 0.5 });
  t.deps.jobs = queue;
});
afterAll(async () => {
  await queue?.stop();
  await t?.close();
});

const status = async (id: string) => (await mofa.request('GET', `/api/v1/registry-imports/${id}`)).json();

describe('bulk import with the job worker running (as in production)', () => {
  it('checks the file in a background job, showing progress, then commits in a background job', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => goodRow(i + 1));
    rows[599] = { ...rows[599], areas: 'Hà Tây' };
    const res = await upload(t, mofa, await xlsxFile(rows), 'large.xlsx');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'validating', totalRows: 600 });
    await expect.poll(async () => (await status(res.json().id)).status, { timeout: 30_000, interval: 100 }).toBe('validated');
    expect(await status(res.json().id)).toMatchObject({ processedRows: 600, errorRows: 1, planned: { create: 599 } });

    const clean = await upload(t, mofa, await xlsxFile(rows.slice(0, 20)), 'small.xlsx');
    await expect.poll(async () => (await status(clean.json().id)).status, { timeout: 30_000, interval: 100 }).toBe('validated');
    const commit = await mofa.request('POST', `/api/v1/registry-imports/${clean.json().id}/commit`);
    expect(commit.statusCode).toBe(202);
    expect(commit.json().status).toBe('committing');
    await expect.poll(async () => (await status(clean.json().id)).status, { timeout: 30_000, interval: 200 }).toBe('committed');
    expect((await status(clean.json().id)).result).toEqual({ created: 20, updated: 0, unchanged: 0 });
  }, 90_000);
});
