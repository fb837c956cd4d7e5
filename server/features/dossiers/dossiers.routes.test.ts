import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { listDevMailbox } from '../mail/mail.service';
import { issueApplication, uploadAs, uploadRequired } from './dossier-test-support';

let t: TestApp;
let ngo: Session;
let officer: Session;
let leader: Session;
let police: Session;
beforeAll(async () => {
  t = await createTestApp();
  [ngo, officer, leader, police] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer'), t.login('mofa.leader'), t.login('police.focal')]);
});
afterAll(async () => t?.close());

type Detail = { id: string; code: string; status: string; allowedActions: string[]; completenessIssues: { code: string; path: string }[]; resultCertificateId: string | null; organizationId: string | null; clock: { dueOn: string | null; sla: string }; expectedDecisionOn: string | null; events: { action: string }[]; lockVersion: number };

async function act(session: Session, id: string, action: string, extra: Record<string, unknown> = {}) {
  return session.request('POST', `/api/v1/dossiers/${id}/actions`, { action, ...extra });
}
async function ok(session: Session, id: string, action: string, extra: Record<string, unknown> = {}): Promise<Detail> {
  const res = await act(session, id, action, extra);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as Detail;
}

async function newIssueDossier(name: string): Promise<Detail> {
  const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication(name) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}

