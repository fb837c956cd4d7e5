import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { dossier } from '../dossiers/dossiers.tables';
import { notification } from './notifications.tables';

/** A row of `notification`. */
export type NotificationRow = typeof notification.$inferSelect;
/** Values of a new notification. */
export type NotificationInsert = typeof notification.$inferInsert;

/**
 * Inserts notifications, skipping those whose (user_id, dedupe_key) already exists (ON CONFLICT DO NOTHING).
 * Returns only the rows actually inserted, so callers send an e-mail once per new notification.
 */
export async function insertNotifications(tx: Executor, values: NotificationInsert[]): Promise<NotificationRow[]> {
  if (values.length === 0) return [];
  return tx
    .insert(notification)
    .values(values)
    .onConflictDoNothing({ target: [notification.userId, notification.dedupeKey] })
    .returning();
}

/** Keyset position in a user's list (newest first). */
export interface NotificationCursor {
  createdAt: Date;
  id: string;
}

/** A user's notifications, newest first, strictly after `before` when given. */
export async function selectNotificationsOf(db: Executor, userId: string, limit: number, before?: NotificationCursor): Promise<NotificationRow[]> {
  const where: SQL[] = [eq(notification.userId, userId)];
  if (before) {
    where.push(or(lt(notification.createdAt, before.createdAt), and(eq(notification.createdAt, before.createdAt), lt(notification.id, before.id)))!);
  }
  return db
    .select()
    .from(notification)
    .where(and(...where))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(limit);
}

/** How many of a user's notifications are unread. */
export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row?.n ?? 0;
}

/** Marks one of a user's notifications read (keeps the first read time); null when absent or someone else's. */
export async function markRead(db: Executor, userId: string, id: string, at: Date): Promise<NotificationRow | null> {
  const [row] = await db
    .update(notification)
    .set({ readAt: sql`coalesce(${notification.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notification.id, id), eq(notification.userId, userId)))
    .returning();
  return row ?? null;
}

/** Marks every unread notification of a user read; returns how many changed. */
export async function markAllRead(db: Executor, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notification)
    .set({ readAt: at })
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return rows.length;
}

/** An account that may receive notifications. */
export interface Recipient {
  id: string;
  email: string | null;
}

/** Active accounts matching every given criterion (unit, role, ids). */
export async function selectActiveUsers(db: Executor, filter: { unitId?: string; roles?: readonly string[]; ids?: readonly string[] }): Promise<Recipient[]> {
  const where: SQL[] = [eq(appUser.status, 'active')];
  if (filter.unitId) where.push(eq(appUser.unitId, filter.unitId));
  if (filter.roles) where.push(inArray(appUser.role, filter.roles as (typeof appUser.$inferSelect.role)[]));
  if (filter.ids) where.push(inArray(appUser.id, filter.ids as string[]));
  return db
    .select({ id: appUser.id, email: appUser.email })
    .from(appUser)
    .where(and(...where))
    .orderBy(appUser.id);
}

/** The dossier columns a deadline reminder reads (read-only; the dossiers feature owns the table). */
export const reminderColumns = {
  id: dossier.id,
  code: dossier.code,
  status: dossier.status,
  assignedTo: dossier.assignedTo,
  receivedOn: dossier.receivedOn,
  acceptedOn: dossier.acceptedOn,
  overallDueOn: dossier.overallDueOn,
  stepEnteredOn: dossier.stepEnteredOn,
  stepDueOn: dossier.stepDueOn,
  pausedWorkingDays: dossier.pausedWorkingDays,
  closedOn: dossier.closedOn,
};
/** A dossier as a deadline reminder sees it. */
export type ReminderDossier = { [K in keyof typeof reminderColumns]: (typeof dossier.$inferSelect)[K] };

/** Dossiers in one of `statuses` whose current step is due before `dueBefore` (exclusive), most urgent first. */
export async function selectDossiersDueBefore(db: Executor, statuses: readonly string[], dueBefore: string): Promise<ReminderDossier[]> {
  return db
    .select(reminderColumns)
    .from(dossier)
    .where(and(inArray(dossier.status, statuses as ReminderDossier['status'][]), isNotNull(dossier.stepDueOn), lt(dossier.stepDueOn, dueBefore)))
    .orderBy(dossier.stepDueOn, dossier.id);
}

/** One dossier's reminder columns (re-read inside the reminder's transaction). */
export async function selectReminderDossier(db: Executor, id: string): Promise<ReminderDossier | null> {
  const [row] = await db.select(reminderColumns).from(dossier).where(eq(dossier.id, id));
  return row ?? null;
}
