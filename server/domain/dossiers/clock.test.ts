import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { isWorkingDay } from '../calendar/working-days';
import { addDays } from '../calendar/iso-day';
import { enterStatus, expectedDecisionDay, readClock, RUNNING_CLOCK_STATUSES, stepDueRangeFor, type DossierClockState, type RunningSla } from './clock';
import type { DossierStatus, StepDurations } from './workflow';

const calendar = createWorkingCalendar();
// Decree 58/2022 Art. 11(2)–(7): 2 WD check, 2 WD to consult, 10 WD replies, 10 WD appraisal, 30 WD overall.
const durations: StepDurations = { completenessCheck: 2, supplementAnswer: 30, consultationSend: 2, consultationReplies: 10, appraisal: 10, overall: 30 };
const draft: DossierClockState = { status: 'draft', receivedOn: null, acceptedOn: null, overallDueOn: null, stepEnteredOn: null, stepDueOn: null, pausedWorkingDays: 0, closedOn: null };

function walk(steps: [DossierStatus, string][]): DossierClockState[] {
  const states: DossierClockState[] = [];
  let state = draft;
  for (const [status, day] of steps) {
    state = enterStatus(calendar, state, status, day, durations);
    states.push(state);
  }
  return states;
}

describe('dossier clocks (Decree 58/2022 Art. 11; Labour Code 2019 Art. 112)', () => {
  it('skips Tết 2026: a dossier received Thu 12/2/2026 has its completeness check due Mon 23/2/2026', () => {
    const [submitted] = walk([['submitted', '2026-02-12']]);
    expect(submitted).toMatchObject({ receivedOn: '2026-02-12', stepDueOn: '2026-02-23' });
  });

  it('skips Tết 2027 (6/2/2027 is Tết day 1): received Thu 4/2/2027, check due after the holiday', () => {
    const [submitted] = walk([['submitted', '2027-02-04']]);
    expect(submitted!.stepDueOn! > '2027-02-10').toBe(true);
    expect(isWorkingDay(calendar, submitted!.stepDueOn!)).toBe(true);
  });

  it('starts the 30-WD period on acceptance and keeps the appraisal due day while the leader signs', () => {
    const states = walk([
      ['submitted', '2026-03-02'],
      ['accepted', '2026-03-04'],
      ['in_consultation', '2026-03-05'],
      ['appraisal', '2026-03-19'],
      ['decision_pending', '2026-03-25'],
      ['approved', '2026-03-26'],
    ]);
    const [, accepted, consulting, appraisal, pending, approved] = states;
    expect(accepted).toMatchObject({ acceptedOn: '2026-03-04', stepDueOn: '2026-03-06' });
    expect(accepted!.overallDueOn).toBe('2026-04-15'); // 30 WD from Wed 4/3/2026: no holiday in between (Hùng Kings' day 2026 is 26/4)
    expect(consulting!.stepDueOn).toBe('2026-03-19');
    expect(pending!.stepDueOn).toBe(appraisal!.stepDueOn);
    expect(approved!.stepDueOn).toBe(accepted!.overallDueOn);
  });

  it('stops the clock while the applicant supplements and counts that time apart', () => {
    const [, requested, answered] = walk([
      ['submitted', '2026-05-04'],
      ['supplement_requested', '2026-05-05'],
      ['submitted', '2026-05-12'],
    ]);
    expect(readClock(calendar, requested!, '2026-05-08')).toMatchObject({ sla: 'paused', paused: true });
    expect(answered).toMatchObject({ pausedWorkingDays: 5, receivedOn: '2026-05-04', stepDueOn: '2026-05-14' });
  });

  it('colours the queue: on time, due within 2 WD, overdue after the due day', () => {
    const [submitted] = walk([['submitted', '2026-06-01']]); // due Wed 3/6
    const accepted = enterStatus(calendar, submitted!, 'accepted', '2026-06-02', durations); // consult by Thu 4/6
    expect(readClock(calendar, accepted, '2026-06-02')).toMatchObject({ sla: 'due_soon', workingDaysLeft: 2, overdue: false });
    expect(readClock(calendar, { ...accepted, stepDueOn: '2026-06-30' }, '2026-06-02').sla).toBe('on_time');
    expect(readClock(calendar, accepted, '2026-06-05')).toMatchObject({ sla: 'overdue', workingDaysLeft: -1, overdue: true });
  });

  it('never puts a due day on a weekend or holiday, for any receipt day of 2025–2027', () => {
    for (let day = '2025-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const [submitted, accepted] = walk([['submitted', day], ['accepted', day]]);
      for (const due of [submitted!.stepDueOn!, accepted!.stepDueOn!, accepted!.overallDueOn!]) {
        expect(isWorkingDay(calendar, due), `${day} → ${due}`).toBe(true);
      }
    }
  });

  it('gives the expected decision day before and after acceptance', () => {
    expect(expectedDecisionDay(calendar, { receivedOn: null, overallDueOn: null }, '2026-03-02', durations)).toBe('2026-04-15');
    expect(expectedDecisionDay(calendar, { receivedOn: '2026-03-02', overallDueOn: '2026-04-20' }, '2026-03-10', durations)).toBe('2026-04-20');
  });

  it('stops every clock when the dossier is closed', () => {
    const [, withdrawn] = walk([['submitted', '2026-07-01'], ['withdrawn', '2026-07-02']]);
    expect(withdrawn).toMatchObject({ stepDueOn: null, closedOn: '2026-07-02' });
    expect(readClock(calendar, withdrawn!, '2026-08-01')).toMatchObject({ sla: 'none', overdue: false });
  });
});

describe('SLA filter ranges (the queue filters by colour in SQL)', () => {
  const inRange = (day: string, range: { from: string | null; to: string | null }) => (range.from === null || day >= range.from) && (range.to === null || day <= range.to);

  it.each([
    ['Fri 13/2/2026, before Tết', '2026-02-13', { from: '2026-02-13', to: '2026-02-24' }],
    ['Mon 2/3/2026, an ordinary week', '2026-03-02', { from: '2026-03-02', to: '2026-03-04' }],
    ['Wed 29/4/2026, before 30/4–1/5', '2026-04-29', { from: '2026-04-29', to: '2026-05-05' }],
  ])('due soon on %s covers the due days with at most 2 working days left', (_label, today, expected) => {
    expect(stepDueRangeFor(calendar, 'due_soon', today)).toEqual(expected);
  });

  it('gives for every due day the same colour as readClock, around Tết 2026 and 2027, 30/4 and 2/9', () => {
    for (const today of ['2026-02-12', '2026-02-16', '2026-04-28', '2026-09-01', '2027-02-04', '2027-02-08', '2026-12-04']) {
      const ranges = (['overdue', 'due_soon', 'on_time'] as RunningSla[]).map((sla) => [sla, stepDueRangeFor(calendar, sla, today)] as const);
      for (let due = addDays(today, -15); due <= addDays(today, 25); due = addDays(due, 1)) {
        const state: DossierClockState = { ...draft, status: 'appraisal', stepDueOn: due };
        const matching = ranges.filter(([, range]) => inRange(due, range)).map(([sla]) => sla);
        expect(matching, `${today} due ${due}`).toEqual([readClock(calendar, state, today).sla]);
      }
    }
  });

  it('applies only to statuses whose clock runs (not drafts, paused or closed dossiers)', () => {
    expect(RUNNING_CLOCK_STATUSES).toEqual(['submitted', 'accepted', 'in_consultation', 'appraisal', 'decision_pending', 'approved', 'refused']);
  });
});
