import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable the server reads, parsed once at start. Each one is listed with its default in
 * the README's configuration table; an invalid value stops the process with a list of what is wrong.
 */
const envSchema = z.object({
  /** HTTP port. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to bind. */
  HOST: z.string().default('0.0.0.0'),
  /** Folder for the embedded database (DATA_DIR/pg) and uploaded files (DATA_DIR/uploads). */
  DATA_DIR: z.string().default('./data'),
  /** postgres://… selects a real PostgreSQL server; unset = embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Pool size for DATABASE_URL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Public address of the site (links in e-mails, QR codes; https enables Secure cookies). */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** A session ends this many hours after login whatever the activity. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Failed logins for one username (or 4× that from one IP) within the window before a temporary lockout. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Length of the failure window and of the lockout, in minutes. */
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Seed demo accounts and NGOs on an empty database: 'auto' = yes for the embedded database only. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Password given to every demo account (otherwise random one-time passwords are printed at start). */
  SEED_DEMO_PASSWORD: z.string().min(8).optional().or(z.literal('').transform(() => undefined)),
  /** Run the pg-boss job worker in this process. */
  JOBS_ENABLED: bool.default(true),
  /** Build the web bundle at start when it is missing or older than its sources: auto | always | never. */
  WEB_BUILD: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Use Secure cookies: 'auto' = when PUBLIC_BASE_URL is https. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Largest file accepted for one dossier document, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(20),
  /** Number of reverse proxies in front of the server whose X-Forwarded-For is trusted (0 = none). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** SMTP server for outgoing mail (smtp://user:pass@host:587 or smtps://…:465); unset = mail stays in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Sender of outgoing mail. */
  MAIL_FROM: z.string().trim().min(3).default('INGO Hub <no-reply@ingo-hub.local>'),
  /** Development mailbox page listing the outbox (/dev/mailbox): 'auto' = on when SMTP_URL is unset. Never on in production. */
  DEV_MAILBOX: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Development clock offset (GET/PUT /api/v1/dev/clock) so browser tests can let deadlines pass. Refused with NODE_ENV=production. */
  DEV_CLOCK: z.enum(['true', 'false']).default('false'),
});

export type Env = z.infer<typeof envSchema>;

/** Resolved configuration used by the app. */
export interface AppConfig extends Env {
  dataDir: string;
  pgDataDir: string;
  uploadsDir: string;
  cookieSecure: boolean;
  databaseKind: 'pglite' | 'postgres';
  /** The development mailbox (GET /api/v1/dev/mailbox) answers; DEV_MAILBOX resolved. */
  devMailboxEnabled: boolean;
  /** The server clock can be moved through /api/v1/dev/clock (DEV_CLOCK=true; never in production). */
  devClockEnabled: boolean;
}

/**
 * Parses the environment. @throws Error listing every invalid variable (the caller exits non-zero).
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.DEV_CLOCK === 'true' && source.NODE_ENV === 'production') {
    throw new Error('Invalid configuration (environment variables):\n  DEV_CLOCK: must not be true when NODE_ENV=production (it lets anyone move the server clock and so every deadline)');
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    ...env,
    dataDir,
    pgDataDir: path.join(dataDir, 'pg'),
    uploadsDir: path.join(dataDir, 'uploads'),
    cookieSecure: env.COOKIE_SECURE === 'auto' ? env.PUBLIC_BASE_URL.startsWith('https:') : env.COOKIE_SECURE === 'true',
    databaseKind: env.DATABASE_URL ? 'postgres' : 'pglite',
    devMailboxEnabled: env.DEV_MAILBOX === 'auto' ? !env.SMTP_URL : env.DEV_MAILBOX === 'true',
    devClockEnabled: env.DEV_CLOCK === 'true',
  };
}
