import { formatVnDate } from '../../../common/dates';
import { STATUS_NAMES, type DossierAction } from '../../domain/dossiers/workflow';
import type { Executor } from '../../platform/db/client';
import { queueMail } from '../mail/mail.service';
import * as repo from './dossiers.repo';

/** The steps an applicant is told about by e-mail (the dossier page shows every step). */
const NOTIFIED: readonly DossierAction[] = ['submit', 'request_supplement', 'answer_supplement', 'accept', 'approve', 'refuse', 'issue_certificate', 'deliver_refusal'];

/**
 * Queues a bilingual status notice to the applicant NGO's accounts, in the action's transaction (outbox): the mail
 * exists only if the step is committed.
 */
export async function noticeToApplicant(tx: Executor, dossier: repo.DossierRow, action: DossierAction, reason: string | null, baseUrl: string): Promise<number> {
  if (!NOTIFIED.includes(action) || !dossier.applicantUnitId) return 0;
  const emails = await repo.selectUnitEmails(tx, dossier.applicantUnitId);
  const name = STATUS_NAMES[dossier.status];
  const link = `${baseUrl.replace(/\/$/, '')}/my/dossiers/${dossier.id}`;
  const due = dossier.stepDueOn ? formatVnDate(dossier.stepDueOn) : null;
  const body = [
    `Hồ sơ ${dossier.code}: ${name.vi}.`,
    reason ? `Nội dung: ${reason}` : null,
    due ? `Hạn của bước hiện tại: ${due}.` : null,
    `Xem hồ sơ: ${link}`,
    '',
    `Dossier ${dossier.code}: ${name.en}.`,
    reason ? `Details: ${reason}` : null,
    due ? `Current step due: ${due}.` : null,
    `Open the dossier: ${link}`,
  ].filter((l) => l !== null).join('\n');
  for (const to of emails) {
    await queueMail(tx, { to, subject: `[INGO Hub] ${dossier.code} — ${name.vi} / ${name.en}`, bodyText: body, kind: `dossier.${action}` });
  }
  return emails.length;
}
