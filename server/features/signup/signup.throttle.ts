/** Length of the sign-up throttle window. */
export const SIGNUP_WINDOW_MS = 60 * 60_000;
/** Sign-up requests (verification or "already registered" mails) per e-mail address within the window. */
export const SIGNUP_MAX_PER_EMAIL = 5;
/** Sign-up requests from one IP address within the window (an NGO office may sit behind one address). */
export const SIGNUP_MAX_PER_IP = 10;

/**
 * Sliding-window throttle of self-registration, so the form cannot be used to flood someone's mailbox or to
 * create sign-ups in bulk. `times` are the accepted requests inside the window (any order).
 * @returns seconds until one more request fits in the window, or 0 when it may proceed now.
 */
export function signupRetryAfterSeconds(times: readonly Date[], max: number, windowMs: number, now: Date): number {
  const inWindow = times.map((t) => t.getTime()).filter((t) => t > now.getTime() - windowMs).sort((a, b) => a - b);
  if (inWindow.length < max) return 0;
  // The request fits once enough of the oldest ones have left the window.
  const freedAt = inWindow[inWindow.length - max]! + windowMs;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}
