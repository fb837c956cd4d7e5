import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('reference data', () => {
  it('lists the 2026 holidays publicly, with Tết 16–20 Feb and the compensatory Monday after Hùng Kings’ day', async () => {
    const res = await t.anonymous('GET', '/api/v1/reference/calendar?year=2026');
    expect(res.statusCode).toBe(200);
    const days = (res.json().items as { day: string; isWorkingDay: boolean }[]).filter((d) => !d.isWorkingDay).map((d) => d.day);
    expect(days).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']));
  });

  it('lists legacy provinces with their successors, fields and countries', async () => {
    const legacy = (await t.anonymous('GET', '/api/v1/reference/legacy-provinces')).json().items as { nameVi: string; successorCode: string }[];
    expect(legacy).toHaveLength(63);
    expect(legacy.find((p) => p.nameVi === 'Quảng Nam')?.successorCode).toBe('48');
    expect((await t.anonymous('GET', '/api/v1/reference/fields')).json().items.length).toBeGreaterThanOrEqual(10);
    const countries = (await t.anonymous('GET', '/api/v1/reference/countries')).json().items as { code: string; nameVi: string }[];
    expect(countries.find((c) => c.code === 'US')?.nameVi).toBe('Hoa Kỳ');
  });
});

describe('admin edits of the working-day calendar', () => {
  it('adds a day swap (make-up Saturday), audits it, and removes it again', async () => {
    const put = await admin.request('PUT', '/api/v1/admin/calendar/2026-01-10', { isWorkingDay: true, kind: 'make_up_working_day', nameVi: 'Làm bù cho 02/01', nameEn: 'Make-up day for 2 Jan' });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ day: '2026-01-10', isWorkingDay: true, source: 'admin' });
    const listed = (await t.anonymous('GET', '/api/v1/reference/calendar?year=2026')).json().items;
    expect(listed.some((d: { day: string }) => d.day === '2026-01-10')).toBe(true);
    const audit = (await admin.request('GET', '/api/v1/admin/audit?action=calendar.set_day&entityId=2026-01-10')).json().items;
    expect(audit).toHaveLength(1);
    expect((await admin.request('DELETE', '/api/v1/admin/calendar/2026-01-10')).statusCode).toBe(204);
    expect((await admin.request('DELETE', '/api/v1/admin/calendar/2026-01-10')).statusCode).toBe(404);
  });

  it('answers 400 when a day off is marked as a working day, and for a malformed date', async () => {
    const bad = await admin.request('PUT', '/api/v1/admin/calendar/2026-11-24', { isWorkingDay: true, kind: 'extra_holiday', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('isWorkingDay');
    expect((await admin.request('PUT', '/api/v1/admin/calendar/24-11-2026', { isWorkingDay: false, kind: 'extra_holiday', nameVi: 'x', nameEn: 'x' })).statusCode).toBe(400);
  });
});
