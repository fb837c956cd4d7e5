/**
 * The dossier's clocks (brief §3.1, §9.1): when a status is entered, which day its step is due, the overall
 * 30-working-day period from a complete dossier (Decree 58/2022 Art. 11(7)), the time spent waiting for the
 * applicant (which does not count), and the SLA colour a queue shows. Pure: the calendar and "today" are passed in.
 */
import { addDays } from '../calendar/iso-day';
import { addWorkingDays, countWorkingDays, workingDaysLeft } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { FINAL_STATUSES, STATUS_INFO, type DossierStatus, type StepDurations } from './workflow';

/** The clock columns a dossier stores. */
export interface DossierClockState {
  status: DossierStatus;
  receivedOn: string | null;
  acceptedOn: string | null;
  overallDueOn: string | null;
  stepEnteredOn: string | null;
  stepDueOn: string | null;
  pausedWorkingDays: number;
  closedOn: string | null;
}

/** Working days left at or below which a step shows as "due soon" (queue colour amber). */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The clock columns after entering `next` on `day` (the working day the event counts from, see `receiptDay`).
 * - submitted: the completeness check is due `completenessCheck` WD after receipt (Art. 11(2)); a supplement
 *   answered restarts the check from its own receipt.
 * - supplement_requested: the clock stops; the applicant's time is counted into `pausedWorkingDays` on return.
 * - accepted: the dossier is complete: the overall period starts (Art. 11(7)) and consultation is due (Art. 11(3)).
 * - in_consultation / appraisal: their own limits (Art. 11(4), 11(6)); decision_pending keeps the appraisal's due day.
 * - approved / refused: delivery by the overall due day. Final statuses stop every clock.
 */
export function enterStatus(calendar: WorkingCalendar, state: DossierClockState, next: DossierStatus, day: string, durations: StepDurations): DossierClockState {
  const info = STATUS_INFO[next];
  const result: DossierClockState = { ...state, status: next, stepEnteredOn: day };
  if (state.status === 'supplement_requested' && state.stepEnteredOn) {
    result.pausedWorkingDays = state.pausedWorkingDays + Math.max(0, countWorkingDays(calendar, state.stepEnteredOn, day));
  }
  if (next === 'submitted' && !state.receivedOn) result.receivedOn = day;
  if (next === 'accepted') {
    result.acceptedOn = day;
    result.overallDueOn = addWorkingDays(calendar, day, durations.overall);
  }
  if (FINAL_STATUSES.includes(next)) result.closedOn = day;
  switch (info.clock) {
    case 'step': {
      const n = durations[info.duration!];
      result.stepDueOn = n === null ? null : addWorkingDays(calendar, day, n);
      break;
    }
    case 'inherit':
      result.stepDueOn = state.stepDueOn;
      result.stepEnteredOn = state.stepEnteredOn;
      break;
    case 'overall':
      result.stepDueOn = result.overallDueOn;
      break;
    case 'none':
      result.stepDueOn = null;
  }
  return result;
}

/** What a timeline or queue shows of a dossier's clock on `today`. */
export interface ClockView {
  dueOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  sla: 'on_time' | 'due_soon' | 'overdue' | 'paused' | 'none';
  overallWorkingDaysUsed: number | null;
  paused: boolean;
}

/** Reads the clock on `today`: working days left on the current step, overdue flag and SLA colour. */
export function readClock(calendar: WorkingCalendar, state: DossierClockState, today: string): ClockView {
  const info = STATUS_INFO[state.status];
  const paused = info.paused === true;
  const overallWorkingDaysUsed = state.acceptedOn ? countWorkingDays(calendar, state.acceptedOn, state.closedOn ?? today) : null;
  if (!state.stepDueOn || FINAL_STATUSES.includes(state.status)) {
    return { dueOn: null, workingDaysLeft: null, overdue: false, sla: paused ? 'paused' : 'none', overallWorkingDaysUsed, paused };
  }
  const left = workingDaysLeft(calendar, today, state.stepDueOn);
  const overdue = today > state.stepDueOn;
  const sla = paused ? 'paused' : overdue ? 'overdue' : left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
  return { dueOn: state.stepDueOn, workingDaysLeft: left, overdue, sla, overallWorkingDaysUsed, paused };
}

/** The SLA colours a queue can filter on (the clock is running). */
export type RunningSla = 'on_time' | 'due_soon' | 'overdue';

/** Statuses whose step clock runs, so that `readClock` can colour them on time, due soon or overdue. */
export const RUNNING_CLOCK_STATUSES: readonly DossierStatus[] = (Object.keys(STATUS_INFO) as DossierStatus[]).filter(
  (s) => !FINAL_STATUSES.includes(s) && STATUS_INFO[s].paused !== true && STATUS_INFO[s].clock !== 'none',
);

/**
 * The step due days (inclusive bounds, null = open) that `readClock` colours `sla` on `today`, for a dossier whose
 * status is one of RUNNING_CLOCK_STATUSES: overdue = due before today; due soon = due today up to the last day with
 * at most DUE_SOON_WORKING_DAYS working days left; on time = later. Lets a list filter by colour in SQL, before
 * paging, with the same calendar as the colours it shows.
 */
export function stepDueRangeFor(calendar: WorkingCalendar, sla: RunningSla, today: string): { from: string | null; to: string | null } {
  const firstOnTime = addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS + 1);
  switch (sla) {
    case 'overdue':
      return { from: null, to: addDays(today, -1) };
    case 'due_soon':
      return { from: today, to: addDays(firstOnTime, -1) };
    case 'on_time':
      return { from: firstOnTime, to: null };
  }
}

/**
 * The day an applicant can expect the decision when submitting on `day`: the completeness check plus the overall
 * period from a complete dossier (Art. 11(2), 11(7)); once the dossier is accepted, its overall due day.
 */
export function expectedDecisionDay(calendar: WorkingCalendar, state: Pick<DossierClockState, 'receivedOn' | 'overallDueOn'>, day: string, durations: StepDurations): string {
  if (state.overallDueOn) return state.overallDueOn;
  const received = state.receivedOn ?? day;
  return addWorkingDays(calendar, addWorkingDays(calendar, received, durations.completenessCheck), durations.overall);
}
