import { describe, expect, it } from 'vitest';
import { getProcedure } from '../procedures';
import { DEFAULT_CONSULTATION_CONFIG, proposeConsultees, type ConsulteeDossier, type ConsulteeUnit } from './consultees';

const units: ConsulteeUnit[] = [
  { code: 'MPS', active: true },
  { code: 'MOF', active: true },
  { code: 'MPI', active: false, successorCode: 'MOF' },
  { code: 'MOHA', active: true },
  { code: 'SBV', active: true },
  { code: 'MOH', active: true },
  { code: 'MOET', active: true },
  { code: 'MARD', active: false, successorCode: 'MAE' },
  { code: 'MAE', active: true },
];

const dossierOf = (code: Parameters<typeof getProcedure>[0], facts: Partial<ConsulteeDossier>): ConsulteeDossier => {
  const procedure = getProcedure(code);
  return { kind: procedure.kind, certificateType: procedure.certificateType, consultedParties: procedure.consultedParties, provinceCodes: [], fieldCodes: [], ...facts };
};
const codes = (d: ConsulteeDossier) => proposeConsultees(d, DEFAULT_CONSULTATION_CONFIG, units).consultees.map((c) => c.unitCode);

describe('proposeConsultees (Decree 58/2022 Art. 11(2), 15(2), 13, 17(3); Decision 3155/QĐ-BNG)', () => {
  it('issue of an operation certificate: police, finance, home affairs, State Bank, the line ministry of each field, each province of the areas', () => {
    expect(codes(dossierOf('operation.issue', { fieldCodes: ['health', 'education'], provinceCodes: ['46', '01'] }))).toEqual(['MPS', 'MOF', 'MOHA', 'SBV', 'MOH', 'MOET', 'PROV-46', 'PROV-01']);
  });
  it('representative office: also the province of the office city, once even when it is also an area', () => {
    const proposal = proposeConsultees(dossierOf('rep_office.issue', { fieldCodes: ['health'], provinceCodes: ['01'], officeCityCode: '01' }), DEFAULT_CONSULTATION_CONFIG, units);
    const hanoi = proposal.consultees.filter((c) => c.unitCode === 'PROV-01');
    expect(hanoi).toHaveLength(1);
    expect(hanoi[0]!.reasons.map((r) => r.kind)).toEqual(['area', 'office']);
    expect(proposal.basis.en).toContain('Art. 15');
  });
  it('asks the successor of a merged ministry (MPI → MOF, MARD → MAE) and merges the reasons', () => {
    const config = { ...DEFAULT_CONSULTATION_CONFIG, fieldMinistries: { agriculture_rural: ['MARD'] }, standing: { ...DEFAULT_CONSULTATION_CONFIG.standing, mof: 'MPI' } };
    const proposal = proposeConsultees(dossierOf('operation.extend', { fieldCodes: ['agriculture_rural'], aidApprovingUnitCodes: ['MPI'] }), config, units);
    expect(proposal.consultees.map((c) => c.unitCode)).toEqual(['MPS', 'MOF', 'MOHA', 'SBV', 'MAE']);
    expect(proposal.consultees.find((c) => c.unitCode === 'MOF')!.reasons.map((r) => r.kind)).toEqual(['standing', 'aid_approval']);
  });
  it('reports fields with no line ministry configured instead of silently skipping them', () => {
    expect(proposeConsultees(dossierOf('operation.issue', { fieldCodes: ['other'] }), DEFAULT_CONSULTATION_CONFIG, units).unmappedFields).toEqual(['other']);
  });
  it('amendment: only the agencies and provinces concerned by the change (a new area asks the police and that province)', () => {
    const d = dossierOf('operation.amend', { amendKind: 'amend', changeKinds: ['areas'], provinceCodes: ['46', '48'], previousProvinceCodes: ['46'], fieldCodes: ['health'] });
    expect(codes(d)).toEqual(['MPS', 'PROV-48']);
    expect(proposeConsultees(d, DEFAULT_CONSULTATION_CONFIG, units).basis.en).toContain('Art. 13');
  });
  it('amendment of the fields asks the line ministries of the added or removed fields', () => {
    expect(codes(dossierOf('rep_office.amend', { amendKind: 'supplement', changeKinds: ['fields'], fieldCodes: ['health', 'education'], previousFieldCodes: ['health'] }))).toEqual(['MPS', 'MOET']);
  });
  it('a re-issue for a lost or damaged certificate consults no one', () => {
    expect(codes(dossierOf('operation.amend', { amendKind: 'reissue_lost', changeKinds: ['areas'], provinceCodes: ['48'] }))).toEqual([]);
  });
});
