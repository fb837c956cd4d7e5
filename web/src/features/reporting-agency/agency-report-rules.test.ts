import { describe, expect, it } from 'vitest';
import { editRow, formatAmount, isAdjusted, needsExplanation, totalsOf } from './agency-report-rules';
import type { NgoActivityRow } from './types';

const row = (o: Partial<NgoActivityRow> = {}): NgoActivityRow => ({ organizationId: 'a', nameVi: 'A', provinceCode: '46', currency: 'USD', committed: 100, disbursed: 50, projects: 1, adjusted: false, ngoReported: { committed: 100, disbursed: 50 }, ...o });

describe('agency report rules', () => {
  it('marks an edited figure as adjusted and asks for an explanation', () => {
    const [edited] = editRow([row()], 0, { committed: 90 });
    expect(edited!.adjusted).toBe(true);
    expect(needsExplanation(edited!)).toBe(true);
    expect(needsExplanation({ ...edited!, explanation: 'Lý do' })).toBe(false);
    expect(isAdjusted(row())).toBe(false);
  });

  it('sums per currency and formats amounts the Vietnamese way', () => {
    expect(totalsOf([row(), row({ committed: 20, ngoReported: { committed: 10, disbursed: 0 }, disbursed: 0 }), row({ currency: 'EUR' })])[1]).toMatchObject({ currency: 'USD', committed: 120, ngoCommitted: 110 });
    expect(formatAmount(1234567.5, 'USD')).toBe('1.234.567,5 USD');
  });
});
