import { PgBoss, fromPglite } from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';

/** A background job: a name (`noun.verb`), an idempotent handler, and optionally a cron schedule. */
export interface JobDefinition<T extends object = object> {
  name: string;
  /** Cron expression (evaluated in `tz`), when the job runs on a schedule. */
  cron?: string;
  /** IANA time zone of the cron expression. */
  tz?: string;
  handler(data: T): Promise<unknown>;
}

/** The job queue as the rest of the app sees it. */
export interface JobQueue {
  boss: PgBoss;
  send<T extends object>(name: string, data: T, options?: { singletonKey?: string; startAfter?: Date | number }): Promise<string | null>;
  stop(): Promise<void>;
}

/** Options of the queue (tests shorten the intervals). */
export interface JobQueueOptions {
  /** Evaluate cron schedules (default true). */
  schedule?: boolean;
  /** Seconds between polls of each worker (default 2). */
  pollingIntervalSeconds?: number;
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
}

/**
 * Starts pg-boss on the app's database: through its PGlite adapter in embedded mode (same process, since one
 * process owns the data directory), or with its own pool on PostgreSQL. Creates each job's queue, registers
 * its worker and (re)declares its cron schedule; schedules are stored in the database, so they survive restarts.
 */
export async function startJobQueue(database: Database, jobs: JobDefinition[], log: FastifyBaseLogger, options: JobQueueOptions = {}): Promise<JobQueue> {
  const common = {
    schedule: options.schedule ?? true,
    ...(options.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds } : {}),
    ...(options.cronWorkerIntervalSeconds ? { cronWorkerIntervalSeconds: options.cronWorkerIntervalSeconds } : {}),
  };
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', ...common })
      : new PgBoss({ connectionString: database.url!, max: 4, application_name: 'ingo-hub-jobs', ...common });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
    await boss.work<object>(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (batch) => {
      for (const item of batch) {
        const result = await job.handler(item.data);
        log.info({ job: job.name, id: item.id, result }, 'job done');
      }
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: job.tz ?? 'Asia/Ho_Chi_Minh' });
  }
  return {
    boss,
    send: (name, data, opts) => boss.send(name, data, opts ?? {}),
    stop: () => boss.stop({ graceful: true, timeout: 5000, close: true }),
  };
}
