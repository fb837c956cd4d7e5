/**
 * Due days of the Decree 58/2022 procedures over the 2025–2027 calendar (Labour Code 2019 Art. 112 holidays):
 * check ≤ 2 WD, then ≤ 30 WD from the complete dossier (Art. 11, 15; Decision 3155/QĐ-BNG).
 */
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import {
  expectedDecisionDay,
  extensionWindow,
  getProcedure,
  PROCEDURE_CODES,
  plannedTimeline,
  resolveProcedureSettings,
  statutoryDueDay,
  stepDueDay,
} from './index';

const calendar = createWorkingCalendar();

describe('expectedDecisionDay = submission + 2 WD check + 30 WD', () => {
  it.each(
    PROCEDURE_CODES.flatMap((code) => [
      [code, '2026-01-05', '2026-02-25', 'across Tết 2026 (16–20 Feb)'],
      [code, '2025-01-22', '2025-03-14', 'across Tết 2025 (27–31 Jan)'],
      [code, '2027-02-02', '2027-03-25', 'across Tết 2027 (5–11 Feb with compensatory days)'],
      [code, '2025-04-23', '2025-06-10', 'across 30/4–1/5 2025 with the 26/4 make-up Saturday'],
      [code, '2026-08-05', '2026-09-22', 'across 1–2/9 2026'],
      [code, '2026-11-23', '2027-01-07', 'across New Year 2027'],
    ]),
  )('%s submitted %s → %s (%s)', (code, submitted, expected, _why) => {
    expect(expectedDecisionDay(calendar, getProcedure(code), submitted)).toBe(expected);
  });

  it('follows a configured overall limit for an unconfirmed procedure', () => {
    const settings = resolveProcedureSettings({ timeLimits: { 'operation.extend': { total: 20 } } });
    expect(expectedDecisionDay(calendar, getProcedure('operation.extend', settings), '2026-01-05')).toBe('2026-02-04');
  });

  it('statutoryDueDay counts from the complete dossier', () => {
    expect(statutoryDueDay(calendar, getProcedure('operation.issue'), '2026-01-07')).toBe('2026-02-25');
  });
});

describe('plannedTimeline', () => {
  it('issue of a representative office: each step at its limit, all within the 30 WD', () => {
    const timeline = plannedTimeline(calendar, getProcedure('rep_office.issue'), '2026-01-05');
    expect(timeline.steps.map((s) => [s.step.code, s.startDay, s.dueDay])).toEqual([
      ['completeness_check', '2026-01-05', '2026-01-07'],
      ['consultation_send', '2026-01-07', '2026-01-09'],
      ['consultation_reply', '2026-01-09', '2026-01-23'],
      ['forward_to_mofa', '2026-01-23', null],
      ['mofa_decision', '2026-01-23', '2026-02-06'],
      ['delivery', '2026-02-06', '2026-02-25'],
    ]);
    expect(timeline).toMatchObject({ completeDay: '2026-01-07', overallDueDay: '2026-02-25' });
  });

  it('a re-issue after loss goes from the check to MOFA without consultation', () => {
    const timeline = plannedTimeline(calendar, getProcedure('rep_office.amend'), '2026-01-05', 'reissue_lost');
    expect(timeline.steps.map((s) => [s.step.code, s.dueDay])).toEqual([
      ['completeness_check', '2026-01-07'],
      ['forward_to_mofa', null],
      ['mofa_decision', '2026-01-21'],
      ['delivery', '2026-02-25'],
    ]);
  });

  it('stepDueDay: 10 WD for replies from the day the request arrives; none for forwarding', () => {
    const steps = getProcedure('operation.issue').steps;
    expect(stepDueDay(calendar, steps[2]!, '2026-02-12')).toBe('2026-03-05');
    expect(stepDueDay(calendar, steps[3]!, '2026-02-12')).toBeNull();
  });
});

describe('extensionWindow (lead time: configurable default, 90 days)', () => {
  const extend = getProcedure('rep_office.extend');

  it.each([
    ['2026-03-01', 'not_yet_open', 121],
    ['2026-04-01', 'open', 90],
    ['2026-06-30', 'open', 0],
    ['2026-07-01', 'expired', -1],
  ] as const)('on %s a certificate valid to 30 Jun 2026 is %s (%i days left)', (today, status, daysToExpiry) => {
    expect(extensionWindow(extend, '2026-06-30', today)).toEqual({
      opensOn: '2026-04-01',
      reminderDays: ['2026-04-01', '2026-05-01', '2026-05-31'],
      daysToExpiry,
      status,
    });
  });

  it('is open at any time while valid when no lead time is configured', () => {
    const settings = resolveProcedureSettings({ extensionFiling: { opensDaysBeforeExpiry: null } });
    expect(extensionWindow(getProcedure('operation.extend', settings), '2026-06-30', '2025-01-01')).toMatchObject({ opensOn: null, status: 'open' });
  });

  it('refuses a procedure that is not an extension', () => {
    expect(() => extensionWindow(getProcedure('operation.issue'), '2026-06-30', '2026-01-01')).toThrow(RangeError);
  });
});
