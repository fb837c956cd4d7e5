import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { CONSULTATION_REMINDERS_JOB, sendConsultationReminders } from './consultation-reminders.service';

export { CONSULTATION_REMINDERS_JOB };

/**
 * Every hour at :10 (Vietnam time): reminders about requests for opinion (T-3 WD, due day, T+2 WD). The schedule
 * only says how often to look; the working-day rule and the recorded reminders decide (see the service).
 */
export function consultationJobs(deps: Pick<Deps, 'db' | 'clock' | 'config'>): JobDefinition[] {
  return [{ name: CONSULTATION_REMINDERS_JOB, cron: '10 * * * *', tz: 'Asia/Ho_Chi_Minh', handler: async () => sendConsultationReminders(deps) }];
}
