/**
 * When MOFA is reminded of a dossier step's deadline (brief §3.1, §9.1): the steps COMINGO/MOFA hold (completeness
 * check, Decree 58/2022 Art. 11(2); sending for consultation, Art. 11(3); appraisal and decision, Art. 11(6);
 * delivery within the overall period, Art. 11(7)) raise a "due soon" reminder when at most
 * {@link DUE_SOON_WORKING_DAYS} working days are left and an "overdue" reminder after the due day. Reminders go
 * out on working days only (nobody processes dossiers on a day off); a step that became due soon or overdue during a
 * holiday is reported on the first working day after it. Pure: the calendar and "today" (Vietnam) are passed in.
 */
import type { WorkingCalendar } from '../calendar/working-calendar';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days';
import { DUE_SOON_WORKING_DAYS, readClock, type DossierClockState } from './clock';
import { FINAL_STATUSES, STATUS_INFO, type DossierStatus, type StepKey } from './workflow';

/** Which reminder applies. */
export type DeadlineReminderKind = 'due_soon' | 'overdue';

/** A reminder owed on a dossier step on one day. */
export interface DeadlineReminder {
  kind: DeadlineReminderKind;
  step: StepKey;
  /** The step's due day ('YYYY-MM-DD'). */
  dueOn: string;
  /** Working days left after today (0 = due today, negative = working days since the due day). */
  workingDaysLeft: number;
}

/** The statuses whose step COMINGO/MOFA holds (an officer or the signing leader): the ones reminders watch. */
export const MOFA_STATUSES: readonly DossierStatus[] = (Object.keys(STATUS_INFO) as DossierStatus[]).filter((status) => {
  const owner = STATUS_INFO[status].owner;
  return (owner === 'officer' || owner === 'leader') && !FINAL_STATUSES.includes(status) && STATUS_INFO[status].paused !== true;
});

/**
 * The reminder owed on `today` for a dossier's current step, or null: not a working day, not MOFA's step, no due
 * day, or more than {@link DUE_SOON_WORKING_DAYS} working days left. Overdue = `today` is after the due day (the
 * deadline ends at 24:00 of the due day, Civil Code 2015 Art. 148).
 * @throws RangeError for a malformed day.
 */
export function deadlineReminderOn(calendar: WorkingCalendar, state: DossierClockState, today: string): DeadlineReminder | null {
  if (!isWorkingDay(calendar, today)) return null;
  if (!MOFA_STATUSES.includes(state.status) || !state.stepDueOn) return null;
  const clock = readClock(calendar, state, today);
  if (clock.sla !== 'due_soon' && clock.sla !== 'overdue') return null;
  return { kind: clock.sla, step: STATUS_INFO[state.status].step, dueOn: state.stepDueOn, workingDaysLeft: clock.workingDaysLeft ?? 0 };
}

/**
 * The first due day that is *not* yet due soon on `today` (exclusive upper bound for a query of candidate dossiers):
 * every step due before it has at most {@link DUE_SOON_WORKING_DAYS} working days left or is overdue.
 * @throws RangeError for a malformed day.
 */
export function reminderHorizon(calendar: WorkingCalendar, today: string): string {
  return addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS + 1);
}

/**
 * The key that makes a reminder unique per recipient: `due-soon:<dossierId>:<step>:<dueDate>` or
 * `overdue:<dossierId>:<step>:<dueDate>`. A second run, a restart or another worker yields the same key, so a
 * reminder is sent once per step and due day; a new due day (new step, step re-entered) gets a new one.
 */
export function deadlineReminderKey(dossierId: string, reminder: Pick<DeadlineReminder, 'kind' | 'step' | 'dueOn'>): string {
  return `${reminder.kind === 'due_soon' ? 'due-soon' : 'overdue'}:${dossierId}:${reminder.step}:${reminder.dueOn}`;
}
