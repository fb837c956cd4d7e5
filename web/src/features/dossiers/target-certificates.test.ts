import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { toCreateBody } from './guide-answers';
import { canStart, eligibleTargets, needsTargetCertificate, targetLabel } from './target-certificates';
import type { MyCertificate } from './types';

const certificate = (over: Partial<MyCertificate>): MyCertificate => ({
  id: '00000000-0000-4000-8000-000000000001',
  organizationId: '00000000-0000-4000-8000-0000000000aa',
  organizationName: { en: 'Children Relief International', vi: 'Tổ chức Cứu trợ Trẻ em Quốc tế' },
  type: 'operation',
  number: '112/GĐKHĐ-BNG',
  issuedOn: '2024-04-15',
  validFrom: '2024-04-15',
  validTo: '2027-04-14',
  status: 'valid',
  officeCityCode: null,
  eligibleProcedures: ['operation.extend', 'operation.amend'],
  ...over,
});

describe('choosing the certificate to extend or amend', () => {
  const operation = certificate({});
  const office = certificate({ id: '00000000-0000-4000-8000-000000000002', type: 'rep_office', number: '031/GĐKVPĐD-BNG', validTo: '2028-06-19', eligibleProcedures: ['rep_office.extend', 'rep_office.amend'] });
  const expired = certificate({ id: '00000000-0000-4000-8000-000000000003', number: '087/GĐKHĐ-BNG', validTo: '2025-08-31', status: 'expired', eligibleProcedures: [] });

  it('offers only the certificates the server marks eligible for the procedure', () => {
    expect(eligibleTargets([expired, office, operation], 'operation.extend').map((c) => c.number)).toEqual(['112/GĐKHĐ-BNG']);
    expect(eligibleTargets([expired, office, operation], 'rep_office.amend').map((c) => c.number)).toEqual(['031/GĐKVPĐD-BNG']);
    expect(eligibleTargets([expired], 'operation.amend')).toEqual([]);
  });

  it('asks for a certificate before starting an amend or extend dossier, never for an issue', () => {
    expect(needsTargetCertificate({ kind: 'issue' })).toBe(false);
    expect(canStart({ kind: 'issue' }, null)).toBe(true);
    expect(canStart({ kind: 'extend' }, null)).toBe(false);
    expect(canStart({ kind: 'amend' }, operation.id)).toBe(true);
  });

  it('sends the chosen certificate with the create body (not for an issue)', () => {
    expect(toCreateBody({ code: 'operation.extend', kind: 'extend' }, {}, 'web-key-0003', operation.id)).toEqual({ procedure: 'operation.extend', application: {}, clientKey: 'web-key-0003', targetCertificateId: operation.id });
    expect(toCreateBody({ code: 'operation.issue', kind: 'issue' }, {}, 'web-key-0004', operation.id)).toEqual({ procedure: 'operation.issue', application: {}, clientKey: 'web-key-0004' });
  });

  it('labels an option with number, type and last valid day as dd/mm/yyyy', () => {
    const t = ((key: string, values?: Record<string, string>) => (values ? `${key}:${values.number}|${values.type}|${values.validTo}` : key)) as unknown as TFunction;
    expect(targetLabel(t, operation)).toBe('dossiers.target.option:112/GĐKHĐ-BNG|registry.types.operation|14/04/2027');
  });
});
