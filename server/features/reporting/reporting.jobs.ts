import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { REPORTING_REMINDERS_JOB, sendReportingReminders } from './reporting-reminders.service';

export { REPORTING_REMINDERS_JOB };

/**
 * Every hour at :20 (Vietnam time): reminders about reports to file (campaign reminder days, due day, overdue).
 * The schedule only says how often to look; the working-day rule and the recorded reminders decide.
 */
export function reportingJobs(deps: Pick<Deps, 'db' | 'clock'>): JobDefinition[] {
  return [{ name: REPORTING_REMINDERS_JOB, cron: '20 * * * *', tz: 'Asia/Ho_Chi_Minh', handler: async () => sendReportingReminders(deps) }];
}
