import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../audit/audit.tables';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let mofa: Session;
let hue: Session;
let police: Session;
type Task = { id: string; code: string; programCode: string; groupNo: number; abilities: { update: boolean }; myUpdate: { status: string } | null; updates: { unit: { code: string }; status: string }[]; sourceNotice: { vi: string } | null };

beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
  hue = await t.login('hue.focal');
  police = await t.login('police.focal');
});
afterAll(async () => t?.close());

const list = async (s: Session, query = '') => {
  const res = await s.request('GET', `/api/v1/action-tasks${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Task[];
};

describe('action-program tasks', () => {
  it('lists the 7 groups of the Resolution 100 seed with the verify notice, and Huế sees its own plan', async () => {
    const items = await list(hue, '?program=NQ100-CP');
    expect(new Set(items.map((i) => i.groupNo))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(items[0]!.sourceNotice!.vi).toContain('đối chiếu');
    const mine = await list(hue, '?mine=true');
    expect(mine.map((i) => i.code)).toEqual(expect.arrayContaining(['6.1', '6.2', 'H1']));
    expect(mine.every((i) => i.abilities.update)).toBe(true);
    expect((await list(police)).some((i) => i.programCode.startsWith('PROVINCE-46'))).toBe(false);
    expect((await list(hue, '?group=5')).map((i) => i.code)).toEqual(['5.1', '5.2', '5.3']);
  });

  it('lets a responsible unit update status and progress (audited); the latest update is current', async () => {
    const task = (await list(hue, '?program=NQ100-CP')).find((i) => i.code === '6.2')!;
    let res = await hue.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'in_progress', progressPercent: 40, note: 'Đã gửi văn bản đến các sở', evidence: [{ url: 'https://hue.gov.vn/van-ban/1', fileName: 'Công văn 123' }] });
    expect(res.statusCode, res.body).toBe(201);
    res = await hue.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'done', progressPercent: 100 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'done', unit: { code: 'PROV-46' } });
    const after = (await list(hue, '?status=done')).map((i) => i.code);
    expect(after).toEqual(['6.2']);
    const history = (await hue.request('GET', `/api/v1/action-tasks/${task.id}/updates`)).json().items;
    expect(history.map((u: { status: string }) => u.status)).toEqual(['done', 'in_progress']);
    const audits = await t.deps.db.select().from(auditEvent).where(and(eq(auditEvent.action, 'action_task.update'), eq(auditEvent.entityId, task.id)));
    expect(audits).toHaveLength(2);
    const mofaView = (await list(mofa, '?program=NQ100-CP')).find((i) => i.code === '6.2')!;
    expect(mofaView.updates.map((u) => `${u.unit.code}:${u.status}`)).toEqual(['PROV-46:done']);
  });

  it('answers 403 to a unit that is not responsible, and audits the attempt', async () => {
    const task = (await list(police, '?program=NQ100-CP')).find((i) => i.code === '7.2')!;
    expect(task.abilities.update).toBe(false);
    const res = await police.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'done', progressPercent: 100 });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('not_responsible_unit');
    const audits = await t.deps.db.select().from(auditEvent).where(and(eq(auditEvent.action, 'action_task.update_refused'), eq(auditEvent.entityId, task.id)));
    expect(audits).toHaveLength(1);
  });

  it('validates progress and refuses "done" below 100 %', async () => {
    const task = (await list(police, '?program=NQ100-CP')).find((i) => i.code === '5.1')!;
    expect((await police.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'in_progress', progressPercent: 140 })).statusCode).toBe(400);
    const res = await police.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'done', progressPercent: 50 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('progressPercent');
  });

  it('stores an evidence file checked by content and serves it to the unit and MOFA only', async () => {
    const task = (await list(police, '?program=NQ100-CP')).find((i) => i.code === '5.1')!;
    const boundary = '----ingo';
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/action-tasks/${task.id}/evidence`, headers: { cookie: police.cookie, 'x-csrf-token': police.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(up.statusCode, up.body).toBe(201);
    const res = await police.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'in_progress', progressPercent: 30, evidence: [up.json()] });
    expect(res.statusCode, res.body).toBe(201);
    const updateId = res.json().id;
    const url = `/api/v1/action-tasks/${task.id}/updates/${updateId}/evidence/0`;
    expect((await police.request('GET', url)).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await mofa.request('GET', url)).statusCode).toBe(200);
    expect((await hue.request('GET', url)).statusCode).toBe(404);
    const forged = await police.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'in_progress', progressPercent: 30, evidence: [{ ...up.json(), key: 'action-evidence/other/00000000-0000-4000-8000-000000000000' }] });
    expect(forged.statusCode).toBe(400);
  });

  it("lets a province add a task to its own plan, not a ministry", async () => {
    const body = { code: 'H9', groupNo: 1, groupTitleVi: 'Kế hoạch của thành phố Huế', titleVi: 'Tập huấn cho cán bộ xã, phường', expectedOutputVi: 'Lớp tập huấn', deadlineOn: '2026-11-15' };
    const res = await hue.request('POST', '/api/v1/action-tasks', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().programCode).toMatch(/^PROVINCE-46-\d{4}$/);
    expect((await hue.request('POST', '/api/v1/action-tasks', body)).statusCode).toBe(409);
    expect((await police.request('POST', '/api/v1/action-tasks', body)).statusCode).toBe(403);
  });
});

describe('the province report follows its task updates', () => {
  type TaskRow = { code: string; status: string; progressPercent: number; note: string | null };
  const taskRow = (content: { taskStatus: TaskRow[] }, code: string) => content.taskStatus.find((r) => r.code === code)!;

  it('shows an update made after the draft was started when the draft is read, saved and submitted', async () => {
    const { reportingYear } = (await hue.request('GET', '/api/v1/action-tasks?mine=true')).json() as { reportingYear: number };
    const created = await mofa.request('POST', '/api/v1/report-campaigns', { form: 'province_annual', reportingYear, obligated: 'provinces' });
    expect(created.statusCode, created.body).toBe(201);
    const mine = (await hue.request('GET', '/api/v1/my/reports')).json().items as { obligationId: string; campaign: { code: string } }[];
    const id = mine.find((r) => r.campaign.code === `province_annual-${reportingYear}`)!.obligationId;
    const started = await hue.request('POST', `/api/v1/reports/${id}/draft`, {});
    expect(started.statusCode, started.body).toBe(200);
    const stale = started.json().content;
    expect(taskRow(stale, 'H2')).toMatchObject({ status: 'not_started', progressPercent: 0 });

    const task = (await list(hue, '?mine=true')).find((i) => i.code === 'H2')!;
    const update = await hue.request('POST', `/api/v1/action-tasks/${task.id}/updates`, { status: 'in_progress', progressPercent: 60, note: 'Đã rà soát 20 xã, phường' });
    expect(update.statusCode, update.body).toBe(201);
    const expected = { status: 'in_progress', progressPercent: 60, note: 'Đã rà soát 20 xã, phường' };

    // Read: the draft shows the update.
    expect(taskRow((await hue.request('GET', `/api/v1/reports/${id}`)).json().draft.content, 'H2')).toMatchObject(expected);
    // Saved with the page's stale copy: the server keeps the latest updates.
    const saved = await hue.request('PUT', `/api/v1/reports/${id}/draft`, { content: { ...stale, assessment: 'Tốt' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(taskRow(saved.json().content, 'H2')).toMatchObject(expected);
    const submitted = await hue.request('POST', `/api/v1/reports/${id}/submit`, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(taskRow(submitted.json().version.content, 'H2')).toMatchObject(expected);
  });
});
