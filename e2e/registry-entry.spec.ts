import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAs, snap } from './support/session';
import { choose, fillDate, SAVED } from './support/forms';

/** The validation messages under the form item holding `testId`. */
function errorsOf(scope: Locator | Page, testId: string): Locator {
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  return scope.locator('.ant-form-item', { has: page.getByTestId(testId) }).last().locator('.ant-form-item-explain-error');
}

test('a MOFA officer adds an NGO (fixing a duplicate), records its certificate (fixing the Art. 9 cap), decides a suspension, and saves a search — in Vietnamese and English', async ({ page }) => {
  test.setTimeout(150_000);
  await signInAs(page, 'mofa.officer');

  // 1. "Thêm tổ chức" from the look-up; browser checks first, then the server's duplicate check.
  await page.getByTestId('nav-registry').click();
  await page.getByTestId('registry-add-organization').click();
  await expect(page).toHaveURL(/\/registry\/new$/);
  await expect(page.getByRole('heading', { name: 'Thêm tổ chức vào cơ sở dữ liệu' })).toBeVisible();

  await page.getByTestId('organization-submit').click();
  await expect(errorsOf(page, 'org-nameEn')).toHaveText('Vui lòng nhập trường này');
  await expect(errorsOf(page, 'org-countryCode')).toHaveText('Vui lòng chọn');

  await page.getByTestId('org-nameOriginal').fill('Children Relief International');
  await page.getByTestId('org-nameEn').fill('Children Relief International');
  await choose(page, 'org-countryCode', 'hoa ky');
  await page.getByTestId('org-website').fill('childrenrelief.org');
  await page.getByTestId('org-phone').fill('phone 12');
  await page.getByTestId('person-add').click();
  await page.getByTestId('person-0-fullName').fill('Anna Weber');
  await choose(page, 'person-0-nationality', 'duc');
  await page.getByTestId('person-0-passportNumber').fill('C01X00T47');
  await fillDate(page, 'person-0-passportExpiresOn', '01/05/2031');
  await page.getByTestId('partner-add').click();
  await page.getByTestId('partner-0-name').fill('Sở Y tế thành phố Huế');
  await choose(page, 'partner-0-province', 'hue');
  await page.getByTestId('organization-submit').click();
  await expect(errorsOf(page, 'org-website')).toHaveText('Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://');
  await expect(errorsOf(page, 'org-phone')).toContainText('Số điện thoại gồm 6–30 ký tự');
  await page.getByTestId('org-website').fill('https://mekong-health.example.org');
  await page.getByTestId('org-phone').fill('+49 30 1234 5678');

  await page.getByTestId('organization-submit').click();
  const conflict = page.getByTestId('entry-error');
  await expect(conflict).toContainText('Đã có tổ chức cùng tên trong cơ sở dữ liệu.', SAVED);
  await expect(page.getByTestId('entry-existing-link')).toHaveText(/Mở hồ sơ đã có \(INGO-\d{6}\)/);
  await expect(page.getByTestId('entry-existing-link')).toHaveAttribute('href', /\/registry\/[0-9a-f-]{36}$/);
  await snap(page, 'registry-entry-01-duplicate');

  await page.getByTestId('org-nameOriginal').fill('Mekong Gesundheitsallianz e.V.');
  await page.getByTestId('org-nameEn').fill('Mekong Health Alliance');
  await page.getByTestId('org-nameVi').fill('Liên minh Y tế Mê Kông');
  await page.getByTestId('org-abbreviation').fill('MHA');
  await page.getByTestId('organization-submit').click();
  await expect(page).toHaveURL(/\/registry\/[0-9a-f-]{36}$/, SAVED);
  await expect(page.getByRole('heading', { name: 'Liên minh Y tế Mê Kông' })).toBeVisible();
  await expect(page.getByTestId('profile-header')).toContainText('Chưa có giấy đăng ký');
  await expect(page.getByTestId('profile-header')).toContainText('MHA · Hoa Kỳ');

  // The edit drawer (shown because profile.abilities.canEdit) saves and the profile refreshes.
  await page.getByTestId('action-edit-organization').click();
  await expect(page.getByTestId('org-nameEn')).toHaveValue('Mekong Health Alliance');
  await page.getByTestId('org-headName').fill('Klaus Bauer');
  await page.getByTestId('org-email').fill('not-an-email');
  await page.getByTestId('organization-edit-submit').click();
  await expect(errorsOf(page, 'org-email')).toHaveText('Địa chỉ e-mail không hợp lệ');
  await page.getByTestId('org-email').fill('info@mekong-health.example.org');
  await page.getByTestId('organization-edit-submit').click();
  await expect(page.getByText('Đã lưu thông tin tổ chức')).toBeVisible(SAVED);
  await expect(page.getByText('Klaus Bauer')).toBeVisible();
  await expect(page.getByText('info@mekong-health.example.org')).toBeVisible();

  // 2. "Nhập giấy đăng ký": 4 years is over the 3-year cap of Decree 58/2022 Art. 9 — the server says so on the field.
  await page.getByTestId('action-record-certificate').click();
  const certificateDialog = page.getByRole('dialog', { name: 'Nhập giấy đăng ký đã cấp' });
  await expect(certificateDialog).toBeVisible();
  await page.getByTestId('certificate-number').fill('250/GĐKHĐ-BNG');
  await fillDate(page, 'certificate-issuedOn', '15/01/2026');
  await fillDate(page, 'certificate-validTo', '15/01/2030');
  await page.getByTestId('certificate-areas').click();
  await page.keyboard.type('Thua Thien');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Thừa Thiên Huế (trước 2025 → Huế)' }).click();
  await page.keyboard.type('Da Nang');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Đà Nẵng$/ }).click();
  await page.keyboard.press('Escape');
  await choose(page, 'certificate-fields', 'y te');
  await page.keyboard.press('Escape');
  await choose(page, 'certificate-representative', 'Anna');
  await page.getByTestId('certificate-submit').click();
  await expect(errorsOf(certificateDialog, 'certificate-validTo')).toHaveText('Thời hạn tối đa là 3 năm kể từ ngày cấp (đến 15/01/2029) — Điều 9 Nghị định 58/2022.', SAVED);
  await snap(page, 'registry-entry-02-validity-cap');

  await fillDate(page, 'certificate-validTo', '14/01/2029');
  await page.getByTestId('certificate-submit').click();
  await expect(certificateDialog).toBeHidden(SAVED);
  const current = page.getByTestId('current-certificate');
  await expect(current).toContainText('250/GĐKHĐ-BNG');
  await expect(current).toContainText('15/01/2026 – 14/01/2029');
  await expect(current).toContainText('Anna Weber');
  await expect(current.getByTestId('area-list')).toContainText('Thừa Thiên Huế → Huế');
  await expect(current.getByTestId('certificate-status')).toHaveText('Còn hiệu lực');
  await snap(page, 'registry-entry-03-profile-with-certificate');

  // 3. An extension (new version) and then a suspension decision; each refreshes the profile.
  await page.getByTestId('action-add-version').first().click();
  const versionDialog = page.getByRole('dialog', { name: /Ghi nhận sửa đổi, bổ sung, cấp lại, gia hạn/ });
  await page.getByTestId('version-kind-extended').click();
  await fillDate(page, 'version-effectiveOn', '01/06/2026');
  await fillDate(page, 'version-validTo', '31/05/2029');
  await page.getByTestId('version-decisionNumber').fill('88/QĐ-BNG');
  await page.getByTestId('version-submit').click();
  await expect(versionDialog).toBeHidden(SAVED);
  await expect(page.getByTestId('current-certificate')).toContainText('15/01/2026 – 31/05/2029');
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('certificate-history')).toContainText('Gia hạn');
  await page.getByTestId('tab-overview').click();

  await page.getByTestId('action-decision').first().click();
  const decisionDialog = page.getByRole('dialog', { name: /Quyết định về hiệu lực/ });
  await page.getByTestId('decision-option-suspended').click();
  await page.getByTestId('decision-number').fill('15/QĐ-BNG');
  await fillDate(page, 'decision-effectiveOn', '04/05/2026');
  await page.getByTestId('decision-reason').fill('Hoạt động ngoài địa bàn được cấp phép.');
  await page.getByTestId('decision-proposedBy').fill('Bộ Công an');
  await page.getByTestId('decision-submit').click();
  await expect(decisionDialog).toBeHidden(SAVED);
  await expect(page.getByTestId('current-certificate').getByTestId('certificate-status')).toHaveText('Bị đình chỉ');

  // 4. Save a search, clear the filters, and re-apply it from "Tìm kiếm đã lưu".
  await page.getByTestId('nav-registry').click();
  await page.getByTestId('registry-search').fill('y te me kong');
  await expect(page).toHaveURL(/q=y\+te\+me\+kong/);
  await page.getByTestId('registry-filter-status').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Bị đình chỉ' }).click();
  await expect(page).toHaveURL(/status=suspended/);
  await expect(page.getByTestId('registry-row-name').filter({ hasText: 'Liên minh Y tế Mê Kông' })).toBeVisible();
  await expect(page.getByTestId('registry-export-xlsx')).toHaveAttribute('href', '/api/v1/organizations/export?format=xlsx&q=y+te+me+kong&status=suspended&sort=relevance');
  await expect(page.getByTestId('registry-export-csv')).toHaveAttribute('href', /format=csv&q=y\+te\+me\+kong&status=suspended/);

  await page.getByTestId('saved-search-save').click();
  await page.getByTestId('saved-search-name').fill('Mê Kông bị đình chỉ');
  await page.getByTestId('saved-search-name-submit').click();
  await expect(page.getByRole('dialog', { name: 'Lưu tìm kiếm hiện tại' })).toBeHidden(SAVED);
  await page.getByTestId('registry-filters-reset').click();
  await page.getByTestId('registry-search').fill('');
  await expect(page).toHaveURL(/\/registry$/);
  await page.getByTestId('saved-searches-menu').click();
  await page.getByTestId('saved-search-item-name').filter({ hasText: 'Mê Kông bị đình chỉ' }).click();
  await expect(page).toHaveURL(/q=y\+te\+me\+kong.*status=suspended/);
  await expect(page.getByTestId('registry-search')).toHaveValue('y te me kong');
  await expect(page.getByTestId('registry-total')).toHaveText('Tìm thấy 1 tổ chức');
  await snap(page, 'registry-entry-04-saved-search-applied');

  // 5. English: the same name again is refused by the server in English; the Art. 9 message in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('saved-searches-menu')).toContainText('Saved searches (1)');
  await page.getByTestId('saved-search-save').click();
  await page.getByTestId('saved-search-name').fill('MÊ KÔNG BỊ ĐÌNH CHỈ');
  await page.getByTestId('saved-search-name-submit').click();
  await expect(errorsOf(page.getByRole('dialog'), 'saved-search-name')).toHaveText('You already have a saved search with this name.', SAVED);
  await page.waitForTimeout(300); // let the message's entrance finish before the screenshot
  await snap(page, 'registry-entry-05-saved-search-name-taken-en');
  await page.getByTestId('saved-search-name').fill('Mekong suspended');
  await page.getByTestId('saved-search-name-submit').click();
  await expect(page.getByRole('dialog', { name: 'Save the current search' })).toBeHidden(SAVED);
  await page.getByTestId('saved-searches-menu').click();
  await expect(page.getByTestId('saved-search-item-name')).toHaveText(['Mê Kông bị đình chỉ', 'Mekong suspended']);
  // Rename one, then delete it.
  await page.getByTestId('saved-search-item').filter({ hasText: 'Mekong suspended' }).getByTestId('saved-search-rename').click();
  await expect(page.getByTestId('saved-search-name')).toHaveValue('Mekong suspended');
  await page.getByTestId('saved-search-name').fill('Mekong (suspended)');
  await page.getByTestId('saved-search-name-submit').click();
  await expect(page.getByText('Saved search updated')).toBeVisible();
  await page.getByTestId('saved-searches-menu').click();
  await page.getByTestId('saved-search-item').filter({ hasText: 'Mekong (suspended)' }).getByTestId('saved-search-delete').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('Delete the saved search “Mekong (suspended)”?');
  await page.getByTestId('saved-search-delete-confirm').click();
  await expect(page.getByText('Saved search “Mekong (suspended)” deleted')).toBeVisible();
  await expect(page.getByTestId('saved-searches-menu')).toContainText('Saved searches (1)');

  await page.getByTestId('registry-row-name').filter({ hasText: 'Mekong Health Alliance' }).click();
  await page.getByTestId('action-record-certificate').click();
  const dialogEn = page.getByRole('dialog', { name: 'Record an issued certificate' });
  await page.getByTestId('certificate-number').fill('251/GĐKHĐ-BNG');
  await fillDate(page, 'certificate-issuedOn', '01/03/2026');
  await fillDate(page, 'certificate-validTo', '01/03/2030');
  await choose(page, 'certificate-areas', 'Hue');
  await page.keyboard.press('Escape');
  await choose(page, 'certificate-fields', 'health');
  await page.keyboard.press('Escape');
  await page.getByTestId('certificate-submit').click();
  await expect(errorsOf(dialogEn, 'certificate-validTo')).toHaveText('Validity is at most 3 years from the issue date (until 01/03/2029) — Decree 58/2022 Art. 9.', SAVED);
  await snap(page, 'registry-entry-06-validity-cap-en');
});
