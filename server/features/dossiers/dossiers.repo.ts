import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { certificate } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { dossier, dossierAction, dossierDocument, dossierMessage, numberCounter } from './dossiers.tables';

export type DossierRow = typeof dossier.$inferSelect;
export type DossierInsert = typeof dossier.$inferInsert;
export type DossierActionRow = typeof dossierAction.$inferSelect;
export type DossierDocumentRow = typeof dossierDocument.$inferSelect;

/** Bumps and returns the per-year counter of `scope` (dossier codes, certificate numbers), inside the caller's transaction. */
export async function nextNumber(tx: Executor, scope: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(numberCounter)
    .values({ scope, year, last: 1 })
    .onConflictDoUpdate({ target: [numberCounter.scope, numberCounter.year], set: { last: sql`${numberCounter.last} + 1` } })
    .returning({ last: numberCounter.last });
  return row!.last;
}

export async function insertDossier(tx: Executor, values: DossierInsert): Promise<DossierRow> {
  const [row] = await tx.insert(dossier).values(values).returning();
  return row!;
}

export async function selectDossier(db: Executor, id: string, forUpdate = false): Promise<DossierRow | null> {
  const query = db.select().from(dossier).where(eq(dossier.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function selectDossierByClientKey(db: Executor, createdBy: string, clientKey: string): Promise<DossierRow | null> {
  const [row] = await db.select().from(dossier).where(and(eq(dossier.createdBy, createdBy), eq(dossier.clientKey, clientKey)));
  return row ?? null;
}

/** Writes the current-state columns and bumps lock_version. */
export async function updateDossier(tx: Executor, id: string, values: Partial<DossierInsert>): Promise<DossierRow> {
  const [row] = await tx
    .update(dossier)
    .set({ ...values, lockVersion: sql`${dossier.lockVersion} + 1`, updatedAt: new Date() })
    .where(eq(dossier.id, id))
    .returning();
  return row!;
}

export async function insertAction(tx: Executor, values: typeof dossierAction.$inferInsert): Promise<DossierActionRow> {
  const [row] = await tx.insert(dossierAction).values(values).returning();
  return row!;
}

export function selectActions(db: Executor, dossierId: string) {
  return db
    .select({ action: dossierAction, actorName: appUser.fullName })
    .from(dossierAction)
    .leftJoin(appUser, eq(appUser.id, dossierAction.actorId))
    .where(eq(dossierAction.dossierId, dossierId))
    .orderBy(asc(dossierAction.id));
}

export async function insertDocument(tx: Executor, values: typeof dossierDocument.$inferInsert): Promise<DossierDocumentRow> {
  const [row] = await tx.insert(dossierDocument).values(values).returning();
  return row!;
}

/** The documents of a dossier that were not removed. */
export function selectDocuments(db: Executor, dossierId: string): Promise<DossierDocumentRow[]> {
  return db
    .select()
    .from(dossierDocument)
    .where(and(eq(dossierDocument.dossierId, dossierId), isNull(dossierDocument.removedAt)))
    .orderBy(asc(dossierDocument.componentCode), asc(dossierDocument.uploadedAt));
}

export async function selectDocument(db: Executor, dossierId: string, documentId: string): Promise<DossierDocumentRow | null> {
  const [row] = await db
    .select()
    .from(dossierDocument)
    .where(and(eq(dossierDocument.id, documentId), eq(dossierDocument.dossierId, dossierId), isNull(dossierDocument.removedAt)));
  return row ?? null;
}

export async function markDocumentRemoved(tx: Executor, documentId: string): Promise<void> {
  await tx.update(dossierDocument).set({ removedAt: new Date() }).where(eq(dossierDocument.id, documentId));
}

export async function insertMessage(tx: Executor, values: typeof dossierMessage.$inferInsert) {
  const [row] = await tx.insert(dossierMessage).values(values).returning();
  return row!;
}

export function selectMessages(db: Executor, dossierId: string) {
  return db
    .select({ message: dossierMessage, authorName: appUser.fullName })
    .from(dossierMessage)
    .innerJoin(appUser, eq(appUser.id, dossierMessage.authorId))
    .where(eq(dossierMessage.dossierId, dossierId))
    .orderBy(asc(dossierMessage.createdAt));
}

/** Filters of the dossier lists. */
export interface DossierFilter {
  applicantUnitId?: string;
  statuses?: readonly string[];
  excludeStatuses?: readonly string[];
  procedure?: string;
  assignedTo?: string;
  q?: string;
  /** Step due day on or after this day (inclusive). */
  stepDueFrom?: string | null;
  /** Step due day on or before this day (inclusive). */
  stepDueTo?: string | null;
  limit: number;
}

/** Dossiers with the name of the assigned officer, most urgent first (due day, then oldest). */
export function selectDossiers(db: Executor, filter: DossierFilter) {
  const where: SQL[] = [];
  if (filter.applicantUnitId) where.push(eq(dossier.applicantUnitId, filter.applicantUnitId));
  if (filter.statuses?.length) where.push(inArray(dossier.status, filter.statuses as DossierRow['status'][]));
  if (filter.excludeStatuses?.length) where.push(sql`${dossier.status} not in (${sql.join(filter.excludeStatuses.map((s) => sql`${s}`), sql`, `)})`);
  if (filter.procedure) where.push(eq(dossier.procedure, filter.procedure as DossierRow['procedure']));
  if (filter.assignedTo) where.push(eq(dossier.assignedTo, filter.assignedTo));
  if (filter.stepDueFrom !== undefined || filter.stepDueTo !== undefined) where.push(isNotNull(dossier.stepDueOn));
  if (filter.stepDueFrom) where.push(gte(dossier.stepDueOn, filter.stepDueFrom));
  if (filter.stepDueTo) where.push(lte(dossier.stepDueOn, filter.stepDueTo));
  if (filter.q) {
    const like = `%${filter.q}%`;
    where.push(sql`(vn_norm(${dossier.code}) like vn_norm(${like}) or vn_norm(${dossier.applicantName}) like vn_norm(${like}))`);
  }
  return db
    .select({ dossier, assigneeName: appUser.fullName })
    .from(dossier)
    .leftJoin(appUser, eq(appUser.id, dossier.assignedTo))
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${dossier.stepDueOn} asc nulls last`, desc(dossier.updatedAt))
    .limit(filter.limit);
}

export async function selectUserName(db: Executor, userId: string): Promise<{ id: string; fullName: string; role: string } | null> {
  const [row] = await db.select({ id: appUser.id, fullName: appUser.fullName, role: appUser.role }).from(appUser).where(eq(appUser.id, userId));
  return row ?? null;
}

/** E-mail addresses of the active accounts of a unit (the NGO's representatives, for status notices). */
export async function selectUnitEmails(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ email: appUser.email })
    .from(appUser)
    .where(and(eq(appUser.unitId, unitId), eq(appUser.status, 'active'), sql`${appUser.email} is not null`));
  return rows.map((r) => r.email!).filter(Boolean);
}

/**
 * The certificates of the organisations whose account unit is `unitId` (an NGO applicant's own), with the
 * organisation's names; latest end date first. Read here because it is the applicant's view of the registry.
 */
export function selectUnitCertificates(db: Executor, unitId: string) {
  return db
    .select({
      id: certificate.id,
      organizationId: certificate.organizationId,
      organizationNameEn: organization.nameEn,
      organizationNameVi: organization.nameVi,
      type: certificate.type,
      number: certificate.number,
      issuedOn: certificate.issuedOn,
      validFrom: certificate.validFrom,
      validTo: certificate.validTo,
      decisionStatus: certificate.decisionStatus,
      officeCityCode: certificate.officeCityCode,
    })
    .from(certificate)
    .innerJoin(organization, eq(organization.id, certificate.organizationId))
    .where(eq(organization.unitId, unitId))
    .orderBy(desc(certificate.validTo), asc(certificate.number));
}
