import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, NEW_PASSWORD, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, uploadRequired } from '../dossiers/dossier-test-support';
import { sendConsultationReminders } from './consultation-reminders.service';

// Decree 58/2022 Art. 11(2): COMINGO asks the agencies; each answers within 10 working days of the request.
// The clock starts on Mon 1 Feb 2027, just before Tết 2027 (no work Fri 5 – Thu 11 Feb): replies are due Mon 22 Feb.
const clock = fixedClock(new Date('2027-02-01T03:00:00Z'));
const at = (day: string) => clock.set(new Date(`${day}T03:00:00Z`));
/** Signs in again after the clock jumped past the session's idle limit (the password was changed at first login). */
const relogin = (username: string) => t.login(username, { password: NEW_PASSWORD });
let t: TestApp;
let ngo: Session;
let officer: Session;
let hue: Session;
let huePolice: Session;
let police: Session;
let dossierId: string;

type Matrix = { status: string; proposal: { consultees: { unitCode: string; reasons: { kind: string }[] }[] } | null; rows: { request: { id: string; unit: { code: string }; dueOn: string; timeliness: string }; reply: { position: string; late: boolean } | null }[] };

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, status = 200) {
  const res = await session.request(method, url, body as never);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  [ngo, officer, hue, huePolice, police] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer'), t.login('hue.focal'), t.login('hue.police'), t.login('police.focal')]);
  const created = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: { ...issueApplication('Leipzig Kinderhilfe'), fieldCodes: ['health'] } });
  dossierId = created.json().id;
  await uploadRequired(t, ngo, dossierId);
  await ok(ngo, 'POST', `/api/v1/dossiers/${dossierId}/actions`, { action: 'submit' });
  await ok(officer, 'POST', `/api/v1/dossiers/${dossierId}/actions`, { action: 'accept' });
});
afterAll(async () => t?.close());

describe('sending the requests for opinion', () => {
  it('proposes the police, finance, home affairs, the State Bank, the line ministry of the field and each province of the areas', async () => {
    const matrix = (await ok(officer, 'GET', `/api/v1/dossiers/${dossierId}/consultation`)) as Matrix;
    expect(matrix.proposal!.consultees.map((c) => c.unitCode)).toEqual(['MPS', 'MOF', 'MOHA', 'SBV', 'MOH', 'PROV-46', 'PROV-01']);
  });

  it('refuses to leave a proposed agency out without a reason, or to add one without a reason', async () => {
    const left = await officer.request('POST', `/api/v1/dossiers/${dossierId}/consultation/send`, { consultees: [{ unitCode: 'MPS' }] });
    expect(left.statusCode).toBe(400);
    expect(left.json().error.details.fields[0].path).toBe('adjustReason');
    const added = await officer.request('POST', `/api/v1/dossiers/${dossierId}/consultation/send`, { consultees: [{ unitCode: 'MPS' }, { unitCode: 'MOJ' }], adjustReason: 'Chỉ hỏi Bộ Công an' });
    expect(added.statusCode).toBe(400);
    expect(added.json().error.details.fields[0].path).toBe('consultees.1.reason');
  });

  it('sends one request per agency, each due 10 working days later (22/02/2027, after Tết)', async () => {
    const matrix = (await ok(officer, 'POST', `/api/v1/dossiers/${dossierId}/consultation/send`, {
      consultees: [{ unitCode: 'MPS' }, { unitCode: 'MOF' }, { unitCode: 'MOHA' }, { unitCode: 'SBV' }, { unitCode: 'MOH' }, { unitCode: 'PROV-46' }],
      adjustReason: 'Hà Nội đã có ý kiến bằng văn bản trong hồ sơ trước',
    })) as Matrix;
    expect(matrix.status).toBe('in_consultation');
    expect(matrix.rows.map((r) => [r.request.unit.code, r.request.dueOn, r.request.timeliness])).toContainEqual(['PROV-46', '2027-02-22', 'pending']);
    expect(matrix.rows).toHaveLength(6);
  });
});

