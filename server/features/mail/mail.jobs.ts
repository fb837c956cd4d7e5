import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { MAIL_SEND_JOB, sendPendingMail } from './mail.service';
import { smtpTransport, type MailTransport } from './mail.transport';

export { MAIL_SEND_JOB };

/**
 * Every minute (and at once after a mail is queued, see `requestMailDelivery`): deliver the pending outbox
 * through SMTP. Idempotent: a delivered mail has `sent_at` and is skipped; overlapping runs never send a mail
 * twice (see `sendPendingMail`). Without SMTP_URL the run does nothing and the mails stay for the development mailbox.
 * `transport` replaces SMTP (tests).
 */
export function mailJobs(deps: Pick<Deps, 'db' | 'database' | 'clock' | 'config'> & { log?: Deps['log'] }, transport?: MailTransport): JobDefinition[] {
  const via = transport ?? (deps.config.SMTP_URL ? smtpTransport(deps.config.SMTP_URL) : null);
  // Without a transport there is nothing to deliver: the job stays registered (a run answers skipped) but unscheduled.
  return [{ name: MAIL_SEND_JOB, ...(via ? { cron: '* * * * *' } : {}), handler: async () => sendPendingMail(deps, via) }];
}
