import { describe, expect, it } from 'vitest';
import type { CertificateType, DecisionStatus } from '../../../common/registry';
import { eligibleTargetProcedures, isEligibleTarget } from './target-eligibility';

const TODAY = '2026-12-04';

describe('certificates an NGO can extend or amend (Decree 58/2022 Art. 12, 13, 16, 17)', () => {
  const cases: [string, CertificateType, DecisionStatus, string, string[]][] = [
    ['an operation certificate in force: extend (Art. 12) or amend (Art. 13)', 'operation', 'in_force', '2027-04-14', ['operation.extend', 'operation.amend']],
    ['a representative office in force: extend (Art. 16) or amend (Art. 17)', 'rep_office', 'in_force', '2028-06-19', ['rep_office.extend', 'rep_office.amend']],
    ['a certificate on its last valid day is still in force', 'operation', 'in_force', TODAY, ['operation.extend', 'operation.amend']],
    ['an expired certificate (the day after its last valid day): nothing', 'operation', 'in_force', '2026-12-03', []],
    ['a suspended certificate: nothing', 'operation', 'suspended', '2027-04-14', []],
    ['a terminated certificate: nothing', 'rep_office', 'terminated', '2028-06-19', []],
    ['a revoked certificate: nothing', 'operation', 'revoked', '2027-04-14', []],
    ['a Decree 12/2012 operation certificate: nothing, even in force', 'legacy_operation', 'in_force', '2027-04-14', []],
    ['a Decree 12/2012 project office: nothing', 'legacy_project_office', 'in_force', '2027-04-14', []],
    ['a Decree 12/2012 representative office: nothing', 'legacy_rep_office', 'in_force', '2027-04-14', []],
  ];
  it.each(cases)('%s', (_label, type, decisionStatus, validTo, expected) => {
    expect(eligibleTargetProcedures({ type, decisionStatus, validTo }, TODAY)).toEqual(expected);
  });

  it('never offers a procedure of the other certificate type', () => {
    const office = { type: 'rep_office' as const, decisionStatus: 'in_force' as const, validTo: '2028-06-19' };
    expect(isEligibleTarget(office, 'rep_office.extend', TODAY)).toBe(true);
    expect(isEligibleTarget(office, 'operation.extend', TODAY)).toBe(false);
    expect(isEligibleTarget(office, 'rep_office.issue', TODAY)).toBe(false);
  });
});
