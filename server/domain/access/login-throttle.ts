/** Throttling parameters (from configuration: LOGIN_MAX_FAILURES, LOGIN_LOCKOUT_MINUTES). */
export interface ThrottlePolicy {
  maxFailuresPerUsername: number;
  maxFailuresPerIp: number;
  windowMs: number;
  lockoutMs: number;
}

/** Recent failures counted by the repository inside the window. */
export interface FailureStats {
  usernameFailures: number;
  lastUsernameFailureAt: Date | null;
  ipFailures: number;
  lastIpFailureAt: Date | null;
}

/**
 * Decides whether a login attempt may proceed. After `maxFailuresPerUsername` failures for a username
 * (whether or not it exists, so the answer reveals nothing) or `maxFailuresPerIp` from one address within
 * the window, further attempts are refused until `lockoutMs` after the last failure.
 * @returns seconds to wait, or 0 when the attempt may proceed.
 */
export function loginRetryAfterSeconds(stats: FailureStats, policy: ThrottlePolicy, now: Date): number {
  const waits: number[] = [];
  if (stats.usernameFailures >= policy.maxFailuresPerUsername && stats.lastUsernameFailureAt) {
    waits.push(stats.lastUsernameFailureAt.getTime() + policy.lockoutMs - now.getTime());
  }
  if (stats.ipFailures >= policy.maxFailuresPerIp && stats.lastIpFailureAt) {
    waits.push(stats.lastIpFailureAt.getTime() + policy.lockoutMs - now.getTime());
  }
  const wait = Math.max(0, ...waits);
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}
