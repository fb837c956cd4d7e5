import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/access/policy';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../test/test-app';
import { createUser } from '../accounts/users.service';
import { findUnitByCode } from '../units/units.service';
import { uploadRequired } from './dossier-test-support';

// GET /my/certificates and amend / extend dossiers opened on one of them (Decree 58/2022 Art. 12, 13, 16, 17).
let t: TestApp;
let ngo: Session;
let otherNgo: Session;
let officer: Session;
let leader: Session;
beforeAll(async () => {
  t = await createTestApp();
  const unit = await findUnitByCode(t.deps.db, 'NGO-DEMO-002'); // Mekong Clean Water Foundation
  const ctx = { actor: { ...ANONYMOUS, username: 'test' }, requestId: 'test', ip: 'internal' };
  await createUser(t.deps, ctx, { username: 'ngo.mekong', fullName: 'Liam O’Connor', role: 'ngo_representative', unitId: unit!.id, email: 'ngo.mekong@example.org' }, TEST_PASSWORD);
  [ngo, otherNgo, officer, leader] = await Promise.all([t.login('ngo.demo'), t.login('ngo.mekong'), t.login('mofa.officer'), t.login('mofa.leader')]);
});
afterAll(async () => t?.close());

type MyCertificate = { id: string; number: string; type: string; status: string; validTo: string; organizationName: { en: string; vi: string | null }; eligibleProcedures: string[] };
const myCertificates = async (session: Session) => {
  const res = await session.request('GET', '/api/v1/my/certificates');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as MyCertificate[];
};

async function ok(session: Session, id: string, action: string, extra: Record<string, unknown> = {}) {
  const res = await session.request('POST', `/api/v1/dossiers/${id}/actions`, { action, ...extra });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as { status: string; resultCertificateId: string | null };
}

describe('GET /api/v1/my/certificates', () => {
  it('lists only the certificates of the NGO’s own organisation, with what each can be the target of', async () => {
    const mine = await myCertificates(ngo);
    expect(mine.map((c) => c.number)).toEqual(['112/GĐKHĐ-BNG']);
    expect(mine[0]).toMatchObject({ type: 'operation', status: 'valid', validTo: '2027-04-14', organizationName: { en: 'Children Relief International', vi: 'Tổ chức Cứu trợ Trẻ em Quốc tế' }, eligibleProcedures: ['operation.extend', 'operation.amend'] });
    const theirs = await myCertificates(otherNgo);
    expect(theirs.map((c) => c.number)).toEqual(['087/GĐKHĐ-BNG']);
    expect(theirs.map((c) => c.id)).not.toContain(mine[0]!.id);
  });

  it('answers 403 to a MOFA officer and 401 without a session', async () => {
    const res = await officer.request('GET', '/api/v1/my/certificates');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await t.anonymous('GET', '/api/v1/my/certificates')).statusCode).toBe(401);
  });

  it('refuses another NGO’s certificate as the target of a dossier', async () => {
    const [theirs] = await myCertificates(otherNgo);
    const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.extend', targetCertificateId: theirs!.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ path: 'targetCertificateId', code: 'invalid_target_certificate' });
  });
});

describe('an extension opened on a certificate from /my/certificates', () => {
  let certificateId: string;

  it('prefills the application from the registry and keeps what the NGO sent', async () => {
    certificateId = (await myCertificates(ngo)).find((c) => c.eligibleProcedures.includes('operation.extend'))!.id;
    const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.extend', targetCertificateId: certificateId, application: { plan: 'Kế hoạch 2027–2030: y tế học đường tại Huế' }, clientKey: 'extend-test-0001' });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json();
    expect(draft).toMatchObject({ applicantName: 'Children Relief International', targetCertificateId: certificateId, targetCertificate: { id: certificateId, number: '112/GĐKHĐ-BNG', type: 'operation', validTo: '2027-04-14' } });
    expect(draft.application).toMatchObject({
      nameEn: 'Children Relief International',
      nameVi: 'Tổ chức Cứu trợ Trẻ em Quốc tế',
      abbreviation: 'CRI',
      countryCode: 'US',
      provinceCodes: ['44', '46', '48'],
      fieldCodes: ['children', 'education', 'health', 'water_sanitation'],
      representative: { fullName: 'Sarah Johnson', nationality: 'US', dateOfBirth: '1981-06-02' },
      plan: 'Kế hoạch 2027–2030: y tế học đường tại Huế',
    });
    expect(draft.application.officeCityCode).toBeUndefined();
    // The prefilled application is valid as it stands: saving it back unchanged is accepted.
    const saved = await ngo.request('PUT', `/api/v1/dossiers/${draft.id}/application`, { application: draft.application, lockVersion: draft.lockVersion });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('reaches the result: MOFA extends the certificate within the 3-year cap (Art. 12, Art. 9)', async () => {
    const created = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.extend', targetCertificateId: certificateId, application: { plan: 'Kế hoạch 2027–2030' }, clientKey: 'extend-test-0001' });
    expect(created.statusCode).toBe(200); // the same dossier again (client key)
    const id = created.json().id as string;
    await uploadRequired(t, ngo, id);
    await ok(ngo, id, 'submit');
    await ok(officer, id, 'accept');
    await ok(officer, id, 'send_for_consultation');
    await ok(officer, id, 'close_consultation', { reason: 'Ý kiến các cơ quan đã nhận bằng văn bản giấy.' });
    await ok(officer, id, 'propose_decision', { decision: { outcome: 'approve' } });
    await ok(leader, id, 'approve');
    const issued = await ok(officer, id, 'issue_certificate');
    expect(issued).toMatchObject({ status: 'issued', resultCertificateId: certificateId });
    const [after] = await myCertificates(ngo);
    expect(after!.validTo > '2027-04-14').toBe(true);
  });

  it('offers nothing and refuses a dossier once the certificate is suspended', async () => {
    const decided = await officer.request('POST', `/api/v1/certificates/${certificateId}/decisions`, { decisionStatus: 'suspended', effectiveOn: '2026-01-05', decisionNumber: '77/QĐ-BNG', reason: 'Kiểm tra' });
    expect(decided.statusCode, decided.body).toBe(201);
    const [suspended] = await myCertificates(ngo);
    expect(suspended).toMatchObject({ status: 'suspended', eligibleProcedures: [] });
    const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.amend', amendKind: 'reissue_lost', targetCertificateId: certificateId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].code).toBe('target_certificate_not_in_force');
  });
});
