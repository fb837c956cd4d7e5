import { expect, test } from '@playwright/test';
import { signInAs, snap } from './support/session';
import { SAVED } from './support/forms';

// Extending an operation certificate (Decree 58/2022 Art. 12): the demo NGO picks its certificate in the guide,
// starts, and finds the draft prefilled from the registry; an issue procedure needs no certificate.

test('an NGO picks the certificate to extend and gets a draft prefilled from the registry', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'ngo.demo');
  await page.getByTestId('nav-procedures').click();
  await expect(page).toHaveURL(/\/procedures$/);

  // A representative office procedure: Children Relief International holds no such certificate, so it cannot start.
  await page.getByTestId('procedure-rep_office.extend').click();
  await expect(page.getByTestId('guide-no-target')).toContainText('không có Giấy đăng ký lập Văn phòng đại diện nào còn hiệu lực', SAVED);
  await expect(page.getByTestId('guide-start')).toBeDisabled();
  await snap(page, 'procedures-extend-01-no-certificate');

  // The operation certificate: start waits for the choice.
  await page.getByTestId('procedure-operation.extend').click();
  await expect(page.getByTestId('guide-target-card')).toBeVisible(SAVED);
  await expect(page.getByTestId('guide-start')).toBeDisabled();
  await page.getByTestId('guide-target').click();
  const option = page.getByTestId('guide-target-option-112/GĐKHĐ-BNG');
  await expect(option).toContainText('Giấy đăng ký hoạt động · hiệu lực đến 14/04/2027');
  await option.click();
  await expect(page.getByTestId('guide-start')).toBeEnabled();
  await snap(page, 'procedures-extend-02-certificate-chosen');

  await page.getByTestId('guide-start').click();
  await expect(page).toHaveURL(/\/my\/dossiers\/[0-9a-f-]{36}$/, SAVED);
  await expect(page.getByTestId('dossier-target')).toContainText('112/GĐKHĐ-BNG');
  const prefill = page.getByTestId('registry-prefill');
  await expect(prefill).toContainText('Children Relief International');
  await expect(prefill).toContainText('Sarah Johnson');
  await expect(prefill).toContainText('Huế');
  await expect(page.getByTestId('completeness-issues')).not.toContainText('giấy đăng ký cần sửa đổi hoặc gia hạn');

  // The plan is the NGO's part; saving keeps the prefilled registry content.
  await page.getByTestId('app-plan').fill('Kế hoạch 2027–2030: y tế học đường tại Huế và Quảng Trị.');
  await expect(page.getByTestId('completeness-unsaved')).toBeVisible();
  await page.getByTestId('application-save').click();
  await expect(page.getByTestId('completeness-unsaved')).toBeHidden(SAVED);
  await expect(prefill).toContainText('Children Relief International');
  await snap(page, 'procedures-extend-03-draft-prefilled');
});
