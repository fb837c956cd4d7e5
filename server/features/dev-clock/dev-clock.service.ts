import { isOffsetClock } from '../../platform/clock';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';

const DAY_MS = 24 * 60 * 60 * 1000;

type DevClockDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

/** The adjustable clock, or 404 when DEV_CLOCK is off (production reveals nothing). */
function devClock(deps: DevClockDeps) {
  if (!deps.config.devClockEnabled || !isOffsetClock(deps.clock)) throw new NotFoundError('dev_clock');
  return deps.clock;
}

/** The server's time now and how far it is moved from real time. @throws NotFoundError when DEV_CLOCK is off. */
export function readDevClock(deps: DevClockDeps): { now: string; offsetDays: number } {
  const clock = devClock(deps);
  return { now: clock.now().toISOString(), offsetDays: clock.offsetMs / DAY_MS };
}

/**
 * Moves the server clock `offsetDays` whole days from real time (0 = real time); every service, job and session
 * check sees the moved time at once. Audited as `dev.clock_set`. @throws NotFoundError when DEV_CLOCK is off.
 */
export async function setDevClock(deps: DevClockDeps, ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>, offsetDays: number) {
  const clock = devClock(deps);
  const before = readDevClock(deps);
  clock.setOffsetDays(offsetDays);
  const after = readDevClock(deps);
  await appendAudit(deps.db, ctx, { action: 'dev.clock_set', entityType: 'dev_clock', before, after });
  return after;
}
