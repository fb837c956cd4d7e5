import fs from 'node:fs';
import { buildApp } from './app';
import { loadConfig, type AppConfig } from './config/env';
import { accountsJobs } from './features/accounts/accounts.jobs';
import { registryImportJobs } from './features/registry-import/registry-import.jobs';
import { mailJobs } from './features/mail/mail.jobs';
import { consultationJobs } from './features/consultation/consultation.jobs';
import { reportingJobs } from './features/reporting/reporting.jobs';
import { notificationsJobs } from './features/notifications/notifications.jobs';
import { exportsJobs } from './features/exports/exports.jobs';
import { seedDemoData, shouldSeedDemo } from './features/demo/demo.seed';
import { openPglite, openPostgres, type Database } from './platform/db/client';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from './platform/db/lock';
import { runMigrations, withStartupLock } from './platform/db/migrate';
import { serverClock, type Deps } from './platform/deps';
import { localDiskStorage } from './platform/storage/storage';
import { startJobQueue, type JobQueue } from './platform/jobs/queue';

/** Opens the configured database; in embedded mode first takes the data directory's single-owner lock. */
export async function openConfiguredDatabase(config: AppConfig, purpose: string): Promise<{ database: Database; lock: DataDirLock | null }> {
  if (config.DATABASE_URL) return { database: await openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE), lock: null };
  const lock = acquireDataDirLock(config.dataDir, purpose);
  try {
    fs.mkdirSync(config.uploadsDir, { recursive: true });
    return { database: await openPglite({ dataDir: config.pgDataDir }), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Process entry: parse config, take the data-dir lock (embedded), open the database, migrate, seed demo data
 * on an empty database, start the job worker in this process, and serve HTTP.
 */
export async function main(): Promise<void> {
  const started = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  let opened: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    opened = await openConfiguredDatabase(config, 'server');
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(3);
    }
    throw error;
  }
  const { database, lock } = opened;
  await runMigrations(database);

  let jobs: JobQueue | null = null;
  const deps: Deps = { config, database, db: database.db, clock: serverClock(config), jobs: null, log: undefined as unknown as Deps['log'], storage: localDiskStorage(config.uploadsDir) };
  const app = await buildApp(deps, { serveWeb: true });
  deps.log = app.log;

  if (config.devMailboxEnabled) {
    app.log.warn('DEV_MAILBOX is on: /dev/mailbox shows every outgoing mail (verification links included) to anyone. Set SMTP_URL, or DEV_MAILBOX=false, in production.');
  }
  if (shouldSeedDemo(config)) await withStartupLock(database, () => seedDemoData(deps, { print: true }));
  if (config.JOBS_ENABLED) {
    jobs = await startJobQueue(database, [...accountsJobs(deps), ...registryImportJobs(deps), ...mailJobs(deps), ...notificationsJobs(deps), ...consultationJobs(deps), ...reportingJobs(deps), ...exportsJobs(deps)], app.log);
    deps.jobs = jobs;
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await jobs?.stop();
      await database.close();
    } finally {
      lock?.release();
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { url: `http://localhost:${config.PORT}`, database: database.kind, startupMs: Date.now() - started },
    `INGO Hub is ready on http://localhost:${config.PORT} (${database.kind === 'pglite' ? `embedded database in ${config.pgDataDir}` : 'PostgreSQL'})`,
  );
}
