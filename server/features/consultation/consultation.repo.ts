import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { dossier } from '../dossiers/dossiers.tables';
import { orgUnit } from '../units/units.tables';
import { consultationReply, consultationRequest } from './consultation.tables';

export type RequestRow = typeof consultationRequest.$inferSelect;
export type RequestInsert = typeof consultationRequest.$inferInsert;
export type ReplyRow = typeof consultationReply.$inferSelect;
export type ReplyInsert = typeof consultationReply.$inferInsert;

/** A request with the names of its agency, for lists and the opinion matrix. */
export interface RequestWithUnit extends RequestRow {
  unitCode: string;
  unitNameVi: string;
  unitNameEn: string;
  unitKind: string;
}

const withUnit = {
  request: consultationRequest,
  unitCode: orgUnit.code,
  unitNameVi: orgUnit.nameVi,
  unitNameEn: orgUnit.nameEn,
  unitKind: orgUnit.kind,
};

const flatten = (rows: { request: RequestRow; unitCode: string; unitNameVi: string; unitNameEn: string; unitKind: string }[]): RequestWithUnit[] =>
  rows.map((r) => ({ ...r.request, unitCode: r.unitCode, unitNameVi: r.unitNameVi, unitNameEn: r.unitNameEn, unitKind: r.unitKind }));

export async function insertRequests(tx: Executor, values: RequestInsert[]): Promise<RequestRow[]> {
  if (!values.length) return [];
  return tx.insert(consultationRequest).values(values).returning();
}

export async function selectRequest(db: Executor, id: string, forUpdate = false): Promise<RequestWithUnit | null> {
  const query = db.select(withUnit).from(consultationRequest).innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId)).where(eq(consultationRequest.id, id));
  const rows = forUpdate ? await query.for('update', { of: consultationRequest }) : await query;
  return flatten(rows)[0] ?? null;
}

/** Every request of a dossier (top-level and sub-requests), in the order they were sent. */
export async function selectDossierRequests(db: Executor, dossierId: string): Promise<RequestWithUnit[]> {
  const rows = await db
    .select(withUnit)
    .from(consultationRequest)
    .innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId))
    .where(eq(consultationRequest.dossierId, dossierId))
    .orderBy(asc(consultationRequest.createdAt), asc(orgUnit.code));
  return flatten(rows);
}

export async function selectSubRequests(db: Executor, parentId: string): Promise<RequestWithUnit[]> {
  const rows = await db
    .select(withUnit)
    .from(consultationRequest)
    .innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId))
    .where(eq(consultationRequest.parentRequestId, parentId))
    .orderBy(asc(consultationRequest.createdAt));
  return flatten(rows);
}

/** An agency's inbox: requests addressed to its unit, open ones first by due day, then answered ones, newest first. */
export async function selectUnitRequests(db: Executor, unitId: string, filter: { status?: 'open' | 'answered'; limit: number }) {
  const rows = await db
    .select({ ...withUnit, dossierCode: dossier.code, procedure: dossier.procedure, applicantName: dossier.applicantName })
    .from(consultationRequest)
    .innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId))
    .innerJoin(dossier, eq(dossier.id, consultationRequest.dossierId))
    .where(
      and(
        eq(consultationRequest.unitId, unitId),
        filter.status === 'open' ? eq(consultationRequest.status, 'sent') : filter.status === 'answered' ? eq(consultationRequest.status, 'answered') : undefined,
      ),
    )
    .orderBy(sql`case when ${consultationRequest.status} = 'sent' then 0 else 1 end`, asc(consultationRequest.dueOn), desc(consultationRequest.createdAt))
    .limit(filter.limit);
  return rows.map((r) => ({ ...flatten([r])[0]!, dossierCode: r.dossierCode, procedure: r.procedure, applicantName: r.applicantName }));
}

export async function updateRequest(tx: Executor, id: string, values: Partial<RequestInsert>): Promise<RequestRow> {
  const [row] = await tx.update(consultationRequest).set(values).where(eq(consultationRequest.id, id)).returning();
  return row!;
}

/** Records that the reminder at `offset` went out, unless it already had (true = this call recorded it). */
export async function markReminderSent(tx: Executor, id: string, offset: number): Promise<boolean> {
  const rows = await tx
    .update(consultationRequest)
    .set({ reminderOffsets: sql`${consultationRequest.reminderOffsets} || ${JSON.stringify([offset])}::jsonb` })
    .where(and(eq(consultationRequest.id, id), sql`not (${consultationRequest.reminderOffsets} @> ${JSON.stringify([offset])}::jsonb)`))
    .returning({ id: consultationRequest.id });
  return rows.length === 1;
}

