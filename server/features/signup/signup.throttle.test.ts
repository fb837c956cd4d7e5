import { describe, expect, it } from 'vitest';
import { signupRetryAfterSeconds } from './signup.throttle';

const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const HOUR = 3_600_000;

describe('signupRetryAfterSeconds', () => {
  it.each([
    { label: 'no earlier request', times: [], expected: 0 },
    { label: 'four of five used', times: [1, 2, 3, 4].map(minutesAgo), expected: 0 },
    { label: 'five used, the oldest 50 minutes ago: wait 10 minutes', times: [50, 40, 30, 20, 10].map(minutesAgo), expected: 600 },
    { label: 'six used (over the limit): wait until two have left', times: [55, 50, 40, 30, 20, 10].map(minutesAgo), expected: 600 },
    { label: 'requests older than the window do not count', times: [61, 70, 90, 120, 30].map(minutesAgo), expected: 0 },
    { label: 'unsorted input', times: [10, 50, 30, 20, 40].map(minutesAgo), expected: 600 },
  ])('$label → $expected s', ({ times, expected }) => {
    expect(signupRetryAfterSeconds(times, 5, HOUR, now)).toBe(expected);
  });

  it('never answers 0 while the limit is reached, even a few milliseconds before the window frees', () => {
    const times = Array.from({ length: 5 }, () => new Date(now.getTime() - HOUR + 10));
    expect(signupRetryAfterSeconds(times, 5, HOUR, now)).toBe(1);
  });
});
