import { expect, type Page } from '@playwright/test';
import { snap, submitLogin } from './session';

export interface NewNgoAccount {
  organization: string;
  /** Typed into the country select (accents not needed); the first match is taken. */
  country: string;
  fullName: string;
  email: string;
  password: string;
}

/**
 * Registers an NGO account through the sign-up page (Vietnamese), follows the confirmation link from the
 * development mailbox and signs in with the chosen password. Saves screenshots under `<prefix>-…`.
 */
export async function signUpNgo(page: Page, account: NewNgoAccount, prefix: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-signup').click();
  await expect(page).toHaveURL(/\/signup$/);
  await page.getByTestId('signup-organization').fill(account.organization);
  await page.getByTestId('signup-country').click();
  await page.keyboard.type(account.country);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('signup-full-name').fill(account.fullName);
  await page.getByTestId('signup-email').fill(account.email);
  await page.getByTestId('signup-password').fill(account.password);
  await page.getByTestId('signup-confirm-password').fill(account.password);
  await snap(page, `${prefix}-signup`);
  await page.getByTestId('signup-submit').click();
  await expect(page.getByTestId('signup-sent')).toContainText(account.email);

  await page.getByTestId('signup-dev-mailbox').click();
  const mail = page.getByTestId('mailbox-mail').filter({ hasText: account.email }).first();
  await expect(mail.getByTestId('mailbox-to')).toHaveText(account.email);
  await mail.getByTestId('mailbox-link').first().click();
  await expect(page.getByTestId('verify-success')).toContainText(account.email);
  await snap(page, `${prefix}-verified`);

  await page.goto('/login');
  await submitLogin(page, account.email, account.password);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('home-unit')).toHaveText(account.organization);
}
