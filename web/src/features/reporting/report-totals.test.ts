import { describe, expect, it } from 'vitest';
import { formatAmount, issuesAt, totalsByCurrency } from './report-totals';

const item = (lines: { provinceCode: string; currency: string; committed: number; disbursed: number }[]) => ({ kind: 'project' as const, titleVi: 'x', fieldCodes: [], vietnamesePartners: [], lines, beneficiaries: { description: '' } });

describe('totalsByCurrency', () => {
  it('sums per currency across items and never adds different currencies', () => {
    const totals = totalsByCurrency({
      items: [item([{ provinceCode: '92', currency: 'USD', committed: 100, disbursed: 60 }, { provinceCode: '46', currency: 'eur', committed: 20, disbursed: 25 }]), item([{ provinceCode: '86', currency: 'USD', committed: 30, disbursed: 10 }])],
    });
    expect(totals).toEqual([
      { currency: 'EUR', committed: 20, disbursed: 25 },
      { currency: 'USD', committed: 130, disbursed: 70 },
    ]);
  });

  it('ignores lines without a currency and counts empty amounts as 0', () => {
    expect(totalsByCurrency({ items: [item([{ provinceCode: '01', currency: '', committed: 5, disbursed: 5 }, { provinceCode: '01', currency: 'VND', committed: Number.NaN, disbursed: 1000 }])] })).toEqual([{ currency: 'VND', committed: 0, disbursed: 1000 }]);
    expect(totalsByCurrency(null)).toEqual([]);
  });
});

describe('formatAmount', () => {
  it('writes VND with dots and no decimals, other currencies with their code', () => {
    expect(formatAmount(1234567, 'VND', 'en')).toBe('1.234.567 VND');
    expect(formatAmount(1234.5, 'USD', 'en')).toBe('1,234.5 USD');
    expect(formatAmount(1234.5, 'EUR', 'vi')).toBe('1.234,5 EUR');
  });
});

describe('issuesAt', () => {
  it('finds the issues of a line and of its fields', () => {
    const issues = [{ path: 'items.0.lines.1.provinceCode' }, { path: 'items.0.lines.10.currency' }, { path: 'staff' }];
    expect(issuesAt(issues, 'items.0.lines.1')).toEqual([{ path: 'items.0.lines.1.provinceCode' }]);
  });
});
