import { expect, type APIRequestContext } from '@playwright/test';

/** The e2e server's clock as GET/PUT /api/v1/dev/clock show it (DEV_CLOCK=true in playwright.config.ts). */
export interface DevClock {
  /** The server's current instant (ISO), offset included. */
  now: string;
  offsetDays: number;
}

/**
 * Moves the e2e server's clock `offsetDays` whole days from real time (0 = back to real time). Every session then
 * idles out, so sign in again afterwards (signInAgain). Needs no sign-in, like the development mailbox.
 */
export async function setServerClock(request: APIRequestContext, offsetDays: number): Promise<DevClock> {
  const res = await request.put('/api/v1/dev/clock', { data: { offsetDays } });
  expect(res.ok(), `PUT /api/v1/dev/clock: ${res.status()} ${await res.text()}`).toBe(true);
  const clock = (await res.json()) as DevClock;
  expect(clock.offsetDays).toBe(offsetDays);
  return clock;
}

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam, as the server counts deadlines. */
export function vnDay(instant: string): string {
  return new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}
