import { and, asc, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { certificate, certificateArea, certificateField } from '../certificates/certificates.tables';
import { organization, vietnamesePartner } from '../organizations/organizations.tables';
import { legacyProvince, province } from '../reference/reference.tables';
import { orgUnit } from '../units/units.tables';
import { reportCampaign, reportObligation, reportVersion } from './reporting.tables';

export type VersionRow = typeof reportVersion.$inferSelect;

/** Obligations of a unit with their campaign (open campaigns first, then by due day). */
export async function selectUnitObligations(db: Executor, unitId: string) {
  return db
    .select({ obligation: reportObligation, campaign: reportCampaign, unitNameVi: orgUnit.nameVi, unitNameEn: orgUnit.nameEn, unitKind: orgUnit.kind })
    .from(reportObligation)
    .innerJoin(reportCampaign, eq(reportCampaign.id, reportObligation.campaignId))
    .innerJoin(orgUnit, eq(orgUnit.id, reportObligation.unitId))
    .where(eq(reportObligation.unitId, unitId))
    .orderBy(asc(reportCampaign.status), desc(reportObligation.dueOn));
}

/** An obligation with its campaign and party (null when absent). */
export async function selectObligationWithCampaign(db: Executor, id: string) {
  const [row] = await db
    .select({ obligation: reportObligation, campaign: reportCampaign, unitNameVi: orgUnit.nameVi, unitNameEn: orgUnit.nameEn, unitKind: orgUnit.kind })
    .from(reportObligation)
    .innerJoin(reportCampaign, eq(reportCampaign.id, reportObligation.campaignId))
    .innerJoin(orgUnit, eq(orgUnit.id, reportObligation.unitId))
    .where(eq(reportObligation.id, id));
  return row ?? null;
}

/** Locks the obligation row: submissions of one obligation run one after the other (no double version). */
export async function lockObligation(tx: Executor, id: string) {
  const [row] = await tx.select().from(reportObligation).where(eq(reportObligation.id, id)).for('update');
  return row ?? null;
}

/** Every version of an obligation, newest first, with the names of who prepared and submitted it. */
export async function selectVersions(db: Executor, obligationId: string) {
  const submitter = sql<string | null>`(select u.full_name from ${appUser} u where u.id = ${reportVersion.submittedBy})`;
  return db
    .select({ version: reportVersion, preparedByName: appUser.fullName, submittedByName: submitter })
    .from(reportVersion)
    .innerJoin(appUser, eq(appUser.id, reportVersion.preparedBy))
    .where(eq(reportVersion.obligationId, obligationId))
    .orderBy(desc(reportVersion.version));
}

export async function selectVersion(db: Executor, obligationId: string, versionId: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(reportVersion).where(and(eq(reportVersion.obligationId, obligationId), eq(reportVersion.id, versionId)));
  return row ?? null;
}

export async function selectDraft(db: Executor, obligationId: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(reportVersion).where(and(eq(reportVersion.obligationId, obligationId), eq(reportVersion.status, 'draft')));
  return row ?? null;
}

/** The submitted (current) version of an obligation, if any. */
export async function selectCurrentSubmitted(db: Executor, obligationId: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(reportVersion).where(and(eq(reportVersion.obligationId, obligationId), eq(reportVersion.status, 'submitted')));
  return row ?? null;
}

export async function nextVersionNumber(db: Executor, obligationId: string): Promise<number> {
  const [row] = await db.select({ n: max(reportVersion.version) }).from(reportVersion).where(eq(reportVersion.obligationId, obligationId));
  return (row?.n ?? 0) + 1;
}

export async function insertVersion(tx: Executor, values: typeof reportVersion.$inferInsert): Promise<VersionRow> {
  const [row] = await tx.insert(reportVersion).values(values).onConflictDoNothing().returning();
  return row ?? (await selectDraft(tx, values.obligationId))!;
}

export async function updateDraft(tx: Executor, id: string, values: { content: unknown; amendmentReason?: string | null; updatedAt: Date }): Promise<VersionRow> {
  const [row] = await tx.update(reportVersion).set(values).where(and(eq(reportVersion.id, id), eq(reportVersion.status, 'draft'))).returning();
  return row!;
}

export async function markSubmitted(tx: Executor, id: string, values: { content: unknown; submittedBy: string; submittedOn: string; submittedAt: Date; late: boolean; supersedesId: string | null; amendmentReason: string | null }): Promise<VersionRow> {
  const [row] = await tx.update(reportVersion).set({ ...values, status: 'submitted', updatedAt: values.submittedAt }).where(eq(reportVersion.id, id)).returning();
  return row!;
}

export async function markSuperseded(tx: Executor, id: string): Promise<void> {
  await tx.update(reportVersion).set({ status: 'superseded' }).where(eq(reportVersion.id, id));
}

/** Records the filed version on the obligation; the first submission day is set once and never changes. */
export async function recordFiling(tx: Executor, obligationId: string, versionId: string, submittedOn: string): Promise<void> {
  await tx
    .update(reportObligation)
    .set({ filedVersionId: versionId, firstSubmittedOn: sql`coalesce(${reportObligation.firstSubmittedOn}, ${submittedOn}::date)` })
    .where(eq(reportObligation.id, obligationId));
}

/** What Form 05 needs of an NGO: its country, current certificate areas and fields, and known Vietnamese partners. */
export async function selectNgoRegistryFacts(db: Executor, organizationId: string) {
  const [org] = await db
    .select({ id: organization.id, countryCode: organization.countryCode, currentCertificateId: organization.currentCertificateId, nameEn: organization.nameEn })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) return null;
  const certId = org.currentCertificateId;
  const [areas, fields, partners] = await Promise.all([
    certId ? db.select({ provinceCode: certificateArea.provinceCode }).from(certificateArea).where(eq(certificateArea.certificateId, certId)) : [],
    certId ? db.select({ fieldCode: certificateField.fieldCode }).from(certificateField).where(eq(certificateField.certificateId, certId)) : [],
    db.select({ name: vietnamesePartner.name, provinceCode: vietnamesePartner.provinceCode }).from(vietnamesePartner).where(eq(vietnamesePartner.organizationId, organizationId)),
  ]);
  return {
    ...org,
    areas: [...new Set(areas.map((a) => a.provinceCode))],
    fields: [...new Set(fields.map((f) => f.fieldCode))],
    partners,
  };
}

