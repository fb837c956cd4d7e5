import { expect, test } from '@playwright/test';
import { snap, submitLogin } from './support/session';

test('six wrong passwords in a row show the throttling message with the minutes to wait', async ({ page }) => {
  await page.goto('/login');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitLogin(page, 'finance.viewer', `Wrong-password-${attempt}`);
    await expect(page.getByTestId('login-error')).toBeVisible();
  }
  const throttled = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login') && response.status() === 429);
  await submitLogin(page, 'finance.viewer', 'Wrong-password-6');
  await throttled;
  await expect(page.getByTestId('login-error')).toContainText(/\d+ phút/);
  await expect(page).toHaveURL(/\/login$/);
  await snap(page, 'throttling-01-too-many-attempts');
});
