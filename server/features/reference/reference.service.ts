import { deadlineInstant } from '../../domain/calendar/deadline';
import { createWorkingCalendar, yearsCoveredBy, type WorkingCalendar } from '../../domain/calendar/working-calendar';
import { addWorkingDays } from '../../domain/calendar/working-days';
import type { Executor } from '../../platform/db/client';
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

/**
 * The working-day calendar as the `calendar_day` table defines it now: the table's rows for the years it covers
 * (seeded or generated rows present), the computed Labour Code 2019 Art. 111–112 rules for other years with any
 * administrators' rows on top (domain/calendar/working-calendar.ts). Read at compute time: an administrator's
 * edit applies to every computation after it is saved. `db` may be a transaction.
 */
export async function loadWorkingCalendar(deps: { db: Executor }): Promise<WorkingCalendar> {
  const rows = await repo.selectAllCalendarDays(deps.db);
  return createWorkingCalendar({ exceptions: rows, completeYears: yearsCoveredBy(rows) });
}

/** `add` working days after `from` (day 0, not counted) and the deadline instant at the end of that day (UTC+7). */
export async function computeWorkingDayDeadline(deps: { db: Executor }, from: string, add: number) {
  const dueDay = addWorkingDays(await loadWorkingCalendar(deps), from, add);
  return { from, add, dueDay, deadlineAt: deadlineInstant(dueDay).toISOString() };
}