/** The provinces an organisation's current certificate covers (for the province read scope). */
export async function selectCurrentCertificateProvinces(db: Executor, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ provinceCode: certificateArea.provinceCode })
    .from(organization)
    .innerJoin(certificate, eq(certificate.id, organization.currentCertificateId))
    .innerJoin(certificateArea, eq(certificateArea.certificateId, certificate.id))
    .where(eq(organization.id, organizationId));
  return rows.map((r) => r.provinceCode);
}

/** An NGO's obligations (for the registry's "reporting up to date" flag). */
export async function selectOrganizationObligations(db: Executor, organizationId: string) {
  return db
    .select({ dueOn: reportObligation.dueOn, firstSubmittedOn: reportObligation.firstSubmittedOn })
    .from(reportObligation)
    .where(eq(reportObligation.organizationId, organizationId));
}

/** The latest day an NGO filed a report (any campaign). */
export async function selectLastFiledOn(db: Executor, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ day: max(reportVersion.submittedOn) })
    .from(reportVersion)
    .innerJoin(reportObligation, eq(reportObligation.id, reportVersion.obligationId))
    .where(and(eq(reportObligation.organizationId, organizationId), isNotNull(reportVersion.submittedOn)));
  return row?.day ?? null;
}

/** Which of `codes` are current provinces, and the successor of those that are pre-2025 provinces. */
export async function selectProvinceCodes(db: Executor, codes: readonly string[]) {
  if (!codes.length) return { current: new Set<string>(), legacy: new Map<string, string>() };
  const [current, legacy] = await Promise.all([
    db.select({ code: province.code }).from(province).where(inArray(province.code, [...codes])),
    db.select({ code: legacyProvince.code, successorCode: legacyProvince.successorCode }).from(legacyProvince).where(inArray(legacyProvince.code, [...codes])),
  ]);
  return { current: new Set(current.map((r) => r.code)), legacy: new Map(legacy.map((r) => [r.code, r.successorCode])) };
}
