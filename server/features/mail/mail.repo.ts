import { and, asc, desc, eq, gte, isNull, like, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { mailOutbox } from './mail.tables';

export type MailRow = typeof mailOutbox.$inferSelect;

/** Writes one mail into the outbox (inside the caller's transaction). */
export async function insertMail(db: Executor, values: typeof mailOutbox.$inferInsert): Promise<MailRow> {
  const [row] = await db.insert(mailOutbox).values(values).returning();
  return row!;
}

/** Mails not sent yet and tried fewer than `maxAttempts` times, oldest first. */
export async function selectPendingMail(db: Executor, maxAttempts: number, limit: number): Promise<MailRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts)))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
    .limit(limit);
}

/**
 * Locks one still-pending mail for this transaction, skipping it when another worker holds it (PostgreSQL with
 * several worker processes); null when it is locked, already sent or out of attempts.
 */
export async function lockPendingMail(tx: Executor, id: string, maxAttempts: number): Promise<MailRow | null> {
  const rows = await tx
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.id, id), isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts)))
    .for('update', { skipLocked: true });
  return rows[0] ?? null;
}

/** Records one delivery attempt: `attempts` + 1 and its outcome (sent_at when accepted, last_error when not). */
export async function recordMailAttempt(db: Executor, id: string, outcome: { sentAt: Date | null; lastError: string | null }): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, sentAt: outcome.sentAt, lastError: outcome.lastError })
    .where(eq(mailOutbox.id, id));
}

/** The newest mails, optionally only those to one address (compared lower-case). */
export async function selectRecentMail(db: Executor, filter: { to?: string; limit: number }): Promise<MailRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(filter.to ? eq(sql`lower(${mailOutbox.toAddress})`, filter.to.toLowerCase()) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(filter.limit);
}

/** When mails of a kind prefix (e.g. `signup.`) were queued to an address since `since`, oldest first. */
export async function selectMailTimes(db: Executor, filter: { to: string; kindPrefix: string; since: Date }): Promise<Date[]> {
  const rows = await db
    .select({ at: mailOutbox.createdAt })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.toAddress, filter.to),
        gte(mailOutbox.createdAt, filter.since),
        like(mailOutbox.kind, `${filter.kindPrefix.replace(/[%_\\]/g, '\\$&')}%`),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt));
  return rows.map((r) => r.at);
}
