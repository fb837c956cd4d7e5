import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { auditEvent } from '../audit/audit.tables';

let t: TestApp;
let mofa: Session;
beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
});
afterAll(async () => t?.close());

const validOrganization = {
  nameOriginal: 'Deutsche Welthungerhilfe Testverein',
  nameEn: 'German Hunger Relief Test Association',
  nameVi: 'Hội Cứu đói Đức (thử nghiệm)',
  abbreviation: 'GHRTA',
  countryCode: 'DE',
  legalForm: 'non_profit',
  homeRegistrationExpiresOn: '2030-12-31',
  email: 'office@ghrta.de',
  website: 'https://ghrta.de',
  people: [{ role: 'staff', fullName: 'Lena Schmidt', nationality: 'DE', dateOfBirth: '1990-01-01' }],
  partners: [{ name: 'Hội Nông dân tỉnh Nghệ An', kind: 'mass_organization', provinceCode: '40' }],
};
const validCertificate = {
  type: 'operation',
  number: '990/GĐKHĐ-BNG',
  issuedOn: '2024-01-10',
  validTo: '2027-01-09',
  decisionNumber: '990/QĐ-BNG',
  representative: { fullName: 'Jonas Becker', nationality: 'DE', dateOfBirth: '1980-05-05', passportNumber: 'C01X00T47' },
  areas: [{ provinceCode: '40' }, { name: 'Hà Tĩnh' }],
  fields: ['agriculture_rural'],
};

let organizationId: string;
let certificateId: string;

const idOf = async (q: string) => (await mofa.request('GET', `/api/v1/organizations?q=${encodeURIComponent(q)}`)).json().items[0].id as string;

