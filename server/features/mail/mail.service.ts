import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import { NotFoundError } from '../../platform/http/errors';
import * as repo from './mail.repo';
import { smtpTransport, type MailTransport } from './mail.transport';

/** Name of the job that delivers the outbox through SMTP. */
export const MAIL_SEND_JOB = 'mail.send';
/** A mail that failed this many times is left in the outbox (visible with its last error) and not retried. */
export const MAX_MAIL_ATTEMPTS = 8;
/** Mails handled by one run of the job. */
const BATCH_SIZE = 100;

/** A mail to write into the outbox. */
export interface QueuedMail {
  to: string;
  subject: string;
  bodyText: string;
  /** What the mail is about (`signup.verify`, `dossier.status`, …). */
  kind: string;
  /** When it was queued (defaults to the database's now); pass the service clock so throttles agree with it. */
  createdAt?: Date;
}

/**
 * Writes a mail into the outbox inside the caller's transaction (transactional outbox): the mail exists if and
 * only if the change that caused it commits. Delivery happens later in the `mail.send` job; call
 * `requestMailDelivery` after the commit to send it at once rather than at the next minute.
 */
export async function queueMail(tx: Executor, mail: QueuedMail): Promise<repo.MailRow> {
  return repo.insertMail(tx, {
    toAddress: mail.to.trim(),
    subject: mail.subject.replace(/[\r\n]+/g, ' ').trim(),
    bodyText: mail.bodyText,
    kind: mail.kind,
    ...(mail.createdAt ? { createdAt: mail.createdAt } : {}),
  });
}

/** Asks the job worker to deliver the outbox now (no-op without SMTP or without a worker; never throws). */
export async function requestMailDelivery(deps: Pick<Deps, 'jobs' | 'config' | 'log'>): Promise<void> {
  if (!deps.config.SMTP_URL || !deps.jobs) return;
  try {
    await deps.jobs.send(MAIL_SEND_JOB, {}, { singletonKey: MAIL_SEND_JOB });
  } catch (error) {
    deps.log?.warn({ err: error }, 'could not schedule mail delivery; the minute job will send it');
  }
}

/** Outcome of one delivery run. */
export interface MailDeliveryResult {
  sent: number;
  failed: number;
  /** Set when nothing was attempted, with the reason. */
  skipped?: 'smtp_not_configured';
}

type DeliveryDeps = Pick<Deps, 'db' | 'database' | 'clock' | 'config'> & { log?: Deps['log'] };

// Runs in one process take turns (the cron run and an immediate run may overlap).
let previousRun: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = previousRun.then(run, run);
  previousRun = next.catch(() => undefined);
  return next;
}

/**
 * Delivers pending outbox mails (oldest first). Idempotent: a delivered mail gets `sent_at` and is never sent
 * again; a failure adds to `attempts` and keeps `last_error`, and the mail is retried on the next run until
 * MAX_MAIL_ATTEMPTS. Runs in one process take turns; on PostgreSQL each mail is also row-locked while it is
 * sent (`FOR UPDATE SKIP LOCKED`), so worker processes never send the same mail twice. (In embedded mode the
 * single process needs no lock, and holding a transaction over an SMTP exchange would stall PGlite's one
 * connection.) Without SMTP_URL (and no transport given) nothing is sent: mails stay for the development mailbox.
 */
export async function sendPendingMail(deps: DeliveryDeps, transport?: MailTransport | null): Promise<MailDeliveryResult> {
  const via = transport ?? (deps.config.SMTP_URL ? smtpTransport(deps.config.SMTP_URL) : null);
  if (!via) return { sent: 0, failed: 0, skipped: 'smtp_not_configured' };

  const attempt = async (db: Executor, mail: repo.MailRow): Promise<'sent' | 'failed'> => {
    try {
      await via.send({ from: deps.config.MAIL_FROM, to: mail.toAddress, subject: mail.subject, text: mail.bodyText, outboxId: mail.id });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.recordMailAttempt(db, mail.id, { sentAt: null, lastError: message.slice(0, 1000) });
      deps.log?.warn({ mailId: mail.id, attempt: mail.attempts + 1, err: message }, 'mail delivery failed');
      return 'failed';
    }
    await repo.recordMailAttempt(db, mail.id, { sentAt: deps.clock.now(), lastError: null });
    return 'sent';
  };

  return oneAtATime(async () => {
    const result: MailDeliveryResult = { sent: 0, failed: 0 };
    for (const pending of await repo.selectPendingMail(deps.db, MAX_MAIL_ATTEMPTS, BATCH_SIZE)) {
      const outcome =
        deps.database.kind === 'postgres'
          ? await deps.db.transaction(async (tx) => {
              const mail = await repo.lockPendingMail(tx, pending.id, MAX_MAIL_ATTEMPTS);
              return mail ? attempt(tx, mail) : 'skipped';
            })
          : await attempt(deps.db, pending);
      if (outcome !== 'skipped') result[outcome]++;
    }
    return result;
  });
}

/**
 * The newest outbox mails for the development mailbox page, optionally to one address.
 * @throws NotFoundError when the development mailbox is off (DEV_MAILBOX), so production reveals nothing.
 */
export async function listDevMailbox(deps: Pick<Deps, 'db' | 'config'>, filter: { to?: string; limit: number }) {
  if (!deps.config.devMailboxEnabled) throw new NotFoundError('dev_mailbox');
  return repo.selectRecentMail(deps.db, filter);
}

/** When mails whose kind starts with `kindPrefix` were queued to `to` since `since` (for throttles), oldest first. */
export async function recentMailTimes(db: Executor, filter: { to: string; kindPrefix: string; since: Date }): Promise<Date[]> {
  return repo.selectMailTimes(db, filter);
}
