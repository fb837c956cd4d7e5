import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { field } from '../reference/reference.tables';
import { certificate, certificateArea, certificateDecision, certificateField, certificateVersion } from './certificates.tables';

export type CertificateRow = typeof certificate.$inferSelect;
export type CertificateInsert = typeof certificate.$inferInsert;
export type AreaRow = typeof certificateArea.$inferSelect;
export type VersionRow = typeof certificateVersion.$inferSelect;
export type DecisionRow = typeof certificateDecision.$inferSelect;

/** Inserts a certificate. */
export async function insertCertificate(db: Executor, values: CertificateInsert): Promise<CertificateRow> {
  const [row] = await db.insert(certificate).values(values).returning();
  return row!;
}

/** Updates a certificate’s columns and its updated_at. */
export async function updateCertificateRow(db: Executor, id: string, values: Partial<CertificateInsert>): Promise<CertificateRow> {
  const [row] = await db
    .update(certificate)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(certificate.id, id))
    .returning();
  return row!;
}

/** A certificate by id; `forUpdate` locks it. */
export async function selectCertificate(db: Executor, id: string, forUpdate = false): Promise<CertificateRow | null> {
  const q = db.select().from(certificate).where(eq(certificate.id, id));
  const rows = forUpdate ? await q.for('update') : await q;
  return rows[0] ?? null;
}

/** A certificate by number, compared without case or diacritics. */
export async function selectCertificateByNumber(db: Executor, number: string): Promise<CertificateRow | null> {
  const rows = await db.select().from(certificate).where(sql`vn_norm(${certificate.number}) = vn_norm(${number})`).limit(1);
  return rows[0] ?? null;
}

/** Certificates of an organisation, oldest first. */
export async function selectCertificatesOf(db: Executor, organizationId: string): Promise<CertificateRow[]> {
  return db.select().from(certificate).where(eq(certificate.organizationId, organizationId)).orderBy(asc(certificate.issuedOn), asc(certificate.createdAt));
}

/** Representative offices (current or legacy) of an NGO still in force on `today`, other than `exceptId`. */
export async function countRepresentativeOfficesInForce(db: Executor, organizationId: string, today: string, exceptId?: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(certificate)
    .where(
      and(
        eq(certificate.organizationId, organizationId),
        inArray(certificate.type, ['rep_office', 'legacy_rep_office']),
        eq(certificate.decisionStatus, 'in_force'),
        gte(certificate.validTo, today),
        exceptId ? ne(certificate.id, exceptId) : undefined,
      ),
    );
  return Number(rows[0]?.n ?? 0);
}

/** Areas of the given certificates. */
export async function selectAreas(db: Executor, certificateIds: string[]): Promise<AreaRow[]> {
  if (!certificateIds.length) return [];
  return db.select().from(certificateArea).where(inArray(certificateArea.certificateId, certificateIds)).orderBy(asc(certificateArea.provinceCode));
}

/** Fields of the given certificates. */
export async function selectFieldCodes(db: Executor, certificateIds: string[]) {
  if (!certificateIds.length) return [];
  return db.select().from(certificateField).where(inArray(certificateField.certificateId, certificateIds)).orderBy(asc(certificateField.fieldCode));
}

/** Replaces the areas of a certificate. */
export async function replaceAreas(db: Executor, certificateId: string, areas: Omit<AreaRow, 'certificateId'>[]): Promise<void> {
  await db.delete(certificateArea).where(eq(certificateArea.certificateId, certificateId));
  if (areas.length) await db.insert(certificateArea).values(areas.map((a) => ({ ...a, certificateId })));
}

/** Replaces the fields of a certificate. */
export async function replaceFields(db: Executor, certificateId: string, fieldCodes: string[]): Promise<void> {
  await db.delete(certificateField).where(eq(certificateField.certificateId, certificateId));
  if (fieldCodes.length) await db.insert(certificateField).values(fieldCodes.map((fieldCode) => ({ certificateId, fieldCode })));
}

/** Which of `codes` are active fields of the reference list. */
export async function selectKnownFieldCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await db
    .select({ code: field.code })
    .from(field)
    .where(and(inArray(field.code, codes), eq(field.active, true)));
  return new Set(rows.map((r) => r.code));
}

/** Appends a version to a certificate’s chain. */
export async function insertVersion(db: Executor, values: typeof certificateVersion.$inferInsert): Promise<VersionRow> {
  const [row] = await db.insert(certificateVersion).values(values).returning();
  return row!;
}

/** Version chains of the given certificates, in order. */
export async function selectVersions(db: Executor, certificateIds: string[]): Promise<VersionRow[]> {
  if (!certificateIds.length) return [];
  return db
    .select()
    .from(certificateVersion)
    .where(inArray(certificateVersion.certificateId, certificateIds))
    .orderBy(asc(certificateVersion.certificateId), asc(certificateVersion.versionNo));
}

/** Appends a status decision. */
export async function insertDecision(db: Executor, values: typeof certificateDecision.$inferInsert): Promise<DecisionRow> {
  const [row] = await db.insert(certificateDecision).values(values).returning();
  return row!;
}

/** Status decisions on the given certificates, in order. */
export async function selectDecisions(db: Executor, certificateIds: string[]): Promise<DecisionRow[]> {
  if (!certificateIds.length) return [];
  return db
    .select()
    .from(certificateDecision)
    .where(inArray(certificateDecision.certificateId, certificateIds))
    .orderBy(asc(certificateDecision.effectiveOn), asc(certificateDecision.createdAt));
}
