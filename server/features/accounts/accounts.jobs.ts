import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { appendAudit } from '../audit/audit.service';
import { purgeExpiredSessions } from './auth.service';
import { ANONYMOUS } from '../../domain/access/policy';

/** Name of the expired-session clean-up job. */
export const SESSIONS_PURGE_JOB = 'sessions.purge';

/**
 * Every 15 minutes: delete expired sessions and login attempts older than 30 days. Idempotent (deleting what
 * is already gone does nothing); writes one system audit event when it removed anything.
 */
export function accountsJobs(deps: Pick<Deps, 'db' | 'clock' | 'config'>): JobDefinition[] {
  return [
    {
      name: SESSIONS_PURGE_JOB,
      cron: '*/15 * * * *',
      handler: async () => {
        const result = await purgeExpiredSessions(deps);
        if (result.sessions + result.attempts > 0) {
          await appendAudit(deps.db, { actor: { ...ANONYMOUS, username: 'system' }, requestId: `job:${SESSIONS_PURGE_JOB}`, ip: 'internal' }, {
            action: 'session.purge',
            entityType: 'session',
            after: result,
          });
        }
        return result;
      },
    },
  ];
}
