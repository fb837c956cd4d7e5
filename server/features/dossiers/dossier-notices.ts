import { formatVnDate } from '../../../common/dates';
import { STATUS_NAMES, type DossierAction } from '../../domain/dossiers/workflow';
import type { Executor } from '../../platform/db/client';
import { queueMail } from '../mail/mail.service';
import { findActiveMembers, notifyUsers } from '../notifications/notifications.service';
import * as repo from './dossiers.repo';

/** The steps an applicant is told about by e-mail (the dossier page shows every step). */
const NOTIFIED: readonly DossierAction[] = ['submit', 'request_supplement', 'answer_supplement', 'accept', 'approve', 'refuse', 'issue_certificate', 'deliver_refusal'];

/**
 * Tells the applicant NGO's accounts about a status change, in the action's transaction (outbox): an in-app
 * notification on every status change (supplement requests included) for each active representative of the
 * applicant unit, and a bilingual e-mail for the steps in NOTIFIED. Both exist only if the step is committed.
 * The notification's dedupe key is the action and the dossier's lock version, unique per change.
 * Returns the number of e-mails queued.
 */
export async function noticeToApplicant(tx: Executor, dossier: repo.DossierRow, action: DossierAction, reason: string | null, baseUrl: string): Promise<number> {
  if (!dossier.applicantUnitId) return 0;
  const name = STATUS_NAMES[dossier.status];
  const path = `/my/dossiers/${dossier.id}`;
  const link = `${baseUrl.replace(/\/$/, '')}${path}`;
  const due = dossier.stepDueOn ? formatVnDate(dossier.stepDueOn) : null;

  const members = await findActiveMembers(tx, dossier.applicantUnitId, ['ngo_representative']);
  const lines = (lang: 'vi' | 'en') =>
    [lang === 'vi' ? `Trạng thái mới: ${name.vi}.` : `New status: ${name.en}.`, reason ? (lang === 'vi' ? `Nội dung: ${reason}` : `Details: ${reason}`) : null, due ? (lang === 'vi' ? `Hạn của bước hiện tại: ${due}.` : `Current step due: ${due}.`) : null]
      .filter((l) => l !== null)
      .join('\n');
  await notifyUsers(
    tx,
    members.map((m) => m.id),
    {
      kind: `dossier.${action}`,
      dossierId: dossier.id,
      title: { vi: `Hồ sơ ${dossier.code}: ${name.vi}`, en: `Dossier ${dossier.code}: ${name.en}` },
      body: { vi: lines('vi'), en: lines('en') },
      link: path,
      dedupeKey: `dossier.${action}:${dossier.id}:${dossier.lockVersion}`,
    },
    dossier.updatedAt,
  );

  if (!NOTIFIED.includes(action)) return 0;
  const emails = await repo.selectUnitEmails(tx, dossier.applicantUnitId);
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
