import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client';

/** The committed migrations folder (drizzle-kit output plus custom SQL migrations). */
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** Arbitrary constant key of the PostgreSQL advisory lock that serialises start-up work across API nodes. */
const STARTUP_LOCK_KEY = 4_242_058_022;

/**
 * Runs `work` while holding a cluster-wide advisory lock on PostgreSQL, so several API processes starting at
 * once migrate and seed one after the other. In embedded mode the data-directory lock already guarantees a
 * single process.
 */
export async function withStartupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.kind === 'pglite' || !database.pool) return work();
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** Applies every pending migration, forward only, on either driver. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await withStartupLock(database, () => migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder }));
  }
}
