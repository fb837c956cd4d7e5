import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { getConsultationClock } from './settings.service';

// Issue 6 §1: the mapping field → ministries and province → focal unit is configuration an administrator edits,
// with the 2025 ministry mergers handled (a merged ministry is refused, its successor named).
let t: TestApp;
let admin: Session;
const url = '/api/v1/admin/settings/consultation';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const current = async () => (await admin.request('GET', url)).json();

describe('the consultation configuration page', () => {
  it('shows the configuration in force, with a focal unit for each of the 34 provinces', async () => {
    const res = await admin.request('GET', url);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body.provinceFocalUnits)).toHaveLength(34);
    expect(body.provinceFocalUnits['46']).toBe('PROV-46');
    expect(body).toMatchObject({ fieldMinistries: { health: ['MOH'] }, onMissedDeadline: 'no_reply', replyWorkingDays: 10, reminderOffsets: [-3, 0, 2] });
  });

  it('is for system administrators only', async () => {
    const officer = await t.login('mofa.officer');
    expect((await officer.request('GET', url)).statusCode).toBe(403);
    expect((await officer.request('PUT', url, await current())).statusCode).toBe(403);
  });

  it('refuses a merged ministry naming its successor, unknown units, fields and provinces, each with its message (422)', async () => {
    const body = await current();
    body.fieldMinistries.education = ['MPI'];
    body.fieldMinistries.astrology = ['MOH'];
    body.fieldMinistries.health = ['MOH', 'XYZ'];
    body.provinceFocalUnits['99'] = 'PROV-46';
    body.provinceFocalUnits['46'] = 'MOH';
    const res = await admin.request('PUT', url, body);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('invalid_settings');
    const fields = res.json().error.details.fields as { path: string; code: string; message: { vi: string; en: string } }[];
    const byPath = new Map(fields.map((f) => [f.path, f]));
    expect(byPath.get('fieldMinistries.education.0')!.message.vi).toMatch(/Bộ Kế hoạch và Đầu tư \(MPI\).*kế thừa: Bộ Tài chính \(MOF\)/);
    expect(byPath.get('fieldMinistries.education.0')!.message.en).toMatch(/successor is .*\(MOF\)/);
    expect(byPath.get('fieldMinistries.astrology')!.code).toBe('unknown_field');
    expect(byPath.get('fieldMinistries.health.1')!.code).toBe('unknown_unit');
    expect(byPath.get('provinceFocalUnits.99')!.code).toBe('unknown_province');
    expect(byPath.get('provinceFocalUnits.46')!.code).toBe('wrong_unit_kind');
    expect(fields).toHaveLength(5);
    expect((await current()).fieldMinistries.education).toEqual(['MOET']);
  });

  it('saves a valid configuration and audits it before and after', async () => {
    const body = await current();
    body.fieldMinistries.education = ['MOET', 'MOHA'];
    body.onMissedDeadline = 'deemed_agreement';
    const res = await admin.request('PUT', url, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fieldMinistries: { education: ['MOET', 'MOHA'] }, onMissedDeadline: 'deemed_agreement' });
    expect((await current()).onMissedDeadline).toBe('deemed_agreement');
    const audit = (await admin.request('GET', '/api/v1/admin/audit?action=settings.consultation_updated')).json().items as { before: { fieldMinistries: Record<string, string[]> }; after: { fieldMinistries: Record<string, string[]> } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before.fieldMinistries.education).toEqual(['MOET']);
    expect(audit[0]!.after.fieldMinistries.education).toEqual(['MOET', 'MOHA']);
  });

  it('the reply clock the requests and reminders read follows the saved period and reminder days', async () => {
    const body = await current();
    body.replyWorkingDays = 12;
    body.reminderOffsets = [-5, 0];
    expect((await admin.request('PUT', url, body)).statusCode).toBe(200);
    expect(await getConsultationClock(t.deps.db)).toEqual({ replyWorkingDays: 12, reminderOffsets: [-5, 0], onMissedDeadline: 'deemed_agreement' });
  });

  it('refuses an out-of-range reply period with 400', async () => {
    const body = await current();
    body.replyWorkingDays = 0;
    expect((await admin.request('PUT', url, body)).statusCode).toBe(400);
  });
});
