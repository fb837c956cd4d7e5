import { formatVnDate, vnDateOf } from '../../../common/dates';
import { ANONYMOUS } from '../../domain/access/policy';
import type { DossierClockState } from '../../domain/dossiers/clock';
import { deadlineReminderKey, deadlineReminderOn, MOFA_STATUSES, reminderHorizon, type DeadlineReminder } from '../../domain/dossiers/deadline-reminder';
import { STATUS_NAMES } from '../../domain/dossiers/workflow';
import type { Deps } from '../../platform/deps';
import { appendAudit } from '../audit/audit.service';
import { queueMail, requestMailDelivery } from '../mail/mail.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import * as repo from './notifications.repo';
import { findActiveUsers, notifyUsers, type Notice } from './notifications.service';

/** Name of the job that reminds MOFA of dossier steps due soon or overdue. */
export const DEADLINE_REMINDERS_JOB = 'dossiers.deadline-reminders';

type ReminderDeps = Pick<Deps, 'db' | 'clock' | 'config'> & Partial<Pick<Deps, 'jobs' | 'log'>>;

/** Outcome of one reminder run. */
export interface DeadlineReminderResult {
  /** The Vietnam day the rule was evaluated for. */
  day: string;
  /** Dossiers owing a reminder today. */
  dossiers: number;
  /** Notifications written (already-sent ones are not counted). */
  notified: number;
  /** E-mails queued (one per new notification with an address). */
  mailed: number;
  /** Set when the day is not a working day (nothing is sent). */
  skipped?: 'day_off';
}

const clockState = (d: repo.ReminderDossier): DossierClockState => ({
  status: d.status,
  receivedOn: d.receivedOn,
  acceptedOn: d.acceptedOn,
  overallDueOn: d.overallDueOn,
  stepEnteredOn: d.stepEnteredOn,
  stepDueOn: d.stepDueOn,
  pausedWorkingDays: d.pausedWorkingDays,
  closedOn: d.closedOn,
});

/** The in-app text of a reminder, in both languages. */
function reminderNotice(d: repo.ReminderDossier, r: DeadlineReminder): Notice {
  const due = formatVnDate(r.dueOn);
  const step = STATUS_NAMES[d.status];
  const soon = r.kind === 'due_soon';
  const left = r.workingDaysLeft;
  return {
    kind: `dossier.${r.kind}`,
    dossierId: d.id,
    title: soon
      ? { vi: `Hồ sơ ${d.code} sắp đến hạn (${due})`, en: `Dossier ${d.code} is due soon (${due})` }
      : { vi: `Hồ sơ ${d.code} đã quá hạn (${due})`, en: `Dossier ${d.code} is overdue (${due})` },
    body: soon
      ? {
          vi: `Bước hiện tại: ${step.vi}. Hạn ${due}, còn ${left} ngày làm việc.`,
          en: `Current step: ${step.en}. Due ${due}, ${left} working day${left === 1 ? '' : 's'} left.`,
        }
      : {
          vi: `Bước hiện tại: ${step.vi}. Hạn ${due}, đã quá ${-left} ngày làm việc.`,
          en: `Current step: ${step.en}. It was due ${due}, ${-left} working day${left === -1 ? '' : 's'} ago.`,
        },
    link: `/dossiers/${d.id}`,
    dedupeKey: deadlineReminderKey(d.id, r),
  };
}

function reminderMailBody(notice: Notice, url: string): string {
  return [notice.title.vi, notice.body.vi, `Xem hồ sơ: ${url}`, '', notice.title.en, notice.body.en, `Open the dossier: ${url}`].join('\n');
}

/**
 * Reminds COMINGO/MOFA of dossier steps they hold that are due within 2 working days or overdue on today's Vietnam
 * day (rule: domain/dossiers/deadline-reminder.ts, calendar: the `calendar_day` table): the assigned officer, or
 * every active MOFA officer when nobody is assigned (or the assignee's account is disabled), gets an in-app
 * notification and an e-mail. Idempotent: each dossier is re-read and notified in its own short transaction; the
 * notification's dedupe key (`due-soon:` / `overdue:<dossierId>:<step>:<dueDate>`) is unique per user and the mail
 * is queued only with a newly inserted notification, so a second run, a restart or a concurrent worker sends
 * nothing twice. Writes one system audit entry when it notified anyone.
 */
export async function sendDeadlineReminders(deps: ReminderDeps): Promise<DeadlineReminderResult> {
  const now = deps.clock.now();
  const today = vnDateOf(now);
  const calendar = await loadWorkingCalendar(deps);
  const result: DeadlineReminderResult = { day: today, dossiers: 0, notified: 0, mailed: 0 };
  if (!calendar.dayInfo(today).isWorkingDay) return { ...result, skipped: 'day_off' };

  const candidates = await repo.selectDossiersDueBefore(deps.db, MOFA_STATUSES, reminderHorizon(calendar, today));
  const base = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const reminded: string[] = [];
  for (const candidate of candidates) {
    await deps.db.transaction(async (tx) => {
      const d = await repo.selectReminderDossier(tx, candidate.id); // the step may have moved since the list was read
      const reminder = d && deadlineReminderOn(calendar, clockState(d), today);
      if (!d || !reminder) return;
      result.dossiers++;
      const assignee = d.assignedTo ? await findActiveUsers(tx, { ids: [d.assignedTo] }) : [];
      const recipients = assignee.length ? assignee : await findActiveUsers(tx, { roles: ['mofa_officer'] });
      const notice = reminderNotice(d, reminder);
      const inserted = await notifyUsers(tx, recipients.map((r) => r.id), notice, now);
      const email = new Map(recipients.map((r) => [r.id, r.email]));
      for (const row of inserted) {
        const to = email.get(row.userId);
        if (!to) continue;
        await queueMail(tx, { to, subject: `[INGO Hub] ${notice.title.vi} / ${notice.title.en}`, bodyText: reminderMailBody(notice, `${base}${notice.link}`), kind: notice.kind, createdAt: now });
        result.mailed++;
      }
      result.notified += inserted.length;
      if (inserted.length) reminded.push(`${notice.dedupeKey}`);
    });
  }
  if (reminded.length) {
    await appendAudit(deps.db, { actor: { ...ANONYMOUS, username: 'system' }, requestId: `job:${DEADLINE_REMINDERS_JOB}`, ip: 'internal' }, {
      action: 'dossier.deadline_reminders',
      entityType: 'dossier',
      after: { day: today, notified: result.notified, mailed: result.mailed, reminders: reminded },
    });
  }
  if (result.mailed && deps.jobs !== undefined && deps.log) await requestMailDelivery({ jobs: deps.jobs, config: deps.config, log: deps.log });
  return result;
}
