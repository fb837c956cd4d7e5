import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import * as repo from './reference.repo';
import type { calendarDay } from './reference.tables';

/** What an administrator sets for one day of the working-day calendar. */
export type CalendarDayInput = Pick<typeof calendarDay.$inferInsert, 'isWorkingDay' | 'kind' | 'nameVi' | 'nameEn' | 'note'>;

/**
 * Sets a day off or a make-up working day (the Government announces Tết, National Day and day swaps each
 * year; brief §9.1–9.2). The row becomes source 'admin'; before/after go to the audit log.
 */
export async function setCalendarDay(deps: Pick<Deps, 'db' | 'clock'>, ctx: RequestContext, day: string, input: CalendarDayInput) {
  return deps.db.transaction(async (tx) => {
    const before = await repo.selectCalendarDay(tx, day);
    const saved = await repo.upsertCalendarDay(tx, { day, ...input, note: input.note ?? null, source: 'admin', updatedAt: deps.clock.now(), updatedBy: ctx.actor.userId });
    await appendAudit(tx, ctx, { action: 'calendar.set_day', entityType: 'calendar_day', entityId: day, before, after: saved });
    return saved;
  });
}

/** Removes a day's exception so the weekday rule applies again. @throws NotFoundError */
export async function clearCalendarDay(deps: Pick<Deps, 'db'>, ctx: RequestContext, day: string) {
  await deps.db.transaction(async (tx) => {
    const before = await repo.selectCalendarDay(tx, day);
    if (!before) throw new NotFoundError('calendar_day');
    await repo.deleteCalendarDay(tx, day);
    await appendAudit(tx, ctx, { action: 'calendar.clear_day', entityType: 'calendar_day', entityId: day, before });
  });
}
