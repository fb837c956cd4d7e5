import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { exportJob } from '../reporting/reporting.tables';
import { orgUnit } from '../units/units.tables';

export type ExportJobRow = typeof exportJob.$inferSelect;

export async function insertExportJob(db: Executor, values: typeof exportJob.$inferInsert): Promise<ExportJobRow> {
  const [row] = await db.insert(exportJob).values(values).returning();
  return row!;
}

export async function selectExportJob(db: Executor, id: string): Promise<ExportJobRow | null> {
  const [row] = await db.select().from(exportJob).where(eq(exportJob.id, id));
  return row ?? null;
}

/** Moves a queued (or interrupted running) job to running; false when it is already finished. */
export async function claimExportJob(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(exportJob)
    .set({ status: 'running', progress: 0, error: null })
    .where(and(eq(exportJob.id, id), inArray(exportJob.status, ['queued', 'running'])))
    .returning({ id: exportJob.id });
  return rows.length > 0;
}

export async function updateExportProgress(db: Executor, id: string, progress: number): Promise<void> {
  await db.update(exportJob).set({ progress }).where(and(eq(exportJob.id, id), eq(exportJob.status, 'running')));
}

export async function finishExportJob(db: Executor, id: string, values: { fileKey: string; fileName: string; contentType: string; finishedAt: Date }): Promise<void> {
  await db.update(exportJob).set({ ...values, status: 'done', progress: 100 }).where(eq(exportJob.id, id));
}

export async function failExportJob(db: Executor, id: string, error: string, finishedAt: Date): Promise<void> {
  await db.update(exportJob).set({ status: 'failed', error, finishedAt }).where(eq(exportJob.id, id));
}

/** The requester of a job with their unit (an export runs with the rights its requester has when it runs). */
export async function selectRequester(db: Executor, userId: string) {
  const [row] = await db.select({ user: appUser, unit: orgUnit }).from(appUser).innerJoin(orgUnit, eq(orgUnit.id, appUser.unitId)).where(eq(appUser.id, userId));
  return row ?? null;
}
