import { expect, test } from '@playwright/test';
import { changePassword, DEMO_PASSWORD, logIn, snap } from './support/session';

test('the administrator creates an agency account, sees its one-time password once, and finds it in the audit log', async ({ page }) => {
  await logIn(page, 'admin', DEMO_PASSWORD);
  await changePassword(page, DEMO_PASSWORD, 'Quan-Tri-He-Thong-2026#');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('home-card-users')).toBeVisible();
  await snap(page, 'admin-01-home');

  await page.getByTestId('nav-users').click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByTestId('users-table')).toContainText('hue.focal');
  await snap(page, 'admin-02-users');

  await page.getByTestId('create-user').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('user-form-username').fill('bca.canbo');
  await dialog.getByTestId('user-form-full-name').fill('Đỗ Thị Thu Trang');
  await dialog.getByTestId('user-form-email').fill('trang.dtt@example.gov.vn');
  await dialog.getByTestId('user-form-role').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Cán bộ xem thông tin (cơ quan)' }).click();
  await dialog.getByTestId('user-form-unit').click();
  await page.keyboard.type('Bộ Công an');
  await page.locator('.ant-select-item-option').filter({ hasText: /^Bộ Công an/ }).first().click();
  await snap(page, 'admin-03-create-user-form');
  await dialog.getByTestId('user-form-submit').click();

  const password = page.getByTestId('one-time-password');
  await expect(password).toBeVisible();
  await expect(password).toHaveText(/\S{8,}/);
  await expect(page.getByRole('dialog', { name: 'Tạo tài khoản' })).toBeHidden();
  await expect(page.getByText('sẽ không hiển thị lại')).toBeVisible();
  await snap(page, 'admin-04-one-time-password');
  await page.getByTestId('one-time-password-done').click();
  await expect(password).toBeHidden();
  await expect(page.getByTestId('users-table')).toContainText('bca.canbo');

  await page.getByTestId('nav-audit').click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  const createRow = page.getByTestId('audit-table').locator('tr', { hasText: 'user.create' }).first();
  await expect(createRow).toBeVisible();
  await expect(createRow).toContainText('admin');
  await createRow.getByTestId('audit-view').click();
  await expect(page.getByTestId('audit-table')).toContainText('bca.canbo');
  await snap(page, 'admin-05-audit-log');
});
