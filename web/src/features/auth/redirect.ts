/** Router state carrying where a signed-out user wanted to go. */
export interface RedirectState {
  from?: string;
}

/** The in-app path to continue to after login (never an external URL, never back to /login). */
export function redirectTarget(state: RedirectState | null | undefined): string {
  const from = state?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from.startsWith('/login') || from.startsWith('/change-password')) return '/';
  return from;
}
