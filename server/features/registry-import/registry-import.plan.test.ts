import { describe, expect, it } from 'vitest';
import { planRow, type ExistingCertificate, type ExistingOrganization, type RegisterMatches } from './registry-import.plan';
import type { RowRecord } from './registry-import.rows';

const TODAY = '2026-11-23';
const record = (patch: { organization?: Partial<RowRecord['organization']>; certificate?: Partial<RowRecord['certificate']> } = {}): RowRecord => ({
  organization: { nameOriginal: 'Hilfswerk', nameEn: 'Relief Works', countryCode: 'DE', legalForm: 'non_profit', email: 'a@b.org', ...patch.organization },
  certificate: {
    type: 'operation',
    number: '10/GĐKHĐ',
    issuedOn: '2025-01-10',
    validFrom: '2025-01-10',
    validTo: '2028-01-09',
    areas: [{ provinceCode: '46', legacyProvinceCode: null, nameAsWritten: 'Huế' }],
    fieldCodes: ['health'],
    officeCityCode: null,
    officeAddress: null,
    representative: null,
    ...patch.certificate,
  },
});
const certificate = (patch: Partial<ExistingCertificate> = {}): ExistingCertificate => ({
  organizationId: 'org-1', number: '10/GĐKHĐ', type: 'operation', issuedOn: '2025-01-10', validFrom: '2025-01-10', validTo: '2028-01-09',
  decisionStatus: 'in_force', officeCityCode: null, areas: [{ provinceCode: '46', legacyProvinceCode: null }], fieldCodes: ['health'], ...patch,
});
const organization = (id: string, certificates: ExistingCertificate[] = [], patch: Partial<ExistingOrganization> = {}): ExistingOrganization => ({
  id, registryCode: `INGO-${id}`, nameOriginal: 'Hilfswerk', nameEn: 'Relief Works', nameVi: null, abbreviation: null, countryCode: 'DE', legalForm: 'non_profit',
  homeRegistrationExpiresOn: null, hqAddress: null, email: 'a@b.org', phone: null, headName: null, certificates, ...patch,
});
const matches = (orgs: ExistingOrganization[], byName: Record<string, string[]> = {}): RegisterMatches => ({
  certificateByNumber: new Map(orgs.flatMap((o) => o.certificates).map((c) => [c.number, c])),
  organizationIdsByName: new Map(Object.entries(byName)),
  organizations: new Map(orgs.map((o) => [o.id, o])),
});

describe('planRow', () => {
  it('creates an organisation the register does not know', () => {
    expect(planRow(record(), matches([]), TODAY)).toMatchObject({ action: 'create', organizationId: null, recordCertificate: true, issues: [] });
  });

  it('finds nothing to do when the organisation and its certificate are already recorded alike', () => {
    const org = organization('org-1', [certificate()]);
    expect(planRow(record(), matches([org], { 'Relief Works': ['org-1'] }), TODAY)).toMatchObject({ action: 'unchanged', organizationId: 'org-1', changes: {}, issues: [] });
  });

  it('updates only the identity values given and adds a certificate with a new number', () => {
    const org = organization('org-1', [certificate({ number: '9/GĐKHĐ', validTo: '2025-01-01' })], { hqAddress: 'Berlin' });
    const plan = planRow(record({ organization: { email: 'new@b.org' } }), matches([org], { 'Relief Works': ['org-1'] }), TODAY);
    expect(plan).toMatchObject({ action: 'update', organizationId: 'org-1', changes: { email: 'new@b.org' }, recordCertificate: true });
  });

  it('never rewrites a recorded certificate: differences are a warning', () => {
    const org = organization('org-1', [certificate({ validTo: '2027-12-31', fieldCodes: ['education'] })]);
    const plan = planRow(record(), matches([org], { 'Relief Works': ['org-1'] }), TODAY);
    expect(plan.action).toBe('unchanged');
    expect(plan.issues).toEqual([expect.objectContaining({ code: 'certificate_differs', severity: 'warning', column: 'valid_to' })]);
    expect(plan.issues[0]!.message.en).toContain('(Valid to, Fields)');
  });

  it('refuses a certificate number recorded for another organisation than the name found', () => {
    const plan = planRow(record(), matches([organization('org-1', [certificate()]), organization('org-2', [], { nameEn: 'Relief Works' })], { 'Relief Works': ['org-2'] }), TODAY);
    expect(plan).toMatchObject({ action: null, issues: [expect.objectContaining({ code: 'certificate_of_other_organization', column: 'certificate_number' })] });
  });

  it('refuses names matching several organisations', () => {
    const plan = planRow(record(), matches([organization('a'), organization('b')], { 'Relief Works': ['a'], Hilfswerk: ['b'] }), TODAY);
    expect(plan.issues.map((i) => i.code)).toEqual(['ambiguous_organization']);
  });

  it('caps the validity with the home registration known to the register (Decree 58/2022 Art. 9)', () => {
    const org = organization('org-1', [], { homeRegistrationExpiresOn: '2027-06-30' });
    const plan = planRow(record(), matches([org], { 'Relief Works': ['org-1'] }), TODAY);
    expect(plan.issues.map((i) => `${i.column}:${i.code}`)).toEqual(['valid_to:validity_beyond_home_registration']);
  });

  it('refuses a second representative office in force (Decree 58/2022 Art. 8)', () => {
    const office = certificate({ number: 'VP-1', type: 'rep_office', officeCityCode: '01', validTo: '2029-01-01' });
    const plan = planRow(record({ certificate: { type: 'rep_office', officeCityCode: '79', validTo: '2029-01-09' } }), matches([organization('org-1', [office])], { 'Relief Works': ['org-1'] }), TODAY);
    expect(plan.issues.map((i) => i.code)).toEqual(['second_representative_office']);
  });
});
