import { and, count, eq, gt, ilike, lt, max, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { orgUnit } from '../units/units.tables';
import { appUser, loginAttempt, session } from './accounts.tables';

export type UserRow = typeof appUser.$inferSelect;
export type UnitRow = typeof orgUnit.$inferSelect;
export type UserWithUnit = { user: UserRow; unit: UnitRow };

/** Finds a user by username (case-insensitive) with their unit. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserWithUnit | null> {
  const rows = await db
    .select({ user: appUser, unit: orgUnit })
    .from(appUser)
    .innerJoin(orgUnit, eq(orgUnit.id, appUser.unitId))
    .where(sql`lower(${appUser.username}) = ${username.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

/** Finds a user by id with their unit; `forUpdate` locks the user row. */
export async function findUserById(db: Executor, id: string, forUpdate = false): Promise<UserWithUnit | null> {
  const q = db.select({ user: appUser, unit: orgUnit }).from(appUser).innerJoin(orgUnit, eq(orgUnit.id, appUser.unitId)).where(eq(appUser.id, id));
  const rows = forUpdate ? await q.for('update', { of: appUser }) : await q;
  return rows[0] ?? null;
}

/** Inserts a user and returns it. */
export async function insertUser(db: Executor, values: typeof appUser.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(appUser).values(values).returning();
  return row!;
}

/** Updates a user and returns the new row. */
export async function updateUser(db: Executor, id: string, values: Partial<typeof appUser.$inferInsert>): Promise<UserRow> {
  const [row] = await db
    .update(appUser)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(appUser.id, id))
    .returning();
  return row!;
}

/** Filters of the admin user list. */
export interface UserFilter {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled';
  unitId?: string;
  offset: number;
  limit: number;
}

/** Lists users with their units, for the admin page (ordered by username). */
export async function listUsers(db: Executor, f: UserFilter) {
  const where: SQL[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(appUser.username, like), sql`vn_norm(${appUser.fullName}) like '%' || vn_norm(${f.q}) || '%'`, ilike(appUser.email, like))!);
  }
  if (f.role) where.push(eq(appUser.role, f.role as UserRow['role']));
  if (f.status) where.push(eq(appUser.status, f.status));
  if (f.unitId) where.push(eq(appUser.unitId, f.unitId));
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({ user: appUser, unit: orgUnit })
      .from(appUser)
      .innerJoin(orgUnit, eq(orgUnit.id, appUser.unitId))
      .where(condition)
      .orderBy(appUser.username)
      .offset(f.offset)
      .limit(f.limit),
    db.select({ n: count() }).from(appUser).where(condition),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Number of users (to know whether the database is fresh). */
export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(appUser);
  return row?.n ?? 0;
}

/** Session joined with its user and unit. */
export async function findSession(db: Executor, id: string) {
  const rows = await db
    .select({ session, user: appUser, unit: orgUnit })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .innerJoin(orgUnit, eq(orgUnit.id, appUser.unitId))
    .where(eq(session.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSession(db: Executor, values: typeof session.$inferInsert): Promise<void> {
  await db.insert(session).values(values);
}

export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(session).set({ lastSeenAt: at }).where(eq(session.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(session).where(eq(session.id, id));
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const rows = await db.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
  return rows.length;
}

/** Deletes sessions past their absolute expiry or idle for longer than `idleBefore`. */
export async function deleteExpiredSessions(db: Executor, now: Date, idleBefore: Date): Promise<number> {
  const rows = await db
    .delete(session)
    .where(or(lt(session.expiresAt, now), lt(session.lastSeenAt, idleBefore)))
    .returning({ id: session.id });
  return rows.length;
}

export async function insertLoginAttempt(db: Executor, values: typeof loginAttempt.$inferInsert): Promise<void> {
  await db.insert(loginAttempt).values(values);
}

/** Failures since `since` for a username key (after its last success) and for an IP address. */
export async function loginFailureStats(db: Executor, usernameKey: string, ip: string, since: Date) {
  const [lastSuccess] = await db
    .select({ at: max(loginAttempt.at) })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.usernameKey, usernameKey), eq(loginAttempt.succeeded, true), gt(loginAttempt.at, since)));
  const userSince = lastSuccess?.at && lastSuccess.at > since ? lastSuccess.at : since;
  const [byUser] = await db
    .select({ n: count(), last: max(loginAttempt.at) })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.usernameKey, usernameKey), eq(loginAttempt.succeeded, false), gt(loginAttempt.at, userSince)));
  const [byIp] = await db
    .select({ n: count(), last: max(loginAttempt.at) })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.ip, ip), eq(loginAttempt.succeeded, false), gt(loginAttempt.at, since)));
  return {
    usernameFailures: byUser?.n ?? 0,
    lastUsernameFailureAt: byUser?.last ?? null,
    ipFailures: byIp?.n ?? 0,
    lastIpFailureAt: byIp?.last ?? null,
  };
}

/** Deletes login attempts older than `before` (housekeeping). */
export async function deleteOldLoginAttempts(db: Executor, before: Date): Promise<number> {
  const rows = await db.delete(loginAttempt).where(lt(loginAttempt.at, before)).returning({ id: loginAttempt.id });
  return rows.length;
}

