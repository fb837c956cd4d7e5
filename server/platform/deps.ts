import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../config/env';
import { offsetClock, systemClock, type Clock } from './clock';
import type { Database, Db } from './db/client';
import type { JobQueue } from './jobs/queue';
import type { FileStorage } from './storage/storage';

/** What services need from the platform; built once in main.ts (or by the test app builder). */
export interface Deps {
  config: AppConfig;
  database: Database;
  db: Db;
  clock: Clock;
  /** The job queue, or null when jobs are disabled (JOBS_ENABLED=false). */
  jobs: JobQueue | null;
  log: FastifyBaseLogger;
  /** Uploaded and generated files (local disk under DATA_DIR/uploads by default). */
  storage: FileStorage;
}

/**
 * The server's clock: the system clock, or with DEV_CLOCK on the system clock moved by an offset that
 * PUT /api/v1/dev/clock sets (development and browser tests only; loadConfig refuses it in production).
 */
export function serverClock(config: Pick<AppConfig, 'devClockEnabled'>, base: Clock = systemClock): Clock {
  return config.devClockEnabled ? offsetClock(base) : base;
}
