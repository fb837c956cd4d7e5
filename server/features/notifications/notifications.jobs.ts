import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { DEADLINE_REMINDERS_JOB, sendDeadlineReminders } from './deadline-reminders.service';

export { DEADLINE_REMINDERS_JOB };

/**
 * Every hour at :05 (Vietnam time): remind MOFA officers of dossier steps due within 2 working days or overdue.
 * The schedule only says how often to look; the rule (working days, Vietnam day, dedupe keys) decides who is
 * reminded, so an extra or repeated run sends nothing twice (see `sendDeadlineReminders`).
 */
export function notificationsJobs(deps: Pick<Deps, 'db' | 'clock' | 'config'> & Partial<Pick<Deps, 'jobs' | 'log'>>): JobDefinition[] {
  return [{ name: DEADLINE_REMINDERS_JOB, cron: '5 * * * *', tz: 'Asia/Ho_Chi_Minh', handler: async () => sendDeadlineReminders(deps) }];
}
