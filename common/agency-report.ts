/**
 * Rules of the agency / province annual report shared by the server (its submission check) and the web editor:
 * a figure the unit changed from what the NGO reported is "adjusted" and needs an explanation (issue 7 §3).
 */

/** The part of an NGO row the rules read. */
export interface ActivityFigures {
  currency: string;
  committed: number;
  disbursed: number;
  projects: number;
  explanation?: string | null;
  ngoReported: { committed: number; disbursed: number };
}

export interface CurrencyTotals {
  currency: string;
  committed: number;
  disbursed: number;
  ngoCommitted: number;
  ngoDisbursed: number;
  projects: number;
}

/** Differences below half a cent are rounding, not adjustments. */
const CENT = 0.005;
const differs = (a: number, b: number) => Math.abs(a - b) > CENT;

/** True when the unit's figure differs from what the NGO reported. */
export function isAdjusted(row: Pick<ActivityFigures, 'committed' | 'disbursed' | 'ngoReported'>): boolean {
  return differs(row.committed, row.ngoReported.committed) || differs(row.disbursed, row.ngoReported.disbursed);
}

/** True when the row is adjusted but has no explanation (the server refuses the submission). */
export function needsExplanation(row: Pick<ActivityFigures, 'committed' | 'disbursed' | 'ngoReported' | 'explanation'>): boolean {
  return isAdjusted(row) && !row.explanation?.trim();
}

/** Totals per currency of the unit's figures and of the NGO-reported ones, by currency code. */
export function agencyTotals(rows: readonly ActivityFigures[]): CurrencyTotals[] {
  const byCurrency = new Map<string, CurrencyTotals>();
  for (const r of rows) {
    const t = byCurrency.get(r.currency) ?? { currency: r.currency, committed: 0, disbursed: 0, ngoCommitted: 0, ngoDisbursed: 0, projects: 0 };
    t.committed += r.committed;
    t.disbursed += r.disbursed;
    t.ngoCommitted += r.ngoReported.committed;
    t.ngoDisbursed += r.ngoReported.disbursed;
    t.projects += r.projects;
    byCurrency.set(r.currency, t);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
