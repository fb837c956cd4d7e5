import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, uploadRequired } from './dossier-test-support';

// Each of the six Decree 58/2022 procedures (Art. 10–17) from submission to its effect on the registry.
let t: TestApp;
let ngo: Session;
let officer: Session;
let leader: Session;
let operationCertificateId: string;
beforeAll(async () => {
  t = await createTestApp();
  [ngo, officer, leader] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer'), t.login('mofa.leader')]);
  const hit = (await officer.request('GET', '/api/v1/organizations?q=CRI')).json().items[0];
  operationCertificateId = hit.certificate.id;
});
afterAll(async () => t?.close());

type Detail = { id: string; status: string; resultCertificateId: string | null; organizationId: string | null; allowedActions: string[] };

async function step(session: Session, id: string, action: string, extra: Record<string, unknown> = {}): Promise<Detail> {
  const res = await session.request('POST', `/api/v1/dossiers/${id}/actions`, { action, ...extra });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as Detail;
}

/** Opens, completes and submits a dossier, then takes it through MOFA to the certificate. */
async function runToIssue(body: Record<string, unknown>, options: { consult?: boolean; decision?: Record<string, unknown> } = {}): Promise<Detail> {
  const created = await ngo.request('POST', '/api/v1/my/dossiers', body);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await uploadRequired(t, ngo, id);
  await step(ngo, id, 'submit');
  await step(officer, id, 'accept');
  if (options.consult === false) await step(officer, id, 'skip_consultation', { reason: 'Cấp lại do mất, không phải lấy ý kiến' });
  else {
    await step(officer, id, 'send_for_consultation');
    await step(officer, id, 'close_consultation', { reason: 'Ý kiến các cơ quan đã nhận bằng văn bản giấy.' });
  }
  await step(officer, id, 'propose_decision', { decision: { outcome: 'approve', ...options.decision } });
  await step(leader, id, 'approve');
  return step(officer, id, 'issue_certificate');
}

async function certificate(organizationId: string, certificateId: string) {
  const profile = (await officer.request('GET', `/api/v1/organizations/${organizationId}`)).json();
  return profile.certificates.find((c: { id: string }) => c.id === certificateId) as { number: string; type: string; validTo: string; status: string; versions: { kind: string; diff: { field: string }[] | null }[]; areas: { provinceCode: string }[] };
}

describe('the six procedures, end to end', () => {
  let repOfficeId: string;
  let organizationId: string;

  it('operation.issue creates the NGO record and its operation certificate (Art. 10–11)', async () => {
    const done = await runToIssue({ procedure: 'operation.issue', application: issueApplication('Sonnenschein Kinderhilfe') });
    expect(done.status).toBe('issued');
    const c = await certificate(done.organizationId!, done.resultCertificateId!);
    expect(c).toMatchObject({ type: 'operation', status: 'valid' });
  });

  it('operation.extend moves the end date within the 3-year cap (Art. 12, Art. 9)', async () => {
    const before = (await officer.request('GET', `/api/v1/organizations?q=CRI`)).json().items[0];
    organizationId = before.id;
    const done = await runToIssue({ procedure: 'operation.extend', targetCertificateId: operationCertificateId, application: { plan: 'Kế hoạch 2027–2030: y tế học đường tại Huế' } });
    const c = await certificate(organizationId, operationCertificateId);
    expect(c.validTo > before.certificate.validTo).toBe(true);
    expect(c.versions.at(-1)?.kind).toBe('extended');
    expect(done.resultCertificateId).toBe(operationCertificateId);
  });

  it('operation.amend adds a province as a new version with its diff (Art. 13)', async () => {
    await runToIssue({ procedure: 'operation.amend', amendKind: 'amend', targetCertificateId: operationCertificateId, application: { changes: 'Mở rộng địa bàn sang Hà Nội', changeKinds: ['areas'], provinceCodes: ['46', '44', '48', '01'] } });
    const c = await certificate(organizationId, operationCertificateId);
    expect(c.areas.map((a) => a.provinceCode)).toContain('01');
    expect(c.versions.at(-1)).toMatchObject({ kind: 'amended' });
    expect(c.versions.at(-1)!.diff!.map((x) => x.field)).toContain('areas');
  });

  it('rep_office.issue opens a representative office in one of the three cities (Art. 14–15, Art. 8)', async () => {
    const app = { ...issueApplication('Children Relief International'), officeCityCode: '01', officeAddress: 'Tầng 5, 49 Hai Bà Trưng, phường Cửa Nam, Hà Nội' };
    const done = await runToIssue({ procedure: 'rep_office.issue', application: app }, { decision: { validTo: '2028-06-30' } });
    repOfficeId = done.resultCertificateId!;
    expect(done.organizationId).toBe(organizationId); // the NGO's existing record, not a duplicate
    const c = await certificate(organizationId, repOfficeId);
    expect(c).toMatchObject({ type: 'rep_office', validTo: '2028-06-30' });
    expect(c.number).toMatch(/GĐKVPĐD-BNG$/);
  });

  it('rep_office.extend extends the office within the 5-year cap (Art. 16)', async () => {
    await runToIssue({ procedure: 'rep_office.extend', targetCertificateId: repOfficeId, application: { plan: 'Kế hoạch 5 năm tiếp theo' } });
    const c = await certificate(organizationId, repOfficeId);
    expect(c.validTo > '2028-06-30').toBe(true);
  });

  it('rep_office.amend re-issues a lost certificate without consultation (Art. 17; configurable)', async () => {
    await runToIssue({ procedure: 'rep_office.amend', amendKind: 'reissue_lost', targetCertificateId: repOfficeId, application: { changes: 'Bản chính bị mất do hỏa hoạn' } }, { consult: false });
    const c = await certificate(organizationId, repOfficeId);
    expect(c.versions.at(-1)?.kind).toBe('reissued');
  });

  it('refuses to skip consultation where the procedure requires it', async () => {
    const created = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.amend', amendKind: 'amend', targetCertificateId: operationCertificateId, application: { changes: 'Đổi người đại diện', changeKinds: ['representative'], representative: { fullName: 'Peter Müller', nationality: 'DE' } } });
    const id = created.json().id as string;
    await uploadRequired(t, ngo, id);
    await step(ngo, id, 'submit');
    await step(officer, id, 'accept');
    const res = await officer.request('POST', `/api/v1/dossiers/${id}/actions`, { action: 'skip_consultation', reason: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('consultation_required');
  });

  it('refuses a target certificate that belongs to another NGO', async () => {
    const other = (await officer.request('GET', '/api/v1/organizations?q=MCWF')).json().items[0].certificate.id as string;
    const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.extend', targetCertificateId: other, application: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].code).toBe('invalid_target_certificate');
  });
});
