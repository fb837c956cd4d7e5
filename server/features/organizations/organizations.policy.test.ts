import { describe, expect, it } from 'vitest';
import { certificateAbilities, organizationAbilities, registryScopeOf } from './organizations.policy';

describe('registryScopeOf', () => {
  it.each([
    ['MOFA officer sees every NGO', { role: 'mofa_officer', unitKind: 'mofa', provinceCode: null }, { kind: 'all' }],
    ['system admin sees every NGO', { role: 'system_admin', unitKind: 'mofa', provinceCode: null }, { kind: 'all' }],
    ['a ministry viewer sees every NGO', { role: 'agency_viewer', unitKind: 'ministry', provinceCode: null }, { kind: 'all' }],
    ['a central agency focal sees every NGO', { role: 'agency_focal', unitKind: 'agency', provinceCode: null }, { kind: 'all' }],
    ['a province focal unit sees only its province', { role: 'agency_focal', unitKind: 'province', provinceCode: '46' }, { kind: 'province', provinceCode: '46' }],
    ['a province unit without a province sees nothing', { role: 'agency_viewer', unitKind: 'province', provinceCode: null }, { kind: 'none' }],
    ['an NGO representative sees nothing of the internal registry', { role: 'ngo_representative', unitKind: 'ngo', provinceCode: null }, { kind: 'none' }],
    ['an anonymous visitor sees nothing of the internal registry', { role: null, unitKind: null, provinceCode: null }, { kind: 'none' }],
  ] as const)('%s', (_name, actor, expected) => {
    expect(registryScopeOf(actor)).toEqual(expected);
  });
});

describe('abilities', () => {
  const officer = { role: 'mofa_officer' as const };
  const viewer = { role: 'agency_viewer' as const };
  it.each([
    ['a MOFA officer may amend a Decree 58 certificate in force and suspend it', officer, 'operation', 'in_force', false, { canAddVersion: true, allowedDecisions: ['suspended', 'terminated', 'revoked'] }],
    ['a legacy Decree 12/2012 certificate takes no new versions', officer, 'legacy_operation', 'in_force', false, { canAddVersion: false, allowedDecisions: ['suspended', 'terminated', 'revoked'] }],
    ['a suspended certificate can only be lifted, terminated or revoked', officer, 'rep_office', 'suspended', false, { canAddVersion: false, allowedDecisions: ['in_force', 'terminated', 'revoked'] }],
    ['an agency viewer may do nothing', viewer, 'operation', 'in_force', false, { canAddVersion: false, allowedDecisions: [] }],
    ['a past "as of" view is read-only', officer, 'operation', 'in_force', true, { canAddVersion: false, allowedDecisions: [] }],
  ] as const)('%s', (_name, actor, type, decisionStatus, past, expected) => {
    expect(certificateAbilities(actor, { type, decisionStatus }, past)).toEqual(expected);
  });

  it('lets only registry managers edit an organisation, and never in a past view', () => {
    expect(organizationAbilities(officer, false)).toEqual({ canEdit: true, canRecordCertificate: true });
    expect(organizationAbilities(officer, true)).toEqual({ canEdit: false, canRecordCertificate: false });
    expect(organizationAbilities(viewer, false)).toEqual({ canEdit: false, canRecordCertificate: false });
  });
});
