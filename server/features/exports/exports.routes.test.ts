import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportingData } from '../../../bench/reporting-data';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';
import { registerExporter } from './exports.registry';

let t: TestApp;
let mofa: Session;
let hue: Session;
let ngo: Session;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date('2026-11-23T03:00:00Z')) });
  [mofa, hue, ngo] = [await t.login('mofa.officer'), await t.login('hue.focal'), await t.login('ngo.demo')];
  await generateReportingData(t.deps.db, { years: [2023] });
  registerExporter(
    'test_failing',
    async (_deps, _params, _actor, onProgress) => {
      await onProgress(40);
      throw new Error('the exporter broke');
    },
    { permission: 'reports:read' },
  );
}, 180_000);
afterAll(async () => t?.close());

/** Polls the job until it leaves queued/running (the test app has no worker: the export runs in-process). */
async function waitFor(session: Session, id: string) {
  for (let i = 0; i < 200; i++) {
    const res = await session.request('GET', `/api/v1/exports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('export did not finish');
}

const load = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};

describe('background exports', () => {
  it('runs the dashboard export to done with progress 100; the file opens with one sheet per table', async () => {
    const start = await mofa.request('POST', '/api/v1/exports', { kind: 'dashboard_xlsx', params: {} });
    expect(start.statusCode, start.body).toBe(202);
    expect(start.json()).toMatchObject({ status: 'queued', progress: 0, downloadUrl: null });
    const job = await waitFor(mofa, start.json().id);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ status: 'done', progress: 100, fileName: 'ingo-dashboard-2026-11-23.xlsx', downloadUrl: `/api/v1/exports/${job.id}/file` });
    const file = await mofa.request('GET', job.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = await load(file.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Tổ chức theo tỉnh, thành phố');
    expect(workbook.worksheets.length).toBe(8);
  });

  it('streams every NGO’s reported aid of a year, one row per NGO', async () => {
    const start = await mofa.request('POST', '/api/v1/exports', { kind: 'aid_by_ngo_xlsx', params: { year: 2023 } });
    expect(start.statusCode, start.body).toBe(202);
    const job = await waitFor(mofa, start.json().id);
    expect(job.status, job.error).toBe('done');
    expect(job.progress).toBe(100);
    const workbook = await load((await mofa.request('GET', job.downloadUrl)).rawPayload);
    const sheet = workbook.worksheets[0]!;
    const result = (await t.deps.db.execute(sql`select count(distinct organization_id)::int as n from report_aid_line where current and source = 'ngo' and reporting_year = 2023`)) as unknown as { rows: { n: number }[] };
    expect(sheet.rowCount - 1).toBe(result.rows[0]!.n);
    expect(sheet.getRow(1).values).toContain('Cam kết (USD)');
  });

  it('answers 404 to another user for the job and its file', async () => {
    const start = await mofa.request('POST', '/api/v1/exports', { kind: 'dashboard_xlsx', params: { lang: 'en' } });
    const job = await waitFor(mofa, start.json().id);
    expect((await hue.request('GET', `/api/v1/exports/${job.id}`)).statusCode).toBe(404);
    expect((await hue.request('GET', `/api/v1/exports/${job.id}/file`)).statusCode).toBe(404);
    expect((await mofa.request('GET', `/api/v1/exports/${job.id}/file`)).statusCode).toBe(200);
  });

  it('marks the job failed with the exporter’s error', async () => {
    const start = await mofa.request('POST', '/api/v1/exports', { kind: 'test_failing', params: {} });
    const job = await waitFor(mofa, start.json().id);
    expect(job).toMatchObject({ status: 'failed', error: 'the exporter broke', downloadUrl: null });
    expect((await mofa.request('GET', `/api/v1/exports/${job.id}/file`)).statusCode).toBe(404);
  });

  it('refuses an unknown kind or bad params (400) and a kind the user may not export (403)', async () => {
    expect((await mofa.request('POST', '/api/v1/exports', { kind: 'nothing_here', params: {} })).statusCode).toBe(400);
    const bad = await mofa.request('POST', '/api/v1/exports', { kind: 'aid_by_ngo_xlsx', params: { year: 'last' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('params.year');
    expect((await ngo.request('POST', '/api/v1/exports', { kind: 'dashboard_xlsx', params: {} })).statusCode).toBe(403);
    expect((await t.anonymous('POST', '/api/v1/exports', { kind: 'dashboard_xlsx', params: {} })).statusCode).toBe(401);
  });
});
