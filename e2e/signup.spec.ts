import { expect, test } from '@playwright/test';
import { snap, submitLogin } from './support/session';

test('an NGO registers in English, follows the link from the development mailbox, and signs in to its home page', async ({ page }) => {
  const email = `jane.${Date.now()}@cleanwater.example.org`;
  const password = 'Song-Huong-Hue-2026!';

  // From the login page (Vietnamese by default) to the sign-up form.
  await page.goto('/login');
  await expect(page.getByTestId('login-signup')).toHaveText(/Đăng ký tài khoản tổ chức/);
  await page.getByTestId('login-signup').click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByTestId('signup-title')).toHaveText('Đăng ký tài khoản tổ chức');
  await expect(page.getByTestId('password-policy')).toContainText('có ít nhất 12 ký tự');
  await snap(page, 'signup-01-form-vi');

  // The representative switches to English and fills the form.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('signup-title')).toHaveText('Register your NGO');
  await page.getByTestId('signup-organization').fill('Clean Water Alliance');
  await page.getByTestId('signup-country').click();
  await page.keyboard.type('United Kingdom');
  await page.locator('.ant-select-item-option').filter({ hasText: 'United Kingdom (GB)' }).click();
  await page.getByTestId('signup-full-name').fill('Jane Doe');
  await page.getByTestId('signup-email').fill(email);
  await page.getByTestId('signup-password').fill(password);
  await expect(page.getByTestId('password-policy').locator('.ant-typography-success')).toHaveCount(5);
  await page.getByTestId('signup-confirm-password').fill('Song-Huong-Hue-2026?');
  await page.getByTestId('signup-submit').click();
  await expect(page.getByText('The passwords do not match')).toBeVisible();
  await page.getByTestId('signup-confirm-password').fill(password);
  await snap(page, 'signup-02-form-en');
  await page.getByTestId('signup-submit').click();

  const sent = page.getByTestId('signup-sent');
  await expect(sent).toContainText('Please check your mailbox');
  await expect(sent).toContainText(email);
  await expect(sent).toContainText('valid for 48 hours');
  await snap(page, 'signup-03-check-mailbox');

  // The test server keeps mail in the development mailbox: the mail is there, in English first.
  await page.getByTestId('signup-dev-mailbox').click();
  await expect(page).toHaveURL(/\/dev\/mailbox\?to=/);
  const mail = page.getByTestId('mailbox-mail').first();
  await expect(mail.getByTestId('mailbox-subject')).toHaveText('Confirm your INGO Hub registration / Xác nhận đăng ký tài khoản INGO Hub');
  await expect(mail.getByTestId('mailbox-to')).toHaveText(email);
  await expect(mail.getByTestId('mailbox-body')).toContainText('Dear Jane Doe,');
  await page.getByTestId('language-vi').click();
  await expect(page.getByRole('heading', { name: 'Hộp thư thử nghiệm' })).toBeVisible();
  await expect(mail).toContainText('Chưa gửi');
  await snap(page, 'signup-04-dev-mailbox');

  // The link confirms the address and creates the account.
  await mail.getByTestId('mailbox-link').first().click();
  await expect(page).toHaveURL(/\/signup\/verify\?token=/);
  await expect(page.getByTestId('verify-success')).toContainText('Tài khoản đã được kích hoạt');
  await expect(page.getByTestId('verify-success')).toContainText(email);
  await snap(page, 'signup-05-verified');

  // Opening the same link again says it was used, and still offers to sign in with the username filled in.
  await page.reload();
  const used = page.getByTestId('verify-used');
  await expect(used).toContainText('Liên kết đã được sử dụng');
  await used.getByRole('button', { name: 'Đăng nhập' }).click();

  // Sign in with the password chosen at sign-up: no forced change, straight to the home page.
  await expect(page).toHaveURL(/\/login\?username=/);
  await expect(page.getByTestId('login-username')).toHaveValue(email);
  await submitLogin(page, email, password);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('home-role')).toHaveText('Đại diện tổ chức PCPNN');
  await expect(page.getByTestId('home-unit')).toHaveText('Clean Water Alliance');
  await snap(page, 'signup-06-home');
});

test('the verification page explains an unknown link, in English too', async ({ page }) => {
  await page.goto('/signup/verify?token=not-a-real-token-000000');
  await expect(page.getByTestId('verify-failed')).toContainText('Liên kết không hợp lệ');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('verify-failed')).toContainText('Invalid link');
  await expect(page.getByRole('button', { name: 'Register again' })).toBeVisible();
  await page.getByTestId('language-vi').click();
});
