import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../platform/db/client';
import { runMigrations } from '../platform/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Embedded mode: path of a dumped, migrated PGlite data directory that each test file clones. */
    pgliteTemplateFile: string | null;
    /** Server mode: name of the migrated template database, and the server URL. */
    pgTemplateDb: string | null;
    pgBaseUrl: string | null;
  }
}

/**
 * Migrates one template database per run: a dumped PGlite data directory (embedded mode), or a template
 * database on the PostgreSQL server named by DATABASE_URL (server mode). Test files clone it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openPglite({});
    await runMigrations(database);
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-test-tpl-'));
    const file = path.join(dir, 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplateFile', file);
    project.provide('pgTemplateDb', null);
    project.provide('pgBaseUrl', null);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const template = `ingo_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const templateUrl = withDatabase(url, template);
  const database = await openPostgres(templateUrl, 2);
  await runMigrations(database);
  await database.close();
  project.provide('pgliteTemplateFile', null);
  project.provide('pgTemplateDb', template);
  project.provide('pgBaseUrl', url);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