describe('MOFA data entry', () => {
  it('creates an organisation with a registry code, an audit row and a snapshot', async () => {
    const res = await mofa.request('POST', '/api/v1/organizations', validOrganization);
    expect(res.statusCode, res.body).toBe(201);
    const profile = res.json();
    organizationId = profile.id;
    expect(profile.registryCode).toMatch(/^INGO-\d{6}$/);
    expect(profile.partners).toEqual([{ name: 'Hội Nông dân tỉnh Nghệ An', kind: 'mass_organization', provinceCode: '40' }]);
    const rows = await t.deps.db.select().from(auditEvent).where(and(eq(auditEvent.entityId, organizationId), eq(auditEvent.action, 'organization.create')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorUsername).toBe('mofa.officer');
  });

  it('refuses a second organisation with the same name (409)', async () => {
    const res = await mofa.request('POST', '/api/v1/organizations', { ...validOrganization, nameVi: null, abbreviation: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('organization_exists');
  });

  it.each([
    ['nameEn', { nameEn: '' }],
    ['nameOriginal', { nameOriginal: undefined }],
    ['countryCode', { countryCode: 'DEU' }],
    ['countryCode', { countryCode: 'XX' }],
    ['legalForm', { legalForm: 'ngo' }],
    ['email', { email: 'not-an-email' }],
    ['website', { website: 'ftp://ghrta.de' }],
    ['homeRegistrationExpiresOn', { homeRegistrationExpiresOn: '2030-02-30' }],
    ['phone', { phone: 'call me' }],
    ['unitId', { unitId: '00000000-0000-4000-8000-000000000000' }],
  ])('answers 400 naming the invalid field %s, in Vietnamese and English', async (path, override) => {
    const res = await mofa.request('POST', '/api/v1/organizations', { ...validOrganization, nameEn: 'Another NGO', nameOriginal: 'Another NGO', ...override });
    expect(res.statusCode, res.body).toBe(400);
    const fields = res.json().error.details.fields as { path: string; message: { vi: string; en: string } }[];
    expect(fields.map((f) => f.path)).toContain(path);
    expect(fields[0]!.message.vi).toBeTruthy();
    expect(fields[0]!.message.en).toBeTruthy();
  });

  it('edits an organisation with before/after in the audit log', async () => {
    const res = await mofa.request('PATCH', `/api/v1/organizations/${organizationId}`, { headName: 'Dr. Anja Vogel', phone: '+49 30 123456' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().head.name).toBe('Dr. Anja Vogel');
    const [row] = await t.deps.db.select().from(auditEvent).where(and(eq(auditEvent.entityId, organizationId), eq(auditEvent.action, 'organization.update')));
    expect((row!.before as { organization: { headName: string | null } }).organization.headName).toBeNull();
    expect((row!.after as { organization: { headName: string } }).organization.headName).toBe('Dr. Anja Vogel');
  });

  it('records a certificate, mapping an old province name to today’s province', async () => {
    const res = await mofa.request('POST', `/api/v1/organizations/${organizationId}/certificates`, validCertificate);
    expect(res.statusCode, res.body).toBe(201);
    const certificate = res.json();
    certificateId = certificate.id;
    expect(certificate).toMatchObject({ legalBasis: '58/2022/NĐ-CP', status: 'valid', representative: { fullName: 'Jonas Becker' }, currentVersion: 1 });
    expect(certificate.abilities).toEqual({ canAddVersion: true, allowedDecisions: ['suspended', 'terminated', 'revoked'] });
    expect(certificate.areas).toContainEqual({ provinceCode: '42', legacyProvinceCode: null, nameAsWritten: 'Hà Tĩnh' });
    expect(await idOf('Jonas Becker')).toBe(organizationId);
    expect(await idOf('990/GĐKHĐ-BNG')).toBe(organizationId);
  });

  it.each([
    ['validTo', 'validity_too_long', { validTo: '2027-01-11' }],
    ['validTo', 'validity_beyond_home_registration', { issuedOn: '2029-01-01', validTo: '2031-06-30' }],
    ['officeCityCode', 'office_city_not_allowed', { type: 'rep_office', officeCityCode: '46', validTo: '2028-01-09' }],
    ['isAtPartyOrStatePremises', 'office_at_state_premises', { type: 'rep_office', officeCityCode: '01', isAtPartyOrStatePremises: true }],
    ['areas.0.name', 'unknown_province_name', { areas: [{ name: 'Atlantis' }] }],
    ['areas.0.provinceCode', 'unknown_province', { areas: [{ provinceCode: '99' }] }],
    ['fields', 'unknown_field', { fields: ['space_travel'] }],
    ['issuedOn', 'invalid_format', { issuedOn: '10/01/2024' }],
    ['type', 'invalid_value', { type: 'branch' }],
  ])('refuses a certificate with an invalid %s (%s) with 400', async (path, code, override) => {
    const res = await mofa.request('POST', `/api/v1/organizations/${organizationId}/certificates`, { ...validCertificate, number: `T-${code}`, ...override });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.fields).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('refuses a second representative office (Decree 58/2022 Art. 8) and a duplicate number (409)', async () => {
    const ndsa = await idOf('NDSA');
    const office = { ...validCertificate, type: 'rep_office', number: '777/GĐKVPĐD-BNG', officeCityCode: '79', validTo: '2028-01-09', issuedOn: '2024-01-10' };
    const second = await mofa.request('POST', `/api/v1/organizations/${ndsa}/certificates`, office);
    expect(second.statusCode).toBe(400);
    expect(second.json().error.details.fields[0].code).toBe('second_representative_office');
    const duplicate = await mofa.request('POST', `/api/v1/organizations/${organizationId}/certificates`, validCertificate);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('certificate_number_taken');
  });

  it('records a supplement with a diff, and the as-of profile shows the state before it', async () => {
    const res = await mofa.request('POST', `/api/v1/certificates/${certificateId}/versions`, {
      kind: 'supplemented',
      effectiveOn: '2025-03-01',
      decisionNumber: '123/QĐ-BNG',
      changes: { fields: ['agriculture_rural', 'livelihoods'], areas: [{ provinceCode: '40' }, { name: 'Hà Tĩnh' }, { provinceCode: '38' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().versions[1].diff).toEqual([
      { field: 'areas', kind: 'set', added: [{ provinceCode: '38', legacyProvinceCode: null, nameAsWritten: null }], removed: [] },
      { field: 'fields', kind: 'set', added: ['livelihoods'], removed: [] },
    ]);
    const before = (await mofa.request('GET', `/api/v1/organizations/${organizationId}?asOf=2024-06-01`)).json();
    expect(before.asOf).toBe('2024-06-01');
    expect(before.currentCertificate.fields).toEqual(['agriculture_rural']);
    expect(before.currentCertificate.versions).toHaveLength(1);
    const now = (await mofa.request('GET', `/api/v1/organizations/${organizationId}`)).json();
    expect(now.currentCertificate.fields).toEqual(['agriculture_rural', 'livelihoods']);
    expect(now.asOf).toBeNull();
    const audit = await t.deps.db.select().from(auditEvent).where(and(eq(auditEvent.entityId, certificateId), eq(auditEvent.action, 'certificate.supplemented')));
    expect(audit).toHaveLength(1);
  });

  it('extends within the Art. 9 cap and refuses an extension beyond it', async () => {
    const tooLong = await mofa.request('POST', `/api/v1/certificates/${certificateId}/versions`, { kind: 'extended', effectiveOn: '2026-12-20', changes: { validTo: '2029-12-21' } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details.fields[0]).toMatchObject({ path: 'changes.validTo', code: 'validity_too_long' });
    const notExtension = await mofa.request('POST', `/api/v1/certificates/${certificateId}/versions`, { kind: 'amended', effectiveOn: '2026-12-20', changes: { validTo: '2028-01-01' } });
    expect(notExtension.json().error.details.fields[0].code).toBe('valid_to_only_by_extension');
    const ok = await mofa.request('POST', `/api/v1/certificates/${certificateId}/versions`, { kind: 'extended', effectiveOn: '2026-12-20', decisionNumber: '900/QĐ-BNG', changes: { validTo: '2029-12-19' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().versions.map((v: { kind: string }) => v.kind)).toEqual(['issued', 'supplemented', 'extended']);
  });

  it('keeps Decree 12/2012 certificates read-only (409)', async () => {
    const hpt = await idOf('HPT');
    const profile = (await mofa.request('GET', `/api/v1/organizations/${hpt}`)).json();
    const res = await mofa.request('POST', `/api/v1/certificates/${profile.currentCertificate.id}/versions`, { kind: 'amended', effectiveOn: '2026-01-01', changes: { fields: ['culture', 'education'] } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('legacy_certificate_read_only');
  });

  it('records a suspension, its lifting and a termination, shown in status, decisions, timeline and as-of view', async () => {
    const decide = (body: Record<string, unknown>) => mofa.request('POST', `/api/v1/certificates/${certificateId}/decisions`, body);
    const suspended = await decide({ decisionStatus: 'suspended', effectiveOn: '2027-01-05', decisionNumber: '1001/QĐ-BNG', reason: 'Chưa nộp báo cáo định kỳ', proposedBy: 'UBND tỉnh Nghệ An' });
    expect(suspended.statusCode, suspended.body).toBe(201);
    expect(suspended.json()).toMatchObject({ decisionStatus: 'suspended', status: 'suspended', decisions: [{ decisionStatus: 'suspended', decisionNumber: '1001/QĐ-BNG' }] });
    const amend = await mofa.request('POST', `/api/v1/certificates/${certificateId}/versions`, { kind: 'amended', effectiveOn: '2027-01-06', changes: { fields: ['health'] } });
    expect(amend.statusCode).toBe(409);
    expect(amend.json().error.code).toBe('certificate_not_in_force');
    const before = (await mofa.request('GET', `/api/v1/organizations/${organizationId}?asOf=2026-12-31`)).json();
    expect(before.currentCertificate.decisionStatus).toBe('in_force');
    expect((await decide({ decisionStatus: 'in_force', effectiveOn: '2027-02-01', decisionNumber: '1002/QĐ-BNG' })).json().status).toBe('valid');
    expect((await decide({ decisionStatus: 'terminated', effectiveOn: '2027-03-01', decisionNumber: '1003/QĐ-BNG' })).json().status).toBe('terminated');
    const again = await decide({ decisionStatus: 'in_force', effectiveOn: '2027-04-01', decisionNumber: '1004/QĐ-BNG' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'decision_not_allowed', details: { currentStatus: 'terminated', allowed: [] } });
    const profile = (await mofa.request('GET', `/api/v1/organizations/${organizationId}`)).json();
    expect(profile.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['certificate.suspended', 'certificate.suspension_lifted', 'certificate.terminated']));
  });

  it.each([
    ['decisionStatus', { decisionStatus: 'paused' }],
    ['effectiveOn', { effectiveOn: '2027-13-01' }],
    ['decisionNumber', { decisionNumber: '' }],
  ])('refuses a decision with an invalid %s (400)', async (path, override) => {
    const res = await mofa.request('POST', `/api/v1/certificates/${certificateId}/decisions`, { decisionStatus: 'suspended', effectiveOn: '2027-01-05', decisionNumber: '1/QĐ', ...override });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('answers 404 for an unknown organisation or certificate', async () => {
    expect((await mofa.request('POST', '/api/v1/organizations/00000000-0000-4000-8000-000000000000/certificates', validCertificate)).statusCode).toBe(404);
    expect((await mofa.request('PATCH', '/api/v1/organizations/00000000-0000-4000-8000-000000000000', { headName: 'X' })).statusCode).toBe(404);
    expect((await mofa.request('POST', '/api/v1/certificates/00000000-0000-4000-8000-000000000000/versions', { kind: 'amended', effectiveOn: '2026-01-01', changes: { fields: ['health'] } })).statusCode).toBe(404);
  });
});
