/**
 * Reminders about reports to file (issue 7 §1): to the obligated unit on the campaign's reminder days (working
 * days relative to the due day, e.g. T-10, T-3, the due day, T+2) and, once overdue, to MOFA's officers too. Run
 * by the pg-boss job `reporting.reminders` as often as it likes: each reminder is recorded on the obligation
 * (`reminder_offsets_sent`, set atomically with a guard) and the notification carries a dedupe key, so a rerun,
 * an overlapping worker or a restart never sends one twice. After downtime only the latest missed reminder goes
 * out; the earlier missed ones are recorded as passed.
 */
import { vnDateOf } from '../../../common/dates';
import { reportReminderDays, reportReminderDue, type ReportReminder } from '../../domain/reporting/report-calendar';
import type { Deps } from '../../platform/deps';
import { findActiveMembers, findActiveUsers, notifyUsers } from '../notifications/notifications.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import * as repo from './reminders.repo';

export const REPORTING_REMINDERS_JOB = 'reporting.reminders';

const vn = (isoDay: string) => isoDay.split('-').reverse().join('/');

function texts(reminder: ReportReminder, row: repo.ReminderCandidate) {
  const due = vn(row.dueOn);
  const title = { vi: row.titleVi, en: row.titleEn };
  switch (reminder.kind) {
    case 'before_due':
      return { vi: `${title.vi}: hạn nộp ${due}.`, en: `${title.en}: due ${due}.` };
    case 'due_today':
      return { vi: `${title.vi}: hôm nay (${due}) là hạn nộp.`, en: `${title.en}: due today (${due}).` };
    default:
      return { vi: `${title.vi}: ${row.unitNameVi} chưa nộp, đã quá hạn ${due}.`, en: `${title.en}: ${row.unitNameEn} has not filed; it was due ${due}.` };
  }
}

export interface ReportingReminderResult {
  sent: { obligationId: string; offset: number }[];
}

/** Sends the reminders due today (idempotent; see the module comment). */
export async function sendReportingReminders(deps: Pick<Deps, 'db' | 'clock'>): Promise<ReportingReminderResult> {
  const now = deps.clock.now();
  const today = vnDateOf(now);
  const calendar = await loadWorkingCalendar({ db: deps.db });
  const candidates = await repo.selectUnfiledObligations(deps.db);
  const sent: ReportingReminderResult['sent'] = [];
  for (const row of candidates) {
    const reminder = reportReminderDue(calendar, row.dueOn, today, row.reminderOffsets, row.reminderOffsetsSent, false);
    if (!reminder) continue;
    // Earlier reminders that were missed are recorded with this one, so they never go out late.
    const passed = reportReminderDays(calendar, row.dueOn, row.reminderOffsets).filter((r) => r.offset <= reminder.offset).map((r) => r.offset);
    const done = await deps.db.transaction(async (tx) => {
      if (!(await repo.markRemindersSent(tx, row.id, reminder.offset, passed))) return false;
      const text = texts(reminder, row);
      const notice = { kind: `reporting.${reminder.kind}`, title: text, body: text, link: `/reports/${row.id}`, dedupeKey: `reporting:${row.id}:${row.dueOn}:${reminder.offset}` };
      const members = await findActiveMembers(tx, row.unitId, ['ngo_representative', 'agency_focal', 'agency_viewer']);
      await notifyUsers(tx, members.map((m) => m.id), notice, now);
      if (reminder.kind === 'overdue') {
        const officers = await findActiveUsers(tx, { roles: ['mofa_officer'] });
        await notifyUsers(tx, officers.map((o) => o.id), { ...notice, link: `/report-campaigns/${row.campaignId}` }, now);
      }
      return true;
    });
    if (done) sent.push({ obligationId: row.id, offset: reminder.offset });
  }
  return { sent };
}