describe('an agency reads only what it was asked about', () => {
  it('the province sees its request with the working days left; the police cannot open it (403, audited)', async () => {
    const inbox = (await ok(hue, 'GET', '/api/v1/consultations')).items as { id: string; dueOn: string; workingDaysLeft: number }[];
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ dueOn: '2027-02-22', workingDaysLeft: 10 });
    const denied = await police.request('GET', `/api/v1/consultations/${inbox[0]!.id}`);
    expect(denied.statusCode).toBe(403);
    const admin = await t.login('admin');
    const audit = (await ok(admin, 'GET', `/api/v1/admin/audit?action=consultation.access_denied&entityId=${inbox[0]!.id}`)).items as { actorUsername: string }[];
    expect(audit.map((a) => a.actorUsername)).toEqual(['police.focal']);
    const view = await ok(hue, 'GET', `/api/v1/consultations/${inbox[0]!.id}`);
    expect(view.dossier.id).toBe(dossierId);
    expect(view.documents.length).toBeGreaterThan(0);
    const document = await police.request('GET', `/api/v1/consultations/${inbox[0]!.id}/documents/${view.documents[0].id}`);
    expect(document.statusCode).toBe(403);
    expect((await hue.request('GET', `/api/v1/consultations/${inbox[0]!.id}/documents/${view.documents[0].id}`)).statusCode).toBe(200);
  });

  it('an agency user cannot answer another agency’s request', async () => {
    const hueRequest = ((await ok(hue, 'GET', '/api/v1/consultations')).items as { id: string }[])[0]!;
    expect((await police.request('PUT', `/api/v1/consultations/${hueRequest.id}/reply`, { position: 'agree' })).statusCode).toBe(403);
  });

  it('the letter downloads as PDF and DOCX', async () => {
    const hueRequest = ((await ok(hue, 'GET', '/api/v1/consultations')).items as { id: string }[])[0]!;
    const pdf = await hue.request('GET', `/api/v1/consultations/${hueRequest.id}/letter?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await hue.request('GET', `/api/v1/consultations/${hueRequest.id}/letter?format=docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe("attachment; filename*=UTF-8''van-ban-xin-y-kien.docx");
  });
});

describe('the province forwards, consolidates and replies; the police replies late; the matrix and the dossier move on', () => {
  it('runs the whole consultation', async () => {
    const hueRequest = ((await ok(hue, 'GET', '/api/v1/consultations')).items as { id: string }[])[0]!;
    // Internal deadline beyond the province's own due day is refused; inside it is accepted.
    expect((await hue.request('POST', `/api/v1/consultations/${hueRequest.id}/forward`, { unitCode: 'PROV-46-CA', dueOn: '2027-02-23' })).statusCode).toBe(400);
    expect((await hue.request('POST', `/api/v1/consultations/${hueRequest.id}/forward`, { unitCode: 'MPS' })).statusCode).toBe(400);
    const sub = await ok(hue, 'POST', `/api/v1/consultations/${hueRequest.id}/forward`, { unitCode: 'PROV-46-CA', dueOn: '2027-02-16', note: 'Đề nghị Công an thành phố cho ý kiến' }, 201);

    at('2027-02-12');
    [hue, huePolice] = await Promise.all([relogin('hue.focal'), relogin('hue.police')]); // sessions idle out over Tết
    const subInbox = (await ok(huePolice, 'GET', '/api/v1/consultations')).items as { id: string }[];
    expect(subInbox.map((r) => r.id)).toEqual([sub.id]);
    await ok(huePolice, 'PUT', `/api/v1/consultations/${sub.id}/reply`, { position: 'agree', signerName: 'Võ Thị Thanh', signerTitle: 'Phó Giám đốc' });
    await ok(huePolice, 'POST', `/api/v1/consultations/${sub.id}/reply/send`);

    // The focal unit sees the department's answer and drafts its own: conditions are required for that position.
    const consolidated = await ok(hue, 'GET', `/api/v1/consultations/${hueRequest.id}`);
    expect(consolidated.subRequests[0].reply.position).toBe('agree');
    await ok(hue, 'PUT', `/api/v1/consultations/${hueRequest.id}/reply`, { position: 'agree_with_conditions', signerName: 'Hoàng Đức Anh', signerTitle: 'Giám đốc Sở Ngoại vụ' });
    const incomplete = await hue.request('POST', `/api/v1/consultations/${hueRequest.id}/reply/send`);
    expect(incomplete.statusCode).toBe(400);
    await ok(hue, 'PUT', `/api/v1/consultations/${hueRequest.id}/reply`, { position: 'agree_with_conditions', items: [{ kind: 'condition', text: 'Báo cáo kế hoạch hoạt động tại Huế trước khi triển khai' }], signerName: 'Hoàng Đức Anh', signerTitle: 'Giám đốc Sở Ngoại vụ' });
    const sent = await ok(hue, 'POST', `/api/v1/consultations/${hueRequest.id}/reply/send`);
    expect(sent).toMatchObject({ status: 'sent', late: false, version: 1 });
    // Sent means immutable: there is no draft left to send.
    expect((await hue.request('POST', `/api/v1/consultations/${hueRequest.id}/reply/send`)).statusCode).toBe(409);

    // The police answers after the due day; finance and the others never answer.
    at('2027-02-24');
    [police, officer] = await Promise.all([relogin('police.focal'), relogin('mofa.officer')]);
    const policeRequest = ((await ok(police, 'GET', '/api/v1/consultations')).items as { id: string; timeliness: string }[])[0]!;
    expect(policeRequest.timeliness).toBe('missing');
    await ok(police, 'PUT', `/api/v1/consultations/${policeRequest.id}/reply`, { position: 'agree', signerName: 'Lê Quang Huy' });
    expect(await ok(police, 'POST', `/api/v1/consultations/${policeRequest.id}/reply/send`)).toMatchObject({ late: true });

    const matrix = (await ok(officer, 'GET', `/api/v1/dossiers/${dossierId}/consultation`)) as Matrix;
    const row = (code: string) => matrix.rows.find((r) => r.request.unit.code === code)!;
    expect([row('PROV-46').request.timeliness, row('PROV-46').reply!.position]).toEqual(['on_time', 'agree_with_conditions']);
    expect([row('MPS').request.timeliness, row('MPS').reply!.late]).toEqual(['late', true]);
    expect(row('MOF').request.timeliness).toBe('missing');

    // Every unanswered request is past its due day: the step may close without a reason.
    const closed = await ok(officer, 'POST', `/api/v1/dossiers/${dossierId}/actions`, { action: 'close_consultation' });
    expect(closed.status).toBe('appraisal');
  });

  it('counts per agency: on time, late, missing', async () => {
    const stats = (await ok(officer, 'GET', '/api/v1/consultations/statistics?from=2027-01-01&to=2027-12-31')).items as { unitCode: string; onTime: number; late: number; missing: number }[];
    expect(stats.find((s) => s.unitCode === 'MPS')).toMatchObject({ onTime: 0, late: 1, missing: 0 });
    expect(stats.find((s) => s.unitCode === 'PROV-46')).toMatchObject({ onTime: 1, late: 0 });
    expect(stats.find((s) => s.unitCode === 'MOF')).toMatchObject({ missing: 1 });
    hue = await relogin('hue.focal');
    const own = (await ok(hue, 'GET', '/api/v1/consultations/statistics?from=2027-01-01&to=2027-12-31')).items as { unitCode: string }[];
    expect(own.map((s) => s.unitCode)).toEqual(['PROV-46']);
  });
});

