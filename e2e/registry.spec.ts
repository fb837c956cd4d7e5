import { expect, test } from '@playwright/test';
import { signInAs, snap } from './support/session';

test('a MOFA officer finds an NGO typed without accents, filters by province, and reads its profile and certificate history', async ({ page }) => {
  await signInAs(page, 'mofa.officer');

  await page.getByTestId('nav-registry').click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.getByTestId('registry-total')).toContainText('Tìm thấy');
  await snap(page, 'registry-01-lookup');

  // A Vietnamese name typed plainly, without diacritics, finds the NGO; the match is marked.
  await page.getByTestId('registry-search').fill('cuu tro tre em');
  const cri = page.getByTestId('registry-row-name').filter({ hasText: 'Tổ chức Cứu trợ Trẻ em Quốc tế' });
  await expect(cri).toBeVisible();
  await expect(cri.locator('mark').first()).toHaveText('Cứu trợ Trẻ em');
  await expect(page).toHaveURL(/q=cuu/);
  await snap(page, 'registry-02-search-without-accents');

  // Province filter: the count shown beside the chosen province equals the rows listed.
  await page.getByTestId('registry-search').fill('');
  await expect(page).not.toHaveURL(/q=/);
  await page.getByTestId('registry-filter-province').click();
  await page.keyboard.type('Hue');
  await page.getByTestId('registry-filter-province-option-46').click();
  await expect(page).toHaveURL(/province=46/);
  const countText = await page.getByTestId('registry-filter-province').getByTestId('registry-filter-province-count').innerText();
  const count = Number(countText.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(1);
  await expect(page.getByTestId('registry-total')).toHaveText(`Tìm thấy ${count} tổ chức`);
  await expect(page.getByTestId('registry-results').locator('tbody tr.ant-table-row')).toHaveCount(count);
  await snap(page, 'registry-03-province-filter');

  // The profile: current certificate, areas, and the certificate history with the field-level diff.
  await page.getByTestId('registry-row-name').filter({ hasText: 'Tổ chức Cứu trợ Trẻ em Quốc tế' }).click();
  await expect(page).toHaveURL(/\/registry\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Tổ chức Cứu trợ Trẻ em Quốc tế' })).toBeVisible();
  await expect(page.getByTestId('current-certificate')).toContainText('112/GĐKHĐ-BNG');
  await expect(page.getByTestId('current-certificate')).toContainText('Giấy đăng ký hoạt động');
  await expect(page.getByTestId('current-certificate').getByTestId('certificate-status')).toHaveText('Còn hiệu lực');
  await expect(page.getByTestId('current-certificate')).toContainText('14/04/2027');
  await snap(page, 'registry-04-profile');

  await page.getByTestId('tab-history').click();
  const history = page.getByTestId('certificate-history');
  await expect(history.getByTestId('history-version')).toHaveCount(2);
  await expect(history).toContainText('Bổ sung');
  await expect(history.getByTestId('diff-added')).toContainText('Nước sạch và vệ sinh môi trường');
  await snap(page, 'registry-05-certificate-history');

  await page.getByTestId('tab-timeline').click();
  await expect(page.getByTestId('profile-timeline')).toContainText('Bổ sung giấy đăng ký');
  await expect(page.getByTestId('profile-timeline')).toContainText('10/03/2025');
  await snap(page, 'registry-06-timeline');

  await page.getByTestId('tab-people').click();
  await expect(page.getByTestId('people-table')).toContainText('Sarah Johnson');
  await expect(page.getByTestId('people-table')).toContainText('Hộ chiếu');
  await snap(page, 'registry-07-people');

  // As of a past day: before the supplement of 10/03/2025 the certificate had its first version only.
  await page.getByPlaceholder('Xem tại ngày…').click();
  await page.getByPlaceholder('Xem tại ngày…').fill('01/01/2025');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/asOf=2025-01-01/);
  await expect(page.getByTestId('as-of-banner')).toContainText('Đang xem dữ liệu tại ngày 01/01/2025');
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('certificate-history').getByTestId('history-version')).toHaveCount(1);
  await snap(page, 'registry-08-as-of');
});

test('anyone searches the public register without logging in and sees no personal data', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-public-register').click();
  await expect(page).toHaveURL(/\/public\/register$/);
  await expect(page.getByTestId('public-sign-in')).toBeVisible();
  await expect(page.getByTestId('public-result').first()).toBeVisible();
  await snap(page, 'public-01-register');

  await page.getByTestId('public-search').fill('nuoc sach me kong');
  const result = page.getByTestId('public-result-name').filter({ hasText: 'Quỹ Nước sạch Mê Kông' });
  await expect(result).toBeVisible();
  await snap(page, 'public-02-search');

  await result.click();
  await expect(page).toHaveURL(/\/public\/register\/[0-9a-f-]{36}$/);
  const profile = page.getByTestId('public-profile');
  await expect(profile).toContainText('087/GĐKHĐ-BNG');
  await expect(profile).toContainText('Mekong Clean Water Foundation');
  await expect(page.locator('body')).not.toContainText('Hộ chiếu');
  await expect(page.locator('body')).not.toContainText('Passport');
  await expect(page.locator('body')).not.toContainText('Liam O’Connor');
  await snap(page, 'public-03-profile');

  // A legacy certificate keeps the province as written beside today's province.
  await page.getByTestId('public-back').click();
  await page.getByTestId('public-search').fill('SSB');
  await page.getByTestId('public-result-name').filter({ hasText: 'Quỹ Giáo dục Thụy Sĩ' }).click();
  await expect(page.getByTestId('area-list')).toContainText('Quảng Nam → Đà Nẵng');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('public-sign-in')).toHaveText(/Sign in/);
  await expect(page.getByTestId('public-certificate')).toContainText('Project office certificate (Decree 12/2012)');
  await expect(page.locator('body')).not.toContainText('Passport');
  await snap(page, 'public-04-legacy-profile-en');
});
