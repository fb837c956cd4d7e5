import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { certificate } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { orgUnit } from '../units/units.tables';
import { reportCampaign, reportObligation, reportVersion } from './reporting.tables';
import type { FilingStatus } from '../../domain/reporting/report-calendar';

export type CampaignRow = typeof reportCampaign.$inferSelect;
export type CampaignInsert = typeof reportCampaign.$inferInsert;
export type ObligationRow = typeof reportObligation.$inferSelect;

export async function insertCampaign(tx: Executor, values: CampaignInsert): Promise<CampaignRow> {
  const [row] = await tx.insert(reportCampaign).values(values).returning();
  return row!;
}

export async function selectCampaign(db: Executor, id: string, forUpdate = false): Promise<CampaignRow | null> {
  const query = db.select().from(reportCampaign).where(eq(reportCampaign.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function selectCampaignByCode(db: Executor, code: string): Promise<CampaignRow | null> {
  const [row] = await db.select().from(reportCampaign).where(eq(reportCampaign.code, code));
  return row ?? null;
}

/** Campaigns (or one), newest reporting year first, with their obligation and filed counts. */
export async function selectCampaigns(db: Executor, campaignId?: string) {
  const filed = sql<number>`count(${reportObligation.firstSubmittedOn})::int`;
  return db
    .select({ campaign: reportCampaign, obligations: sql<number>`count(${reportObligation.id})::int`, filed })
    .from(reportCampaign)
    .leftJoin(reportObligation, eq(reportObligation.campaignId, reportCampaign.id))
    .where(campaignId ? eq(reportCampaign.id, campaignId) : undefined)
    .groupBy(reportCampaign.id)
    .orderBy(desc(reportCampaign.reportingYear), desc(reportCampaign.createdAt));
}

export async function updateCampaignStatus(tx: Executor, id: string, status: CampaignRow['status']): Promise<void> {
  await tx.update(reportCampaign).set({ status }).where(eq(reportCampaign.id, id));
}

/**
 * Organisations holding a certificate in force on `day` (decided in force, valid_from ≤ day ≤ valid_to), with
 * their NGO unit (null when the NGO has no account yet).
 */
export async function selectOrganizationsWithValidCertificate(db: Executor, day: string): Promise<{ organizationId: string; unitId: string | null }[]> {
  return db
    .selectDistinct({ organizationId: organization.id, unitId: organization.unitId })
    .from(organization)
    .innerJoin(certificate, eq(certificate.organizationId, organization.id))
    .where(and(eq(certificate.decisionStatus, 'in_force'), sql`${certificate.validFrom} <= ${day}`, sql`${certificate.validTo} >= ${day}`))
    .orderBy(organization.id);
}

/** Units of the given kinds active on `day`; `topLevelOnly` leaves out departments (units with a parent). */
export async function selectActiveUnits(db: Executor, kinds: readonly ('ministry' | 'agency' | 'province')[], day: string, topLevelOnly = false): Promise<{ id: string }[]> {
  const where: SQL[] = [inArray(orgUnit.kind, [...kinds]), or(isNull(orgUnit.activeTo), sql`${orgUnit.activeTo} >= ${day}`)!, or(isNull(orgUnit.activeFrom), sql`${orgUnit.activeFrom} <= ${day}`)!];
  if (topLevelOnly) where.push(isNull(orgUnit.parentId));
  return db.select({ id: orgUnit.id }).from(orgUnit).where(and(...where)).orderBy(orgUnit.code);
}

/** Active units under `parentId` (a province's departments). */
export async function selectChildUnits(db: Executor, parentId: string, day: string): Promise<{ id: string }[]> {
  return db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.parentId, parentId), or(isNull(orgUnit.activeTo), sql`${orgUnit.activeTo} >= ${day}`)))
    .orderBy(orgUnit.code);
}

/** Units by id (for listed units: only existing ones). */
export async function selectUnitsByIds(db: Executor, ids: readonly string[]): Promise<{ id: string; kind: string }[]> {
  if (!ids.length) return [];
  return db.select({ id: orgUnit.id, kind: orgUnit.kind }).from(orgUnit).where(inArray(orgUnit.id, [...ids]));
}