describe('reminders (T-3, due day, T+2 working days) across Tết 2027', () => {
  it('fire on the right working days, once each, even when the job runs again', async () => {
    at('2027-01-25');
    const [second, applicant] = await Promise.all([relogin('mofa.officer'), relogin('ngo.demo')]);
    const created = await applicant.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: { ...issueApplication('Dresden Wasserhilfe'), provinceCodes: ['48'] } });
    const id = created.json().id as string;
    await uploadRequired(t, applicant, id);
    await ok(applicant, 'POST', `/api/v1/dossiers/${id}/actions`, { action: 'submit' });
    await ok(second, 'POST', `/api/v1/dossiers/${id}/actions`, { action: 'accept' });
    const matrix = (await ok(second, 'POST', `/api/v1/dossiers/${id}/consultation/send`, {})) as Matrix;
    const danang = matrix.rows.find((r) => r.request.unit.code === 'PROV-48')!.request;
    expect(danang.dueOn).toBe('2027-02-15');
    const sentFor = async (day: string) => {
      at(day);
      return (await sendConsultationReminders(t.deps)).sent.filter((s) => s.requestId === danang.id).map((s) => s.offset);
    };
    expect(await sentFor('2027-02-02')).toEqual([]);
    expect(await sentFor('2027-02-03')).toEqual([-3]); // 3 working days before 15 Feb: Tết is skipped
    expect(await sentFor('2027-02-03')).toEqual([]); // a second run the same day sends nothing
    expect(await sentFor('2027-02-08')).toEqual([]); // Tết
    expect(await sentFor('2027-02-15')).toEqual([0]);
    expect(await sentFor('2027-02-17')).toEqual([2]);
    expect(await sentFor('2027-02-18')).toEqual([]);
  });
});

describe('when every agency asked has replied', () => {
  it('the dossier moves to MOFA appraisal by itself', async () => {
    at('2027-03-01');
    const [mofa, applicant, mps] = await Promise.all([relogin('mofa.officer'), relogin('ngo.demo'), relogin('police.focal')]);
    const id = (await applicant.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: { ...issueApplication('Bremen Blindenhilfe'), provinceCodes: ['48'] } })).json().id as string;
    await uploadRequired(t, applicant, id);
    await ok(applicant, 'POST', `/api/v1/dossiers/${id}/actions`, { action: 'submit' });
    await ok(mofa, 'POST', `/api/v1/dossiers/${id}/actions`, { action: 'accept' });
    await ok(mofa, 'POST', `/api/v1/dossiers/${id}/consultation/send`, { consultees: [{ unitCode: 'MPS' }], adjustReason: 'Các cơ quan khác đã cho ý kiến về tổ chức này năm 2026' });
    const request = ((await ok(mps, 'GET', '/api/v1/consultations?status=open')).items as { id: string; dossierId: string }[]).find((r) => r.dossierId === id)!;
    await ok(mps, 'PUT', `/api/v1/consultations/${request.id}/reply`, { position: 'agree', signerName: 'Lê Quang Huy' });
    await ok(mps, 'POST', `/api/v1/consultations/${request.id}/reply/send`);
    const detail = await ok(mofa, 'GET', `/api/v1/dossiers/${id}`);
    expect(detail.status).toBe('appraisal');
    expect((detail.events as { action: string; actor: unknown }[]).map((e) => e.action)).toContain('close_consultation');
  });
});
