import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { aidAggregate, reportAidLine, type AidKind, type AidLineSource } from './reporting.tables';

/** One aid figure of a report, before it is stored (amounts in `currency`; USD equivalents when a rate is known). */
export interface AidLineInput {
  organizationId: string;
  countryCode: string | null;
  provinceCode: string;
  legacyProvinceCode?: string | null;
  fieldCode: string | null;
  aidKind: AidKind;
  currency: string;
  committed: number;
  disbursed: number;
  committedUsd: number | null;
  disbursedUsd: number | null;
  explanation?: string | null;
}

export interface AidLineOwner {
  versionId: string;
  campaignId: string;
  reportingYear: number;
  source: AidLineSource;
  reporterUnitId: string;
}

/**
 * Makes `lines` the current aid figures of a reporter in a campaign (call inside the submit transaction): the
 * lines of the reporter's earlier versions stop being current (they are kept), the new ones are inserted, and for
 * NGO-sourced lines the pre-aggregated table is moved by the difference (old lines subtracted, new ones added).
 */
export async function replaceCurrentAidLines(tx: Executor, owner: AidLineOwner, lines: readonly AidLineInput[]): Promise<void> {
  const previous = await tx
    .update(reportAidLine)
    .set({ current: false })
    .where(and(eq(reportAidLine.campaignId, owner.campaignId), eq(reportAidLine.reporterUnitId, owner.reporterUnitId), eq(reportAidLine.source, owner.source), eq(reportAidLine.current, true)))
    .returning();
  if (lines.length) {
    await tx.insert(reportAidLine).values(
      lines.map((l) => ({
        ...owner,
        organizationId: l.organizationId,
        countryCode: l.countryCode,
        provinceCode: l.provinceCode,
        legacyProvinceCode: l.legacyProvinceCode ?? null,
        fieldCode: l.fieldCode,
        aidKind: l.aidKind,
        currency: l.currency,
        committed: l.committed,
        disbursed: l.disbursed,
        committedUsd: l.committedUsd,
        disbursedUsd: l.disbursedUsd,
        explanation: l.explanation ?? null,
        current: true,
      })),
    );
  }
  if (owner.source !== 'ngo') return;
  const deltas = new Map<string, { year: number; province: string; field: string; country: string; currency: string; c: number; d: number; cu: number; du: number; n: number }>();
  const add = (year: number, l: Pick<AidLineInput, 'provinceCode' | 'fieldCode' | 'countryCode' | 'currency' | 'committed' | 'disbursed' | 'committedUsd' | 'disbursedUsd'>, sign: 1 | -1) => {
    const field = l.fieldCode ?? '';
    const country = l.countryCode ?? '';
    const k = `${year}|${l.provinceCode}|${field}|${country}|${l.currency}`;
    const cur = deltas.get(k) ?? { year, province: l.provinceCode, field, country, currency: l.currency, c: 0, d: 0, cu: 0, du: 0, n: 0 };
    cur.c += sign * Number(l.committed);
    cur.d += sign * Number(l.disbursed);
    cur.cu += sign * Number(l.committedUsd ?? 0);
    cur.du += sign * Number(l.disbursedUsd ?? 0);
    cur.n += sign;
    deltas.set(k, cur);
  };
  for (const p of previous) add(p.reportingYear, p, -1);
  for (const l of lines) add(owner.reportingYear, l, 1);
  for (const d of deltas.values()) {
    if (d.n === 0 && d.c === 0 && d.d === 0 && d.cu === 0 && d.du === 0) continue;
    await tx
      .insert(aidAggregate)
      .values({ reportingYear: d.year, provinceCode: d.province, fieldCode: d.field, countryCode: d.country, currency: d.currency, committed: d.c, disbursed: d.d, committedUsd: d.cu, disbursedUsd: d.du, lineCount: d.n })
      .onConflictDoUpdate({
        target: [aidAggregate.reportingYear, aidAggregate.provinceCode, aidAggregate.fieldCode, aidAggregate.countryCode, aidAggregate.currency],
        set: {
          committed: sql`${aidAggregate.committed} + excluded.committed`,
          disbursed: sql`${aidAggregate.disbursed} + excluded.disbursed`,
          committedUsd: sql`${aidAggregate.committedUsd} + excluded.committed_usd`,
          disbursedUsd: sql`${aidAggregate.disbursedUsd} + excluded.disbursed_usd`,
          lineCount: sql`${aidAggregate.lineCount} + excluded.line_count`,
        },
      });
  }
}
