import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../platform/db/client';
import { withDatabase } from './global-setup';

/** An isolated database for one test file, and how to throw it away. */
export interface TestDatabase {
  database: Database;
  cleanup(): Promise<void>;
}

/**
 * Gives the calling test file its own migrated database: a clone of the PGlite template (about 0.5 s), or a
 * throw-away database created from the template on the PostgreSQL server (DATABASE_URL).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateFile = inject('pgliteTemplateFile');
  if (templateFile) {
    const blob = new Blob([fs.readFileSync(templateFile)]);
    const database = await openPglite({ loadDataDir: blob });
    return { database, cleanup: () => database.close() };
  }
  const base = inject('pgBaseUrl');
  const template = inject('pgTemplateDb');
  if (!base || !template) throw new Error('test database template missing: is server/test/global-setup.ts configured?');
  const name = `ingo_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const database = await openPostgres(withDatabase(base, name), 4);
  return {
    database,
    cleanup: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