/** Open requests whose due day is on or before `horizon` (reminder candidates), top-level and internal. */
export async function selectOpenRequestsDueBy(db: Executor, horizon: string): Promise<RequestWithUnit[]> {
  const rows = await db
    .select(withUnit)
    .from(consultationRequest)
    .innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId))
    .where(and(eq(consultationRequest.status, 'sent'), lt(consultationRequest.dueOn, horizon)))
    .orderBy(asc(consultationRequest.dueOn));
  return flatten(rows);
}

export async function selectReplies(db: Executor, requestIds: string[]): Promise<(ReplyRow & { preparedByName: string | null })[]> {
  if (!requestIds.length) return [];
  const rows = await db
    .select({ reply: consultationReply, preparedByName: appUser.fullName })
    .from(consultationReply)
    .leftJoin(appUser, eq(appUser.id, consultationReply.preparedBy))
    .where(inArray(consultationReply.requestId, requestIds))
    .orderBy(asc(consultationReply.requestId), asc(consultationReply.version));
  return rows.map((r) => ({ ...r.reply, preparedByName: r.preparedByName }));
}

export async function selectDraftReply(db: Executor, requestId: string): Promise<ReplyRow | null> {
  const [row] = await db.select().from(consultationReply).where(and(eq(consultationReply.requestId, requestId), eq(consultationReply.status, 'draft')));
  return row ?? null;
}

/** One reply of a request, or null (a reply id under another request is not found). */
export async function selectReply(db: Executor, requestId: string, replyId: string): Promise<ReplyRow | null> {
  const [row] = await db.select().from(consultationReply).where(and(eq(consultationReply.requestId, requestId), eq(consultationReply.id, replyId)));
  return row ?? null;
}

export async function selectCurrentReply(db: Executor, requestId: string): Promise<ReplyRow | null> {
  const [row] = await db.select().from(consultationReply).where(and(eq(consultationReply.requestId, requestId), eq(consultationReply.status, 'sent')));
  return row ?? null;
}

export async function nextReplyVersion(tx: Executor, requestId: string): Promise<number> {
  const [row] = await tx.select({ max: sql<number>`coalesce(max(${consultationReply.version}), 0)::int` }).from(consultationReply).where(eq(consultationReply.requestId, requestId));
  return (row?.max ?? 0) + 1;
}

export async function insertReply(tx: Executor, values: ReplyInsert): Promise<ReplyRow> {
  const [row] = await tx.insert(consultationReply).values(values).returning();
  return row!;
}

export async function updateReply(tx: Executor, id: string, values: Partial<ReplyInsert>): Promise<ReplyRow> {
  const [row] = await tx.update(consultationReply).set({ ...values, updatedAt: new Date() }).where(eq(consultationReply.id, id)).returning();
  return row!;
}

/** Per agency over the requests sent in [from, to]: counts and the working-day data for medians (computed by the caller). */
export async function selectRequestsSentBetween(db: Executor, from: string, to: string, unitId?: string) {
  return db
    .select({ unitId: consultationRequest.unitId, unitCode: orgUnit.code, unitNameVi: orgUnit.nameVi, unitNameEn: orgUnit.nameEn, sentOn: consultationRequest.sentOn, dueOn: consultationRequest.dueOn, answeredOn: consultationRequest.answeredOn })
    .from(consultationRequest)
    .innerJoin(orgUnit, eq(orgUnit.id, consultationRequest.unitId))
    .where(and(gte(consultationRequest.sentOn, from), sql`${consultationRequest.sentOn} <= ${to}`, isNull(consultationRequest.parentRequestId), unitId ? eq(consultationRequest.unitId, unitId) : undefined))
    .orderBy(asc(orgUnit.code));
}

export async function selectUserName(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ fullName: appUser.fullName }).from(appUser).where(eq(appUser.id, userId));
  return row?.fullName ?? null;
}

export async function selectDossierCode(db: Executor, dossierId: string): Promise<string> {
  const [row] = await db.select({ code: dossier.code }).from(dossier).where(eq(dossier.id, dossierId));
  return row?.code ?? '';
}
