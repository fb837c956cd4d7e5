import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env';
import { fixedClock, offsetClock } from '../../platform/clock';
import { serverClock } from '../../platform/deps';
import { createTestApp, type TestApp } from '../../test/test-app';

const DAY = 24 * 60 * 60 * 1000;

describe('DEV_CLOCK configuration', () => {
  it('is off by default and on with DEV_CLOCK=true; other values are refused', () => {
    expect(loadConfig({}).devClockEnabled).toBe(false);
    expect(loadConfig({ DEV_CLOCK: 'true' }).devClockEnabled).toBe(true);
    expect(loadConfig({ DEV_CLOCK: 'false', NODE_ENV: 'production' }).devClockEnabled).toBe(false);
    expect(() => loadConfig({ DEV_CLOCK: 'yes' })).toThrow(/DEV_CLOCK/);
  });

  it('refuses to start with DEV_CLOCK=true in production, saying why', () => {
    expect(() => loadConfig({ DEV_CLOCK: 'true', NODE_ENV: 'production' })).toThrow(/DEV_CLOCK: must not be true when NODE_ENV=production/);
  });

  it('gives the server an adjustable clock only when DEV_CLOCK is on', () => {
    const base = fixedClock(new Date('2027-03-01T03:00:00Z'));
    expect(serverClock(loadConfig({}), base)).toBe(base);
    const moved = offsetClock(base);
    moved.setOffsetDays(21);
    expect(moved.now().toISOString()).toBe('2027-03-22T03:00:00.000Z');
    moved.setOffsetMs(-DAY);
    expect(moved.now().toISOString()).toBe('2027-02-28T03:00:00.000Z');
    base.advanceMs(60_000);
    expect(moved.now().toISOString()).toBe('2027-02-28T03:01:00.000Z');
    expect(serverClock(loadConfig({ DEV_CLOCK: 'true' }), base).now().getTime()).toBe(base.now().getTime());
  });
});

describe('GET/PUT /api/v1/dev/clock', () => {
  const base = fixedClock(new Date('2027-03-01T03:00:00Z'));
  let dev: TestApp;
  let off: TestApp;
  // Two seeded apps: allow for a loaded machine (other test files build theirs at the same time).
  beforeAll(async () => {
    dev = await createTestApp({ clock: offsetClock(base), config: { DEV_CLOCK: 'true' } });
    off = await createTestApp({ clock: base });
  }, 180_000);
  afterAll(async () => {
    await dev?.close();
    await off?.close();
  });

  it('answers 404 when DEV_CLOCK is off, and leaves the clock alone', async () => {
    expect((await off.anonymous('GET', '/api/v1/dev/clock')).statusCode).toBe(404);
    expect((await off.anonymous('PUT', '/api/v1/dev/clock', { offsetDays: 5 })).statusCode).toBe(404);
    expect(off.deps.clock.now().toISOString()).toBe('2027-03-01T03:00:00.000Z');
  });

  it('moves what the server clock returns by whole days, back to real time with 0, and audits each change', async () => {
    expect((await dev.anonymous('GET', '/api/v1/dev/clock')).json()).toEqual({ now: '2027-03-01T03:00:00.000Z', offsetDays: 0 });
    const moved = await dev.anonymous('PUT', '/api/v1/dev/clock', { offsetDays: 21 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ now: '2027-03-22T03:00:00.000Z', offsetDays: 21 });
    expect(dev.deps.clock.now().toISOString()).toBe('2027-03-22T03:00:00.000Z');
    expect((await dev.anonymous('GET', '/api/v1/dev/clock')).json().offsetDays).toBe(21);

    const admin = await dev.login('admin');
    const audit = (await admin.request('GET', '/api/v1/admin/audit?action=dev.clock_set')).json().items as { after: { offsetDays: number } }[];
    expect(audit.map((a) => a.after.offsetDays)).toEqual([21]);

    expect((await dev.anonymous('PUT', '/api/v1/dev/clock', { offsetDays: 0 })).json()).toEqual({ now: '2027-03-01T03:00:00.000Z', offsetDays: 0 });
  });

  it('refuses an offset that is not a whole number of days within ±400', async () => {
    for (const offsetDays of [401, -401, 1.5, '3']) {
      expect((await dev.anonymous('PUT', '/api/v1/dev/clock', { offsetDays })).statusCode, String(offsetDays)).toBe(400);
    }
    expect(dev.deps.clock.now().toISOString()).toBe('2027-03-01T03:00:00.000Z');
  });
});
