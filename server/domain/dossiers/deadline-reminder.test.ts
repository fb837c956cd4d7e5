import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-day';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { DossierClockState } from './clock';
import { deadlineReminderKey, deadlineReminderOn, MOFA_STATUSES, reminderHorizon } from './deadline-reminder';
import type { DossierStatus } from './workflow';

// Computed calendar: Tết 2027 (Mùng 1 = Sat 6/2/2027) gives Fri 5 – Tue 9 Feb off plus compensatory Wed 10 and
// Thu 11 Feb; Thu 4/2 is the last working day before it and Fri 12/2 the first after.
const calendar = createWorkingCalendar();
const state = (status: DossierStatus, stepDueOn: string | null): DossierClockState => ({
  status,
  receivedOn: '2027-01-25',
  acceptedOn: null,
  overallDueOn: null,
  stepEnteredOn: '2027-01-25',
  stepDueOn,
  pausedWorkingDays: 0,
  closedOn: null,
});

/** The reminder kind on each day from `from` to `to`. */
function kinds(s: DossierClockState, from: string, to: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let day = from; day <= to; day = addDays(day, 1)) out[day] = deadlineReminderOn(calendar, s, day)?.kind ?? null;
  return out;
}

describe('deadline reminders for MOFA steps (Decree 58/2022 Art. 11; Tết 2027)', () => {
  it('a step due Fri 12/2/2027 (first working day after Tết) is due soon from Wed 3/2, silent during Tết, overdue from Mon 15/2', () => {
    expect(kinds(state('submitted', '2027-02-12'), '2027-02-01', '2027-02-15')).toEqual({
      '2027-02-01': null, // 4 working days left (2, 3, 4, 12 Feb)
      '2027-02-02': null, // 3 left
      '2027-02-03': 'due_soon', // 2 left: 4 and 12 Feb — two calendar days before would be 10/2, a Tết day off
      '2027-02-04': 'due_soon',
      '2027-02-05': null, // Tết: no reminders on days off
      '2027-02-06': null,
      '2027-02-07': null,
      '2027-02-08': null,
      '2027-02-09': null,
      '2027-02-10': null, // compensatory day off
      '2027-02-11': null,
      '2027-02-12': 'due_soon', // due today
      '2027-02-13': null,
      '2027-02-14': null,
      '2027-02-15': 'overdue',
    });
  });

  it('a step due Thu 4/2/2027 that runs out over Tết is reported overdue on the first working day after it (Fri 12/2)', () => {
    const s = state('appraisal', '2027-02-04');
    expect(deadlineReminderOn(calendar, s, '2027-02-04')).toEqual({ kind: 'due_soon', step: 'appraisal', dueOn: '2027-02-04', workingDaysLeft: 0 });
    expect(deadlineReminderOn(calendar, s, '2027-02-08')).toBeNull();
    expect(deadlineReminderOn(calendar, s, '2027-02-12')).toEqual({ kind: 'overdue', step: 'appraisal', dueOn: '2027-02-04', workingDaysLeft: -1 });
  });

  it.each([
    ['supplement_requested', 'the applicant holds the dossier and the clock is stopped'],
    ['in_consultation', 'the consulted agencies hold it'],
    ['draft', 'not filed'],
    ['issued', 'closed'],
    ['withdrawn', 'closed'],
  ] as const)('never reminds MOFA while the dossier is %s (%s)', (status, why) => {
    expect(deadlineReminderOn(calendar, state(status, '2027-02-04'), '2027-02-04'), why).toBeNull();
    expect(MOFA_STATUSES).not.toContain(status);
  });

  it('reminds for every step MOFA holds, including the leader’s signature and delivery', () => {
    expect(MOFA_STATUSES).toEqual(['submitted', 'accepted', 'appraisal', 'decision_pending', 'approved', 'refused']);
    expect(deadlineReminderOn(calendar, state('decision_pending', '2027-03-01'), '2027-03-01')?.step).toBe('appraisal');
    expect(deadlineReminderOn(calendar, state('approved', null), '2027-03-01')).toBeNull();
  });

  it('bounds the candidate query: a step due before the horizon is due soon or overdue, one due on it is not', () => {
    const today = '2027-02-03';
    const horizon = reminderHorizon(calendar, today);
    expect(horizon).toBe('2027-02-15'); // 3rd working day after Wed 3/2: 4/2, 12/2, 15/2
    expect(deadlineReminderOn(calendar, state('submitted', addDays(horizon, -1)), today)?.kind).toBe('due_soon');
    expect(deadlineReminderOn(calendar, state('submitted', horizon), today)).toBeNull();
  });

  it('builds stable dedupe keys per kind, dossier, step and due day', () => {
    const id = '6f1c2f55-3a2b-4c1d-9e8f-0a1b2c3d4e5f';
    expect(deadlineReminderKey(id, { kind: 'due_soon', step: 'completeness_check', dueOn: '2027-02-12' })).toBe(`due-soon:${id}:completeness_check:2027-02-12`);
    expect(deadlineReminderKey(id, { kind: 'overdue', step: 'appraisal', dueOn: '2027-02-04' })).toBe(`overdue:${id}:appraisal:2027-02-04`);
  });
});
