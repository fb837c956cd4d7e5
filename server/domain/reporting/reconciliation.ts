/**
 * Reconciliation of NGO-reported aid with a province's (or agency's) report (issue 7 §5). Pure.
 * A pair disagrees when the absolute difference exceeds both an absolute floor and a relative tolerance of the
 * larger figure (defaults: 5 % and 1,000 in the reporting currency; configuration), or when one side reports a
 * province / partner the other does not.
 */
export interface ReconciliationSettings {
  /** Relative tolerance, 0.05 = 5 %. */
  readonly relativeTolerance: number;
  /** Differences at or below this absolute amount are ignored (rounding, small currency effects). */
  readonly absoluteFloor: number;
}

export const DEFAULT_RECONCILIATION: ReconciliationSettings = { relativeTolerance: 0.05, absoluteFloor: 1000 };

export interface AmountPair {
  readonly ngo: number | null;
  readonly agency: number | null;
}

/** True when the two amounts disagree beyond the tolerance (one side missing = disagreement unless the other is 0). */
export function amountsDisagree(pair: AmountPair, settings: ReconciliationSettings = DEFAULT_RECONCILIATION): boolean {
  const a = pair.ngo ?? 0;
  const b = pair.agency ?? 0;
  if ((pair.ngo === null || pair.agency === null) && a === 0 && b === 0) return false;
  const diff = Math.abs(a - b);
  if (diff <= settings.absoluteFloor) return false;
  return diff > settings.relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
}

export interface ReconciliationKey {
  readonly organizationId: string;
  readonly provinceCode: string;
  readonly currency: string;
}

export interface ReconciliationRow extends ReconciliationKey {
  readonly ngoCommitted: number | null;
  readonly agencyCommitted: number | null;
  readonly ngoDisbursed: number | null;
  readonly agencyDisbursed: number | null;
  /** Why the row is flagged; empty = agrees. */
  readonly flags: ReadonlyArray<'committed' | 'disbursed' | 'province_missing_in_ngo_report' | 'province_missing_in_agency_report'>;
  readonly explanation: string | null;
}

export interface SideLine extends ReconciliationKey {
  readonly committed: number;
  readonly disbursed: number;
  readonly explanation?: string | null;
}

/**
 * Compares NGO lines with agency lines (summed per NGO × province × currency) and flags disagreements.
 * Rows come back sorted by organization, province, currency.
 */
export function reconcile(ngoLines: readonly SideLine[], agencyLines: readonly SideLine[], settings: ReconciliationSettings = DEFAULT_RECONCILIATION): ReconciliationRow[] {
  const key = (l: ReconciliationKey) => `${l.organizationId}|${l.provinceCode}|${l.currency}`;
  const sum = (lines: readonly SideLine[]) => {
    const m = new Map<string, { k: ReconciliationKey; committed: number; disbursed: number; explanation: string | null }>();
    for (const l of lines) {
      const k = key(l);
      const cur = m.get(k) ?? { k: { organizationId: l.organizationId, provinceCode: l.provinceCode, currency: l.currency }, committed: 0, disbursed: 0, explanation: null };
      cur.committed += l.committed;
      cur.disbursed += l.disbursed;
      if (l.explanation) cur.explanation = cur.explanation ? `${cur.explanation}; ${l.explanation}` : l.explanation;
      m.set(k, cur);
    }
    return m;
  };
  const ngo = sum(ngoLines);
  const agency = sum(agencyLines);
  const keys = [...new Set([...ngo.keys(), ...agency.keys()])].sort();
  return keys.map((k) => {
    const n = ngo.get(k);
    const a = agency.get(k);
    const base = (n ?? a)!.k;
    const flags: ReconciliationRow['flags'][number][] = [];
    if (!n) flags.push('province_missing_in_ngo_report');
    else if (!a) flags.push('province_missing_in_agency_report');
    else {
      if (amountsDisagree({ ngo: n.committed, agency: a.committed }, settings)) flags.push('committed');
      if (amountsDisagree({ ngo: n.disbursed, agency: a.disbursed }, settings)) flags.push('disbursed');
    }
    return {
      ...base,
      ngoCommitted: n?.committed ?? null,
      agencyCommitted: a?.committed ?? null,
      ngoDisbursed: n?.disbursed ?? null,
      agencyDisbursed: a?.disbursed ?? null,
      flags,
      explanation: a?.explanation ?? null,
    };
  });
}
