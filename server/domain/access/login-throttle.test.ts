import { describe, expect, it } from 'vitest';
import { loginRetryAfterSeconds } from './login-throttle';

const policy = { maxFailuresPerUsername: 5, maxFailuresPerIp: 20, windowMs: 15 * 60_000, lockoutMs: 15 * 60_000 };
const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('loginRetryAfterSeconds', () => {
  it('lets an attempt through below the limit', () => {
    expect(loginRetryAfterSeconds({ usernameFailures: 4, lastUsernameFailureAt: minutesAgo(1), ipFailures: 4, lastIpFailureAt: minutesAgo(1) }, policy, now)).toBe(0);
  });
  it('locks a username for the lockout period after its last failure', () => {
    expect(loginRetryAfterSeconds({ usernameFailures: 5, lastUsernameFailureAt: minutesAgo(5), ipFailures: 5, lastIpFailureAt: minutesAgo(5) }, policy, now)).toBe(600);
  });
  it('releases the lock once the period has passed', () => {
    expect(loginRetryAfterSeconds({ usernameFailures: 5, lastUsernameFailureAt: minutesAgo(16), ipFailures: 5, lastIpFailureAt: minutesAgo(16) }, policy, now)).toBe(0);
  });
  it('locks an address spraying many usernames', () => {
    expect(loginRetryAfterSeconds({ usernameFailures: 1, lastUsernameFailureAt: minutesAgo(1), ipFailures: 20, lastIpFailureAt: minutesAgo(1) }, policy, now)).toBe(840);
  });
});
