import { describe, expect, it } from 'vitest';
import { certificateStatus } from './certificate-status';

describe('certificateStatus (Decree 58/2022 Art. 9; Chapter IV decisions)', () => {
  it.each([
    ['Art. 9: valid before its end date', 'in_force', '2027-03-15', '2026-11-23', 'valid'],
    ['Art. 9: still valid on its last day', 'in_force', '2026-11-23', '2026-11-23', 'valid'],
    ['Art. 9: expired the day after its end date, without a job', 'in_force', '2026-11-22', '2026-11-23', 'expired'],
    ['Chapter IV: a suspension decision wins over the dates', 'suspended', '2027-01-01', '2026-11-23', 'suspended'],
    ['Chapter IV: a terminated certificate reads terminated even after its end date', 'terminated', '2020-01-01', '2026-11-23', 'terminated'],
    ['Chapter IV: a revoked certificate reads revoked', 'revoked', '2028-01-01', '2026-11-23', 'revoked'],
  ] as const)('%s', (_name, decision, validTo, today, expected) => {
    expect(certificateStatus(decision, validTo, today)).toBe(expected);
  });
});
