import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { effectiveDueDay, filingStatus, reportDueDay, reportingPeriod, reportingUpToDate, reportingYearOf, reportReminderDays, reportReminderDue, DEFAULT_REPORT_CALENDAR } from './report-calendar';

const calendar = createWorkingCalendar();

describe('reporting period (Decree 09/2019 cycle, 15 Dec – 14 Dec)', () => {
  it('runs from 15 December of the previous year to 14 December', () => {
    expect(reportingPeriod(2026)).toEqual({ from: '2025-12-15', to: '2026-12-14' });
    expect(reportingPeriod(2025)).toEqual({ from: '2024-12-15', to: '2025-12-14' });
  });
  it('assigns a day to its reporting year', () => {
    expect(reportingYearOf('2025-12-14')).toBe(2025);
    expect(reportingYearOf('2025-12-15')).toBe(2026);
    expect(reportingYearOf('2026-06-30')).toBe(2026);
  });
});

describe('due days (D58 Art. 21(5): 18 December; Resolution 100: before 1 December; Civil Code Art. 148)', () => {
  it('NGO report: 18 Dec 2026 is a Friday and stays', () => {
    expect(reportDueDay(calendar, 'ngo_annual', 2026)).toBe('2026-12-18');
  });
  it('NGO report: 18 Dec 2027 is a Saturday, so the report is due on Monday 20 Dec 2027', () => {
    expect(reportDueDay(calendar, 'ngo_annual', 2027)).toBe('2027-12-20');
  });
  it('agency report: 30 Nov 2025 is a Sunday, so it is due Monday 1 Dec 2025; 30 Nov 2026 is a Monday', () => {
    expect(reportDueDay(calendar, 'agency_annual', 2025)).toBe('2025-12-01');
    expect(reportDueDay(calendar, 'province_annual', 2026)).toBe('2026-11-30');
  });
  it('counts strictly when the shift is configured off', () => {
    expect(reportDueDay(calendar, 'ngo_annual', 2027, { ...DEFAULT_REPORT_CALENDAR, shiftToWorkingDay: false })).toBe('2027-12-18');
    expect(effectiveDueDay(calendar, '2026-01-01')).toBe('2026-01-02');
  });
});

describe('filing status', () => {
  it('on time on the due day, late the day after; an open report turns overdue after the due day', () => {
    expect(filingStatus(calendar, '2026-12-18', '2026-12-18', '2026-12-20')).toBe('filed_on_time');
    expect(filingStatus(calendar, '2026-12-18', '2026-12-19', '2026-12-20')).toBe('filed_late');
    expect(filingStatus(calendar, '2026-12-18', null, '2026-12-18')).toBe('due_soon');
    expect(filingStatus(calendar, '2026-12-18', null, '2026-12-19')).toBe('overdue');
    expect(filingStatus(calendar, '2026-12-18', null, '2026-12-01')).toBe('open');
  });
  it('due soon counts working days: 3 WD before Mon 20 Dec 2027 is Wed 15 Dec', () => {
    expect(filingStatus(calendar, '2027-12-20', null, '2027-12-14')).toBe('open');
    expect(filingStatus(calendar, '2027-12-20', null, '2027-12-15')).toBe('due_soon');
  });
  it('an NGO is up to date unless a report is overdue', () => {
    expect(reportingUpToDate(['filed_late', 'open'])).toBe(true);
    expect(reportingUpToDate(['filed_on_time', 'overdue'])).toBe(false);
  });
});

describe('reminders on working days', () => {
  it('NGO 2027 (due Mon 20 Dec): T-10 WD, T-3 WD, due day, T+2 WD', () => {
    expect(reportReminderDays(calendar, '2027-12-20', [-10, -3, 0, 2]).map((r) => r.day)).toEqual(['2027-12-06', '2027-12-15', '2027-12-20', '2027-12-22']);
  });
  it('agency 2025 (due Mon 1 Dec): the T-3 reminder is Wed 26 Nov; T+2 is Wed 3 Dec', () => {
    expect(reportReminderDays(calendar, '2025-12-01', [-3, 0, 2]).map((r) => r.day)).toEqual(['2025-11-26', '2025-12-01', '2025-12-03']);
  });
  it('reminders around New Year skip 1 January', () => {
    // Due Wed 30 Dec 2026: Thu 31 Dec is WD 1; Fri 1 Jan 2027 (holiday) and the weekend are skipped → Mon 4 Jan is WD 2.
    expect(reportReminderDays(calendar, '2026-12-30', [2]).map((r) => r.day)).toEqual(['2027-01-04']);
  });
  it('sends at most the latest due reminder, never one already sent, none once filed', () => {
    const offsets = [-10, -3, 0, 2];
    expect(reportReminderDue(calendar, '2026-12-18', '2026-12-15', offsets, [], false)?.offset).toBe(-3);
    expect(reportReminderDue(calendar, '2026-12-18', '2026-12-15', offsets, [-10, -3], false)).toBeNull();
    expect(reportReminderDue(calendar, '2026-12-18', '2026-12-22', offsets, [-10, -3, 0], false)?.kind).toBe('overdue');
    expect(reportReminderDue(calendar, '2026-12-18', '2026-12-22', offsets, [], true)).toBeNull();
    expect(reportReminderDue(calendar, '2026-12-18', '2026-12-01', offsets, [], false)).toBeNull();
  });
});