/** Adds obligations, skipping parties that already have one in the campaign; returns the rows inserted. */
export async function insertObligations(tx: Executor, rows: (typeof reportObligation.$inferInsert)[]): Promise<ObligationRow[]> {
  if (!rows.length) return [];
  return tx.insert(reportObligation).values(rows).onConflictDoNothing().returning();
}

export async function selectObligation(db: Executor, id: string, forUpdate = false): Promise<ObligationRow | null> {
  const query = db.select().from(reportObligation).where(eq(reportObligation.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Moves an obligation's due day; the reminders start again for the new day (their dedupe keys carry the day). */
export async function updateObligationDue(tx: Executor, id: string, dueOn: string): Promise<void> {
  await tx.update(reportObligation).set({ dueOn, reminderOffsetsSent: [] }).where(eq(reportObligation.id, id));
}

/** The due days of a campaign's obligations (usually one; more after individual extensions). */
export async function selectDistinctDueDays(db: Executor, campaignId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ dueOn: reportObligation.dueOn }).from(reportObligation).where(eq(reportObligation.campaignId, campaignId));
  return rows.map((r) => r.dueOn);
}

/**
 * The filing status of an obligation in SQL, the same rule as `filingStatus()` (report-calendar.ts): the due-soon
 * window depends on the working calendar, so the caller passes the due days whose window has begun today.
 */
export function filingStatusSql(today: string, dueSoonDays: readonly string[]): SQL<FilingStatus> {
  const o = reportObligation;
  const soon = dueSoonDays.length ? sql`${o.dueOn} in (${sql.join(dueSoonDays.map((d) => sql`${d}::date`), sql`, `)})` : sql`false`;
  return sql<FilingStatus>`(case when ${o.firstSubmittedOn} is not null then (case when ${o.firstSubmittedOn} <= ${o.dueOn} then 'filed_on_time' else 'filed_late' end) when ${o.dueOn} < ${today}::date then 'overdue' when ${soon} then 'due_soon' else 'open' end)`;
}

export interface BoardQuery {
  today: string;
  dueSoonDays: readonly string[];
  status?: FilingStatus;
  limit: number;
  offset: number;
}

/** One page of a campaign's status board (party name, due day, status, first submission, version count). */
export async function selectBoardPage(db: Executor, campaignId: string, q: BoardQuery) {
  const status = filingStatusSql(q.today, q.dueSoonDays);
  const versions = sql<number>`(select count(*)::int from ${reportVersion} v where v.obligation_id = ${reportObligation.id} and v.status <> 'draft')`;
  const hasDraft = sql<boolean>`exists (select 1 from ${reportVersion} v where v.obligation_id = ${reportObligation.id} and v.status = 'draft')`;
  const where = and(eq(reportObligation.campaignId, campaignId), q.status ? sql`${status} = ${q.status}` : undefined);
  return db
    .select({
      obligation: reportObligation,
      unitCode: orgUnit.code,
      unitNameVi: orgUnit.nameVi,
      unitNameEn: orgUnit.nameEn,
      unitKind: orgUnit.kind,
      registryCode: organization.registryCode,
      organizationName: organization.nameEn,
      status,
      versionCount: versions,
      hasDraft,
    })
    .from(reportObligation)
    .innerJoin(orgUnit, eq(orgUnit.id, reportObligation.unitId))
    .leftJoin(organization, eq(organization.id, reportObligation.organizationId))
    .where(where)
    .orderBy(asc(sql`${orgUnit.nameVi} collate "und-x-icu"`), asc(reportObligation.id))
    .limit(q.limit)
    .offset(q.offset);
}

/** Obligations of a campaign per filing status (for the board's counters and the filter's total). */
export async function countBoardByStatus(db: Executor, campaignId: string, today: string, dueSoonDays: readonly string[]): Promise<Record<FilingStatus, number>> {
  const status = filingStatusSql(today, dueSoonDays);
  const rows = await db.select({ status, n: count() }).from(reportObligation).where(eq(reportObligation.campaignId, campaignId)).groupBy(sql`1`);
  const counts: Record<FilingStatus, number> = { filed_on_time: 0, filed_late: 0, open: 0, due_soon: 0, overdue: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
