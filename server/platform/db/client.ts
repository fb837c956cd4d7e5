import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

/** The typed Drizzle handle used by every repository, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle (same query API as Db). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What repository functions take as their first argument: the database or an open transaction. */
export type Executor = Db | Tx;

/** An open database: embedded PGlite or a PostgreSQL pool behind one interface. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Set in embedded mode (pg-boss and tests need the raw instance). */
  pglite?: PGlite;
  /** Set in server mode. */
  pool?: pg.Pool;
  /** Connection string in server mode (pg-boss opens its own pool). */
  url?: string;
  /** Resolves when a trivial query succeeds. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The PGlite extensions INGO Hub needs (diacritic-insensitive, typo-tolerant Vietnamese search). */
export const pgliteExtensions = { unaccent, pg_trgm };

/** Opens embedded PGlite stored in `dataDir` (or from a dumped data-dir blob, used by tests). */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File }): Promise<Database> {
  const pglite = await PGlite.create(options.dataDir, {
    extensions: pgliteExtensions,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    ping: async () => {
      await pglite.query('select 1');
    },
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Opens a PostgreSQL pool (PostgreSQL 15 or newer). */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'ingo-hub' });
  // An idle client dropped by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`PostgreSQL pool: idle client error (${error.message})`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await pool.query('select 1');
  return {
    kind: 'postgres',
    db,
    pool,
    url,
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Runs `select 1` through Drizzle; used by /readyz. */
export async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
