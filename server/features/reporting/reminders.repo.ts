import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { orgUnit } from '../units/units.tables';
import { reportCampaign, reportObligation } from './reporting.tables';

/** An unfiled obligation of an open campaign, with what a reminder needs. */
export interface ReminderCandidate {
  id: string;
  campaignId: string;
  unitId: string;
  dueOn: string;
  reminderOffsets: number[];
  reminderOffsetsSent: number[];
  titleVi: string;
  titleEn: string;
  unitNameVi: string;
  unitNameEn: string;
}

/** Unfiled obligations of open campaigns (those whose reminders may be due). */
export async function selectUnfiledObligations(db: Executor): Promise<ReminderCandidate[]> {
  return db
    .select({
      id: reportObligation.id,
      campaignId: reportObligation.campaignId,
      unitId: reportObligation.unitId,
      dueOn: reportObligation.dueOn,
      reminderOffsets: reportCampaign.reminderOffsets,
      reminderOffsetsSent: reportObligation.reminderOffsetsSent,
      titleVi: reportCampaign.titleVi,
      titleEn: reportCampaign.titleEn,
      unitNameVi: orgUnit.nameVi,
      unitNameEn: orgUnit.nameEn,
    })
    .from(reportObligation)
    .innerJoin(reportCampaign, eq(reportCampaign.id, reportObligation.campaignId))
    .innerJoin(orgUnit, eq(orgUnit.id, reportObligation.unitId))
    .where(and(eq(reportCampaign.status, 'open'), isNull(reportObligation.firstSubmittedOn)))
    .orderBy(reportObligation.dueOn, reportObligation.id);
}

/**
 * Records `offset` (and the earlier `passed` offsets) as sent, only if `offset` was not recorded yet and the report
 * is still unfiled: true when this call recorded it (the caller then sends), false when another run did.
 */
export async function markRemindersSent(tx: Executor, obligationId: string, offset: number, passed: readonly number[]): Promise<boolean> {
  const all = JSON.stringify([...new Set([...passed, offset])]);
  const rows = await tx
    .update(reportObligation)
    .set({
      reminderOffsetsSent: sql`(select coalesce(jsonb_agg(distinct v), '[]'::jsonb) from jsonb_array_elements(${reportObligation.reminderOffsetsSent} || ${all}::jsonb) v)`,
    })
    .where(and(eq(reportObligation.id, obligationId), isNull(reportObligation.firstSubmittedOn), sql`not (${reportObligation.reminderOffsetsSent} @> ${JSON.stringify([offset])}::jsonb)`))
    .returning({ id: reportObligation.id });
  return rows.length > 0;
}
