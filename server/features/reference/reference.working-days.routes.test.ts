import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProcedure } from '../../domain/procedures';
import { expectedDecisionDay } from '../../domain/procedures/procedure-timeline';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { loadWorkingCalendar } from './reference.service';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const dueDay = async (from: string, add: number) => {
  const res = await t.anonymous('GET', `/api/v1/reference/calendar/working-days?from=${from}&add=${add}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { from: string; add: number; dueDay: string; deadlineAt: string };
};

const swapDayOff = { isWorkingDay: false, kind: 'swap_day_off', nameVi: 'Nghỉ hoán đổi', nameEn: 'Swapped day off' };

describe('GET /api/v1/reference/calendar/working-days', () => {
  it('counts from the seeded calendar: Fri 13 Feb 2026 + 1 WD is Mon 23 Feb (after Tết), due at 24:00 in Vietnam', async () => {
    expect(await dueDay('2026-02-13', 1)).toEqual({ from: '2026-02-13', add: 1, dueDay: '2026-02-23', deadlineAt: '2026-02-23T16:59:59.999Z' });
    expect((await dueDay('2025-04-25', 2)).dueDay).toBe('2025-04-28'); // the 26/4/2025 make-up Saturday
  });

  it('an administrator’s day off moves the due day, and clearing it moves it back', async () => {
    expect((await admin.request('PUT', '/api/v1/admin/calendar/2026-02-23', swapDayOff)).statusCode).toBe(200);
    expect((await dueDay('2026-02-13', 1)).dueDay).toBe('2026-02-24');
    const calendar = await loadWorkingCalendar(t.deps);
    expect(expectedDecisionDay(calendar, getProcedure('operation.issue'), '2026-01-05')).toBe('2026-02-26');
    expect((await admin.request('DELETE', '/api/v1/admin/calendar/2026-02-23')).statusCode).toBe(204);
    expect((await dueDay('2026-02-13', 1)).dueDay).toBe('2026-02-23');
  });

  it('an administrator’s make-up Saturday counts as a working day', async () => {
    const makeUp = { isWorkingDay: true, kind: 'make_up_working_day', nameVi: 'Làm bù', nameEn: 'Make-up working day' };
    expect((await admin.request('PUT', '/api/v1/admin/calendar/2026-02-14', makeUp)).statusCode).toBe(200);
    expect((await dueDay('2026-02-13', 1)).dueDay).toBe('2026-02-14');
    expect((await admin.request('DELETE', '/api/v1/admin/calendar/2026-02-14')).statusCode).toBe(204);
  });

  it('beyond the seeded years uses the computed holidays, with administrators’ rows on top', async () => {
    expect((await dueDay('2027-12-31', 1)).dueDay).toBe('2028-01-04'); // New Year 2028 on Saturday → Monday 3 Jan off
    expect((await admin.request('PUT', '/api/v1/admin/calendar/2028-01-04', swapDayOff)).statusCode).toBe(200);
    expect((await dueDay('2027-12-31', 1)).dueDay).toBe('2028-01-05');
    expect((await admin.request('DELETE', '/api/v1/admin/calendar/2028-01-04')).statusCode).toBe(204);
  });

  it.each([
    ['from=13-02-2026&add=1', 'from'],
    ['from=2026-02-13&add=-1', 'add'],
    ['from=2026-02-13&add=1.5', 'add'],
    ['from=2026-02-13&add=251', 'add'],
    ['from=1999-12-31&add=1', 'from'],
    ['add=1', 'from'],
  ])('answers 400 for %s', async (query, field) => {
    const res = await t.anonymous('GET', `/api/v1/reference/calendar/working-days?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe(field);
  });
});
