import { expect, type Page } from '@playwright/test';

/** The password every demo account gets in the e2e server (SEED_DEMO_PASSWORD in playwright.config.ts). */
export const DEMO_PASSWORD = 'Demo-Passw0rd!2026';

/** Saves what the user sees now as e2e/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Fills and submits the login form (the page must be on /login). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Opens /login and signs in. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, username, password);
}

/** Completes the forced password change that follows a first login. */
export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByTestId('forced-change-notice')).toBeVisible();
  await page.getByTestId('current-password').fill(current);
  await page.getByTestId('new-password').fill(next);
  await page.getByTestId('confirm-password').fill(next);
  await page.getByTestId('change-password-submit').click();
}

/** Logs out through the user menu and checks the login page is back. */
export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/**
 * The password a shared demo account has after its forced first change in this e2e run. Every spec uses the
 * same one, so the specs pass in any order and in one server (each used to pick its own and broke the next).
 */
export function e2ePassword(username: string): string {
  return `Bien-Dong-${username.length}-Hoa-Binh-2026!`;
}

/**
 * Signs in as a shared demo account whichever spec ran first: on the first login the one-time password is
 * changed to e2ePassword(username); later logins are refused with the one-time password and use that one.
 */
export async function signInAs(page: Page, username: string): Promise<void> {
  await logIn(page, username, DEMO_PASSWORD);
  const notice = page.getByTestId('forced-change-notice');
  await expect(notice.or(page.getByTestId('login-error'))).toBeVisible();
  if (await notice.isVisible()) {
    await changePassword(page, DEMO_PASSWORD, e2ePassword(username));
  } else {
    await submitLogin(page, username, e2ePassword(username));
  }
  await expect(page).toHaveURL(/\/$/);
}

/**
 * Signs in again as a demo account that signInAs already used in this spec (its one-time password is changed),
 * e.g. after the server clock moved past the session's idle limit. Unlike signInAs it records no failed attempt,
 * which matters while the clock is moved: a failure dated in the future would count towards the IP's lockout for
 * the rest of the run. The page ends on the home page or on the page the expired session was showing.
 */
export async function signInAgain(page: Page, username: string): Promise<void> {
  await logIn(page, username, e2ePassword(username));
  // Home, or back to the page the expired session was showing (the app remembers it).
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  await expect(page.getByTestId('user-menu')).toBeVisible();
}
