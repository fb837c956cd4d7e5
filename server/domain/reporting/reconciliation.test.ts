import { describe, expect, it } from 'vitest';
import { amountsDisagree, reconcile } from './reconciliation';

describe('amountsDisagree (5 % and a floor of 1,000)', () => {
  it('ignores rounding and small differences, flags real ones', () => {
    expect(amountsDisagree({ ngo: 100_000, agency: 100_900 })).toBe(false);
    expect(amountsDisagree({ ngo: 100_000, agency: 104_000 })).toBe(false);
    expect(amountsDisagree({ ngo: 100_000, agency: 110_000 })).toBe(true);
    expect(amountsDisagree({ ngo: 5_000, agency: 5_900 })).toBe(false);
  });
  it('a missing side with a real amount disagrees', () => {
    expect(amountsDisagree({ ngo: null, agency: 50_000 })).toBe(true);
    expect(amountsDisagree({ ngo: null, agency: 0 })).toBe(false);
  });
});

describe('reconcile', () => {
  const ngo = [
    { organizationId: 'o1', provinceCode: '46', currency: 'USD', committed: 60_000, disbursed: 40_000 },
    { organizationId: 'o1', provinceCode: '46', currency: 'USD', committed: 20_000, disbursed: 10_000 },
    { organizationId: 'o1', provinceCode: '01', currency: 'USD', committed: 10_000, disbursed: 10_000 },
  ];
  it('sums both sides per NGO × province × currency and flags the adjusted figure', () => {
    const rows = reconcile(ngo, [{ organizationId: 'o1', provinceCode: '46', currency: 'USD', committed: 80_000, disbursed: 30_000, explanation: 'Counted on receipts' }]);
    const hue = rows.find((r) => r.provinceCode === '46')!;
    expect(hue).toMatchObject({ ngoCommitted: 80_000, agencyCommitted: 80_000, ngoDisbursed: 50_000, agencyDisbursed: 30_000, flags: ['disbursed'], explanation: 'Counted on receipts' });
    expect(rows.find((r) => r.provinceCode === '01')!.flags).toEqual(['province_missing_in_agency_report']);
  });
  it('flags a province the NGO never reported', () => {
    const rows = reconcile([], [{ organizationId: 'o2', provinceCode: '48', currency: 'EUR', committed: 5_000, disbursed: 0 }]);
    expect(rows[0]!.flags).toEqual(['province_missing_in_ngo_report']);
  });
  it('agrees when the figures match', () => {
    const rows = reconcile(ngo.slice(0, 1), [{ ...ngo[0]! }]);
    expect(rows[0]!.flags).toEqual([]);
  });
});