describe('operation certificate issue (Decree 58/2022 Art. 10–11), from submission to the registry', () => {
  it('walks draft → supplement → accepted → consultation → appraisal → leader approval → certificate issued', async () => {
    const draft = await newIssueDossier('Bergwald Bildungsstiftung');
    expect(draft).toMatchObject({ status: 'draft', allowedActions: ['submit', 'withdraw'] });
    expect(draft.code).toMatch(/^HS-\d{4}-\d{6}$/);
    expect(draft.expectedDecisionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draft.completenessIssues.some((i) => i.code === 'component_missing')).toBe(true);

    const early = await act(ngo, draft.id, 'submit', { reason: '' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message.vi).toContain('chưa đủ');

    await uploadRequired(t, ngo, draft.id);
    const submitted = await ok(ngo, draft.id, 'submit');
    expect(submitted.status).toBe('submitted');
    expect(submitted.clock.dueOn).not.toBeNull();

    const supplement = await ok(officer, draft.id, 'request_supplement', { reason: 'Lý lịch tư pháp chưa hợp pháp hóa lãnh sự', missingComponents: ['criminal_record'] });
    expect(supplement).toMatchObject({ status: 'supplement_requested', clock: { sla: 'paused' } });
    await ok(ngo, draft.id, 'answer_supplement');
    await ok(officer, draft.id, 'accept');
    await ok(officer, draft.id, 'send_for_consultation');
    await ok(officer, draft.id, 'close_consultation', { reason: 'Ý kiến các cơ quan đã nhận bằng văn bản giấy.' });
    await ok(officer, draft.id, 'propose_decision', { decision: { outcome: 'approve' } });

    const officerApproves = await act(officer, draft.id, 'approve');
    expect(officerApproves.statusCode).toBe(409);
    expect(officerApproves.json().error).toMatchObject({ code: 'not_your_step', details: { status: 'decision_pending' } });

    await ok(leader, draft.id, 'approve');
    const issued = await ok(officer, draft.id, 'issue_certificate');
    expect(issued.status).toBe('issued');
    expect(issued.resultCertificateId).not.toBeNull();

    const profile = await officer.request('GET', `/api/v1/organizations/${issued.organizationId}`);
    expect(profile.statusCode).toBe(200);
    const certificate = profile.json().currentCertificate;
    expect(certificate).toMatchObject({ type: 'operation', status: 'valid' });
    expect(certificate.number).toMatch(/^\d{3}\/\d{4}\/GĐKHĐ-BNG$/);

    const events = issued.events.map((e) => e.action);
    expect(events).toEqual(expect.arrayContaining(['create', 'upload', 'submit', 'request_supplement', 'answer_supplement', 'accept', 'approve', 'issue_certificate']));
    const audit = await t.login('admin').then((admin) => admin.request('GET', `/api/v1/admin/audit?entityId=${draft.id}`));
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['dossier.submit', 'dossier.approve', 'dossier.issue_certificate']));
  });

  it('ends a refusal with the reasons recorded and the written refusal delivered', async () => {
    const d = await newIssueDossier('Nordlicht Hilfswerk');
    await uploadRequired(t, ngo, d.id);
    await ok(ngo, d.id, 'submit');
    await ok(officer, d.id, 'accept');
    await ok(officer, d.id, 'send_for_consultation');
    await ok(officer, d.id, 'close_consultation', { reason: 'Ý kiến các cơ quan đã nhận bằng văn bản giấy.' });
    await ok(officer, d.id, 'propose_decision', { decision: { outcome: 'refuse' }, reason: 'Bộ Công an không đồng ý' });
    const noReason = await act(leader, d.id, 'refuse');
    expect(noReason.json().error.code).toBe('reason_required');
    const refused = await ok(leader, d.id, 'refuse', { reason: 'Mục đích hoạt động không phù hợp (Điều 5 Nghị định 58/2022)' });
    expect(refused.status).toBe('refused');
    const delivered = await ok(officer, d.id, 'deliver_refusal');
    expect(delivered).toMatchObject({ status: 'refusal_delivered', resultCertificateId: null, allowedActions: [] });
  });

  it('creates one dossier when a submission is retried with the same key', async () => {
    const body = { procedure: 'operation.issue', clientKey: 'retry-key-0001', application: issueApplication('Idempotent Aid') };
    const first = await ngo.request('POST', '/api/v1/my/dossiers', body);
    const second = await ngo.request('POST', '/api/v1/my/dossiers', body);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json().id).toBe(first.json().id);
  });

  it('rejects a file whose content is not what its extension says, and keeps nothing of it', async () => {
    const d = await newIssueDossier('Checked Files Trust');
    const component = (await ngo.request('GET', `/api/v1/dossiers/${d.id}`)).json().components[0].code as string;
    const fake = await uploadAs(t, ngo, d.id, component, 'dieu-le.pdf', Buffer.from('MZ this is an executable'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message.vi).toContain('PDF');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const mismatch = await uploadAs(t, ngo, d.id, component, 'dieu-le.pdf', png);
    expect(mismatch.statusCode).toBe(415);
    expect(mismatch.json().error.message.en).toContain('PNG');
    const after = (await ngo.request('GET', `/api/v1/dossiers/${d.id}`)).json();
    expect(after.documents).toHaveLength(0);
  });

  it('hides a dossier from other NGOs and agencies (404), and lists it in MOFA’s queue once submitted', async () => {
    const d = await newIssueDossier('Private Dossier Fund');
    expect((await police.request('GET', `/api/v1/dossiers/${d.id}`)).statusCode).toBe(404);
    expect((await police.request('GET', '/api/v1/dossiers')).statusCode).toBe(403);
    await uploadRequired(t, ngo, d.id);
    await ok(ngo, d.id, 'submit');
    const queue = (await officer.request('GET', '/api/v1/dossiers')).json().items as { id: string; clock: { sla: string } }[];
    expect(queue.find((i) => i.id === d.id)?.clock.sla).toMatch(/on_time|due_soon/);
  });

  it('refuses a stale update (someone else acted first) with 409', async () => {
    const d = await newIssueDossier('Stale Version Society');
    const res = await act(ngo, d.id, 'withdraw', { reason: 'Không còn nhu cầu', lockVersion: d.lockVersion - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_dossier');
  });

  it('lets an officer enter a paper dossier with its real day of receipt', async () => {
    const res = await officer.request('POST', '/api/v1/dossiers/paper', { procedure: 'operation.issue', channel: 'post', receivedOn: '2026-02-12', applicantName: 'Paper Trail Foundation', application: issueApplication('Paper Trail Foundation') });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'submitted', channel: 'post', receivedOn: '2026-02-12', clock: { dueOn: '2026-02-23' } });
  });
});

describe('status notices to the applicant (mail outbox)', () => {
  it('queues a bilingual mail to the NGO’s accounts when MOFA asks for a supplement', async () => {
    const d = await newIssueDossier('Notice Test Foundation');
    await uploadRequired(t, ngo, d.id);
    await ok(ngo, d.id, 'submit');
    await ok(officer, d.id, 'request_supplement', { reason: 'Thiếu bản dịch công chứng điều lệ' });
    const outbox = await listDevMailbox(t.deps, { to: 'ngo.demo@demo.ingohub.vn', limit: 50 });
    const subjects = outbox.filter((m) => m.subject.includes(d.code));
    expect(subjects.some((m) => m.subject.includes('Yêu cầu bổ sung') && m.bodyText.includes('Thiếu bản dịch'))).toBe(true);
  });
});
