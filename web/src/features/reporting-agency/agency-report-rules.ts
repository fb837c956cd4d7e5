import type { AgencyReportContent, NgoActivityRow } from './types';

const CENT = 0.005;

/** True when the unit's figure differs from the NGO-reported one (same rule as the server's check). */
export function isAdjusted(row: Pick<NgoActivityRow, 'committed' | 'disbursed' | 'ngoReported'>): boolean {
  return Math.abs(row.committed - row.ngoReported.committed) > CENT || Math.abs(row.disbursed - row.ngoReported.disbursed) > CENT;
}

/** True when the row is adjusted but has no explanation (the server refuses the submission). */
export function needsExplanation(row: NgoActivityRow): boolean {
  return isAdjusted(row) && !row.explanation?.trim();
}

/** Totals per currency of the unit's figures and the NGO-reported ones. */
export function totalsOf(rows: readonly NgoActivityRow[]): AgencyReportContent['totals'] {
  const map = new Map<string, AgencyReportContent['totals'][number]>();
  for (const r of rows) {
    const t = map.get(r.currency) ?? { currency: r.currency, committed: 0, disbursed: 0, ngoCommitted: 0, ngoDisbursed: 0, projects: 0 };
    t.committed += r.committed;
    t.disbursed += r.disbursed;
    t.ngoCommitted += r.ngoReported.committed;
    t.ngoDisbursed += r.ngoReported.disbursed;
    t.projects += r.projects;
    map.set(r.currency, t);
  }
  return [...map.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

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
