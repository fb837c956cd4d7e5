import { isAdjusted } from '../../../../common/agency-report';
import type { NgoActivityRow } from './types';

export { agencyTotals as totalsOf, isAdjusted, needsExplanation } from '../../../../common/agency-report';

/** Applies an edit to one row, recomputing its `adjusted` flag. */
export function editRow(rows: readonly NgoActivityRow[], index: number, patch: Partial<NgoActivityRow>): NgoActivityRow[] {
  return rows.map((r, i) => {
    if (i !== index) return r;
    const next = { ...r, ...patch };
    return { ...next, adjusted: isAdjusted(next) };
  });
}

/** Amount in the Vietnamese way (dot thousands separators), with its currency code. */
export function formatAmount(value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined) return '—';
  const n = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
  return currency ? `${n} ${currency}` : n;
}
