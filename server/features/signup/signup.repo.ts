import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { ngoSignup } from './signup.tables';

export type SignupRow = typeof ngoSignup.$inferSelect;

/** Stores a pending sign-up. */
export async function insertSignup(db: Executor, values: typeof ngoSignup.$inferInsert): Promise<SignupRow> {
  const [row] = await db.insert(ngoSignup).values(values).returning();
  return row!;
}

/** The sign-up whose token has this SHA-256, locked for the verification (null when unknown). */
export async function selectSignupByTokenHashForUpdate(db: Executor, tokenHash: string): Promise<SignupRow | null> {
  const rows = await db.select().from(ngoSignup).where(eq(ngoSignup.tokenHash, tokenHash)).for('update').limit(1);
  return rows[0] ?? null;
}

/** Marks a sign-up verified and links the account it created. */
export async function markSignupVerified(db: Executor, id: string, values: { verifiedAt: Date; userId: string }): Promise<void> {
  await db.update(ngoSignup).set(values).where(eq(ngoSignup.id, id));
}
