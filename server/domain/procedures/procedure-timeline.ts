/**
 * Due days of a procedure, counted by the working-day engine (domain/calendar): the overall limit of 30 WD from
 * receipt of a complete, valid dossier (Decree 58/2022 Art. 11, 15; Decision 3155/QĐ-BNG), each step's own limit,
 * and the window for filing an extension. Days are 'YYYY-MM-DD'; a day passed in is day 0 of its period (normalise
 * a receipt instant with `receiptDay` and PROCEDURE_DEFAULTS.receiptCutoff first).
 */
import { addDays, daysBetween } from '../calendar/iso-day';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { addWorkingDays } from '../calendar/working-days';
import { stepsFor } from './procedure-catalogue';
import type { AmendKind, Procedure, ProcedureStep, StepCode } from './procedure-types';

/**
 * The last day of the overall limit: `completeDay` (receipt of the complete, valid dossier) + the procedure's
 * total working days.
 * @throws RangeError for a malformed day.
 */
export function statutoryDueDay(calendar: WorkingCalendar, procedure: Procedure, completeDay: string): string {
  return addWorkingDays(calendar, completeDay, procedure.totalWorkingDays);
}

/**
 * The latest day a decision is expected for a dossier submitted on `submittedDay` that turns out complete:
 * submission + the completeness check (2 WD) + the overall limit (30 WD). This is the careful estimate shown to
 * applicants; a dossier found complete on receipt is actually due at submittedDay + total.
 * @throws RangeError for a malformed day.
 */
export function expectedDecisionDay(calendar: WorkingCalendar, procedure: Procedure, submittedDay: string): string {
  return statutoryDueDay(calendar, procedure, addWorkingDays(calendar, submittedDay, limitOf(procedure, 'completeness_check')));
}

/** The due day of one step started (day 0) on `startDay`; null when the step has no own limit. */
export function stepDueDay(calendar: WorkingCalendar, step: ProcedureStep, startDay: string): string | null {
  return step.maxWorkingDays === null ? null : addWorkingDays(calendar, startDay, step.maxWorkingDays);
}

function limitOf(procedure: Procedure, code: StepCode): number {
  return procedure.steps.find((s) => s.code === code)?.maxWorkingDays ?? 0;
}

/** A step of a planned timeline. */
export interface PlannedStep {
  readonly step: ProcedureStep;
  /** Day 0 of the step. */
  readonly startDay: string;
  /** Its own due day, or for delivery the overall due day; null for forwarding (no own limit). */
  readonly dueDay: string | null;
}

/** The timeline of a procedure if every step used its whole limit. */
export interface PlannedTimeline {
  readonly steps: readonly PlannedStep[];
  /** The day the dossier is assumed complete (the end of the completeness check). */
  readonly completeDay: string;
  /** completeDay + the overall limit: the decision and its delivery are due by the end of this day. */
  readonly overallDueDay: string;
}

/**
 * The worst-case timeline of a dossier submitted on `submittedDay`, each step starting on the due day of the
 * previous one (check → consultation letters → replies → forwarding → MOFA decision → delivery); a re-issue that
 * skips consultation goes from the check straight to MOFA. The overall limit still caps the whole.
 * @throws RangeError for a malformed day.
 */
export function plannedTimeline(calendar: WorkingCalendar, procedure: Procedure, submittedDay: string, amendKind?: AmendKind): PlannedTimeline {
  const steps: PlannedStep[] = [];
  let day = submittedDay;
  let completeDay = submittedDay;
  let overallDueDay = submittedDay;
  for (const step of stepsFor(procedure, amendKind)) {
    let dueDay = stepDueDay(calendar, step, day);
    if (step.code === 'delivery') dueDay = overallDueDay;
    steps.push({ step, startDay: day, dueDay });
    if (step.code === 'completeness_check') {
      completeDay = dueDay ?? day;
      overallDueDay = statutoryDueDay(calendar, procedure, completeDay);
    }
    day = dueDay ?? day;
  }
  return { steps, completeDay, overallDueDay };
}

/** Where a certificate stands for an extension on `today`. */
export interface ExtensionWindow {
  /** First day an extension may be filed; null = any time while valid. */
  readonly opensOn: string | null;
  /** Reminder days, earliest first. */
  readonly reminderDays: readonly string[];
  /** Calendar days from today to the last valid day (negative once expired). */
  readonly daysToExpiry: number;
  /** 'open' until the last valid day; filing before expiry keeps the file pending extension (brief §3.2). */
  readonly status: 'not_yet_open' | 'open' | 'expired';
}

/**
 * The extension window of a certificate whose last valid day is `validTo` (Decree 58/2022 Art. 9(2), 12, 16; the
 * lead time is a configurable default, brief §3.2).
 * @throws RangeError when the procedure is not an extension, or for a malformed day.
 */
export function extensionWindow(procedure: Procedure, validTo: string, today: string): ExtensionWindow {
  const rule = procedure.extensionFiling;
  if (!rule) throw new RangeError(`${procedure.code} is not an extension procedure`);
  const opensOn = rule.opensDaysBeforeExpiry === null ? null : addDays(validTo, -rule.opensDaysBeforeExpiry);
  const reminderDays = [...new Set(rule.warnDaysBeforeExpiry)].sort((a, b) => b - a).map((d) => addDays(validTo, -d));
  const daysToExpiry = daysBetween(today, validTo);
  const status = daysToExpiry < 0 ? 'expired' : opensOn !== null && today < opensOn ? 'not_yet_open' : 'open';
  return { opensOn, reminderDays, daysToExpiry, status };
}
