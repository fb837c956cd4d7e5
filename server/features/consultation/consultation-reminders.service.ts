/**
 * Reminders about requests for opinion (issue 6 §4): to the agency 3 working days before the due day, on the due
 * day and 2 working days after it (the offsets are configuration: settings `consultation.reminderOffsets`); the overdue one also goes to COMINGO's officers. Run by the pg-boss job
 * `consultation.reminders` as often as it likes: each reminder is recorded on the request (`reminder_offsets`,
 * set atomically) and carries a dedupe key, so a second run, an overlapping worker or a restart never sends one
 * twice. After downtime only the latest missed reminder goes out (request-clock.ts `remindersDue`).
 * The overdue reminder says how the silence reads under the configuration `onMissedDeadline`: "has not replied"
 * (default 'no_reply'), or "its silence is recorded as agreement" ('deemed_agreement' — a note, not a reply: the
 * agency may still reply, and the officer still closes the step; request-clock.ts `silenceAfterDeadline`).
 */
import { vnDateOf } from '../../../common/dates';
import { addWorkingDays } from '../../domain/calendar/working-days';
import { remindersDue, type MissedDeadlineReading, type Reminder } from '../../domain/consultation/request-clock';
import type { Deps } from '../../platform/deps';
import { selectUnitEmails } from '../dossiers/dossiers.repo';
import { queueMail } from '../mail/mail.service';
import { findActiveMembers, findActiveUsers, notifyUsers } from '../notifications/notifications.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import { getConsultationClock } from '../settings/settings.service';
import * as repo from './consultation.repo';

export const CONSULTATION_REMINDERS_JOB = 'consultation.reminders';

const vn = (isoDay: string) => isoDay.split('-').reverse().join('/');

function texts(reminder: Reminder, request: repo.RequestWithUnit, dossierCode: string, onMissedDeadline: MissedDeadlineReading) {
  const due = vn(request.dueOn);
  switch (reminder.kind) {
    case 'before_due':
      return { vi: `Hồ sơ ${dossierCode}: còn ${-reminder.offset} ngày làm việc để trả lời (hạn ${due}).`, en: `Dossier ${dossierCode}: ${-reminder.offset} working days left to reply (due ${due}).` };
    case 'due_today':
      return { vi: `Hồ sơ ${dossierCode}: hôm nay (${due}) là hạn trả lời ý kiến.`, en: `Dossier ${dossierCode}: the reply is due today (${due}).` };
    default:
      if (onMissedDeadline === 'deemed_agreement') {
        return {
          vi: `Hồ sơ ${dossierCode}: ${request.unitNameVi} không trả lời đến hạn ${due}; theo cấu hình, được coi là đồng ý (ghi nhận, không phải văn bản trả lời; vẫn có thể gửi ý kiến).`,
          en: `Dossier ${dossierCode}: ${request.unitNameEn} did not reply by ${due}; as configured, it is deemed to agree (a note, not a reply; a reply may still be sent).`,
        };
      }
      return { vi: `Hồ sơ ${dossierCode}: ${request.unitNameVi} chưa trả lời, đã quá hạn ${due}.`, en: `Dossier ${dossierCode}: ${request.unitNameEn} has not replied; it was due ${due}.` };
  }
}

export interface ConsultationReminderResult {
  sent: { requestId: string; offset: number }[];
}

export async function sendConsultationReminders(deps: Pick<Deps, 'db' | 'clock' | 'config'>): Promise<ConsultationReminderResult> {
  const now = deps.clock.now();
  const today = vnDateOf(now);
  const [calendar, clock] = await Promise.all([loadWorkingCalendar({ db: deps.db }), getConsultationClock(deps.db)]);
  const onMissedDeadline = clock.onMissedDeadline;
  // A request due within the earliest reminder's working days (3 by default) or earlier may have a reminder due today.
  const earliest = Math.max(0, -Math.min(0, ...clock.reminderOffsets));
  const candidates = await repo.selectOpenRequestsDueBy(deps.db, addWorkingDays(calendar, today, earliest + 1));
  const sent: ConsultationReminderResult['sent'] = [];
  for (const request of candidates) {
    for (const reminder of remindersDue(calendar, request.dueOn, today, request.reminderOffsets, clock)) {
      const done = await deps.db.transaction(async (tx) => {
        if (!(await repo.markReminderSent(tx, request.id, reminder.offset))) return false;
        const dossierCode = await repo.selectDossierCode(tx, request.dossierId);
        const text = texts(reminder, request, dossierCode, onMissedDeadline);
        const notice = { kind: `consultation.${reminder.kind}`, dossierId: request.dossierId, title: text, body: text, link: `/consultations/${request.id}`, dedupeKey: `consultation:${request.id}:${reminder.offset}` };
        const members = await findActiveMembers(tx, request.unitId, ['agency_focal', 'agency_viewer']);
        await notifyUsers(tx, members.map((m) => m.id), notice, now);
        for (const to of await selectUnitEmails(tx, request.unitId)) {
          await queueMail(tx, { to, kind: notice.kind, subject: `${text.vi} / ${text.en}`, bodyText: `${text.vi}\n${deps.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/consultations/${request.id}\n\n${text.en}`, createdAt: now });
        }
        if (reminder.kind === 'overdue' && request.parentRequestId === null) {
          const officers = await findActiveUsers(tx, { roles: ['mofa_officer'] });
          await notifyUsers(tx, officers.map((o) => o.id), { ...notice, link: `/dossiers/${request.dossierId}` }, now);
        }
        return true;
      });
      if (done) sent.push({ requestId: request.id, offset: reminder.offset });
    }
  }
  return { sent };
}
