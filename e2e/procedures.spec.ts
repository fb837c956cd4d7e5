import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAs, snap } from './support/session';
import { signUpNgo } from './support/signup';
import { choose, fillDate, SAVED } from './support/forms';

// The whole online path of an operation certificate (Decree 58/2022 Art. 10–11): the NGO reads the guide, fills the
// form, uploads the components (a fake PDF is refused), submits; MOFA asks for a supplement, the NGO sends it; the
// officer accepts, consults, proposes; the leader approves; the officer issues; the NGO downloads the PDF; the public
// page verifies it, then shows it revoked after MOFA's decision on the registry profile.

/** A small valid PDF (the server recognises PDF by its first bytes). */
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n1 0 obj <<>> endobj\n% ${name}\ntrailer <<>>\n%%EOF\n`) });

/** Today in Vietnam as dd/mm/yyyy. */
const todayVn = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

/** A page in its own browser context (own cookies). */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A shared demo account signed in in its own browser context. */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await newPage(browser);
  await signInAs(page, username);
  return page;
}

/** Clicks an action button, confirms its dialog (after `fill`) and waits for the new status. */
async function act(page: Page, action: string, status: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await expect(page.getByTestId('action-confirm')).toBeVisible();
  if (fill) await fill();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('action-confirm')).toBeHidden(SAVED);
  await expect(page.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', status, SAVED);
}

test('an NGO applies online for an operation certificate, MOFA issues it, and the public page verifies it and then shows it revoked', async ({ browser }) => {
  test.setTimeout(420_000);

  // 0. A new NGO signs up, confirms its e-mail from the development mailbox and signs in.
  // 1. The NGO reads the guide for operation.issue and sees the expected decision day.
  const ngo = await newPage(browser);
  await signUpNgo(ngo, {
    organization: 'Sonnenschein Kinderhilfe e.V.',
    country: 'duc',
    fullName: 'Anna Schmidt',
    email: `anna.schmidt.${Date.now()}@sonnenschein.example.org`,
    password: 'Hoa-Mai-Ngay-Tet-2026!',
  }, 'procedures-00');
  await ngo.getByTestId('nav-procedures').click();
  await expect(ngo).toHaveURL(/\/procedures$/);
  await ngo.getByTestId('procedure-operation.issue').click();
  await ngo.getByTestId('guide-nationality-foreign').click();
  await ngo.getByTestId('guide-legalisationExempt-no').click();
  await expect(ngo.getByTestId('guide-open-questions')).toHaveCount(0, SAVED);
  const guide = (await (await ngo.request.get('/api/v1/procedures/operation.issue/guide?nationality=foreign')).json()) as { expectedDecisionOn: string };
  const expected = guide.expectedDecisionOn.split('-').reverse().join('/');
  await expect(ngo.getByTestId('guide-expected-decision')).toContainText(expected, SAVED);
  await expect(ngo.getByTestId('guide-component-passport_copy')).toHaveAttribute('data-status', 'required');
  await expect(ngo.getByTestId('guide-component-identity_document_copy')).toHaveCount(0);
  await snap(ngo, 'procedures-01-guide');

  // 2. "Bắt đầu" opens a draft; the form is filled and saved.
  await ngo.getByTestId('guide-start').click();
  await expect(ngo).toHaveURL(/\/my\/dossiers\/[0-9a-f-]{36}$/, SAVED);
  const dossierId = ngo.url().split('/').pop()!;
  await expect(ngo.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'draft');
  await ngo.getByTestId('app-nameOriginal').fill('Sonnenschein Kinderhilfe e.V.');
  await ngo.getByTestId('app-nameEn').fill('Sunshine Children Aid');
  await ngo.getByTestId('app-nameVi').fill('Tổ chức Hỗ trợ Trẻ em Ánh Dương');
  await choose(ngo, 'app-countryCode', 'duc');
  await ngo.getByTestId('app-legalForm').click();
  await ngo.locator('.ant-select-dropdown:visible').getByText('Tổ chức phi lợi nhuận').click();
  await fillDate(ngo, 'app-homeRegistrationExpiresOn', '31/12/2040');
  await ngo.getByTestId('app-hqAddress').fill('Hauptstraße 1, 10115 Berlin');
  await ngo.getByTestId('app-email').fill('office@sonnenschein.example.org');
  await ngo.getByTestId('app-purposes').fill('Hỗ trợ giáo dục cho trẻ em vùng cao.');
  await choose(ngo, 'app-provinceCodes', 'hue');
  await choose(ngo, 'app-provinceCodes', 'ha noi');
  await ngo.keyboard.press('Escape');
  await choose(ngo, 'app-fieldCodes', 'giao duc');
  await ngo.keyboard.press('Escape');
  await ngo.getByTestId('app-representative-fullName').fill('Anna Schmidt');
  await choose(ngo, 'app-representative-nationality', 'duc');
  await fillDate(ngo, 'app-representative-dateOfBirth', '03/02/1980');
  await ngo.getByTestId('app-representative-passportNumber').fill('C01X00T47');
  await fillDate(ngo, 'app-representative-passportExpiresOn', '01/01/2031');
  await ngo.getByTestId('app-plan').fill('Dự án học bổng 2026–2029 tại Huế và Hà Nội.');
  await expect(ngo.getByTestId('completeness-unsaved')).toBeVisible();
  await ngo.getByTestId('application-save').click();
  await expect(ngo.getByTestId('completeness-unsaved')).toBeHidden(SAVED);
  await expect(ngo.getByTestId('completeness-issues')).toContainText('Chưa tải lên: Bản sao Điều lệ của tổ chức.');
  await expect(ngo.getByTestId('action-submit')).toBeDisabled();
  await snap(ngo, 'procedures-02-form-saved');

  // 3. A text file named .pdf is refused with the server's Vietnamese message; then a PDF for each required component.
  await ngo.getByTestId('upload-charter_copy').locator('input[type=file]').setInputFiles({ name: 'dieu-le.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Đây không phải là tệp PDF') });
  await expect(ngo.getByTestId('upload-error-charter_copy')).toContainText('Tệp "dieu-le.pdf" không phải PDF, JPEG, PNG hoặc DOCX (đã kiểm tra theo nội dung tệp).', SAVED);
  await snap(ngo, 'procedures-03-wrong-file');
  const detail = (await (await ngo.request.get(`/api/v1/dossiers/${dossierId}`)).json()) as { code: string; components: { code: string; required: boolean; foreignDocument: boolean }[] };
  const required = detail.components.filter((c) => c.required);
  expect(required.map((c) => c.code)).toEqual(expect.arrayContaining(['application', 'charter_copy', 'criminal_record', 'passport_copy']));
  for (const c of required) {
    if (c.foreignDocument) {
      await ngo.getByTestId(`legalised-${c.code}`).check();
      await ngo.getByTestId(`translation-${c.code}`).check();
    }
    await ngo.getByTestId(`upload-${c.code}`).locator('input[type=file]').setInputFiles(pdf(`${c.code}.pdf`));
    await expect(ngo.getByTestId(`component-${c.code}`)).toHaveAttribute('data-uploaded', 'true', SAVED);
  }
  await expect(ngo.getByTestId('completeness-ready')).toBeVisible(SAVED);
  await snap(ngo, 'procedures-04-ready-to-submit');

  // 4. Submit: the completeness check is MOFA's now, with its due day.
  await act(ngo, 'submit', 'submitted');
  await expect(ngo.getByTestId('clock-owner')).toHaveText('Chuyên viên Bộ Ngoại giao');
  await expect(ngo.getByTestId('clock-due')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(ngo.getByTestId('dossier-expected-decision')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await snap(ngo, 'procedures-05-submitted');
  await ngo.getByTestId('language-en').click();
  await expect(ngo.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveText('Submitted, completeness check');
  await expect(ngo.getByTestId('clock-owner')).toHaveText('MOFA officer');
  await snap(ngo, 'procedures-05-submitted-en');
  await ngo.getByTestId('language-vi').click();

  // 5. The officer finds it in the queue (amber: the 2-working-day completeness check is due soon) and asks for a supplement.
  const officer = await signedIn(browser, 'mofa.officer');
  await officer.getByTestId('nav-dossiers').click();
  await expect(officer).toHaveURL(/\/dossiers$/);
  await officer.getByTestId('queue-q').locator('input').fill(detail.code);
  const row = officer.getByTestId(`row-${detail.code}`);
  // Due soon, or on time when submitted after the 17:00 receipt cutoff (it then counts from the next working day).
  await expect(row).toHaveAttribute('data-sla', /^(due_soon|on_time)$/, SAVED);
  await row.getByTestId('queue-assign').click();
  await expect(row.getByTestId('assigned-to-me')).toBeVisible(SAVED);
  await snap(officer, 'procedures-06-queue');
  await row.getByTestId('dossier-link').click();
  await expect(officer).toHaveURL(new RegExp(`/dossiers/${dossierId}$`));
  await expect(officer.getByTestId('application-view')).toContainText('Sunshine Children Aid');
  await act(officer, 'request_supplement', 'supplement_requested', async () => {
    await officer.getByTestId('missing-criminal_record').check();
    await officer.getByTestId('action-reason').fill('Phiếu lý lịch tư pháp phải do nơi cư trú 6 tháng gần nhất cấp.');
  });
  await expect(officer.getByTestId('dossier-sla')).toHaveAttribute('data-sla', 'paused');
  await snap(officer, 'procedures-07-supplement-requested');

  // 6. The NGO sees what is missing, uploads it, writes a message and sends the supplement.
  await ngo.reload();
  await expect(ngo.getByTestId('supplement-missing')).toContainText('lý lịch tư pháp', SAVED);
  await ngo.getByTestId('legalised-criminal_record').check();
  await ngo.getByTestId('upload-criminal_record').locator('input[type=file]').setInputFiles(pdf('ly-lich-tu-phap-moi.pdf'));
  await expect(ngo.getByTestId('component-criminal_record').getByTestId('document-criminal_record')).toHaveCount(2, SAVED);
  await ngo.getByTestId('message-input').fill('Chúng tôi đã bổ sung phiếu lý lịch tư pháp do Berlin cấp.');
  await ngo.getByTestId('message-send').click();
  await expect(ngo.getByTestId('message')).toHaveCount(1, SAVED);
  await snap(ngo, 'procedures-08-supplement');
  await act(ngo, 'answer_supplement', 'submitted');

  // 7. The officer accepts, consults, closes the consultation and proposes approval.
  await officer.reload();
  await expect(officer.getByTestId('dossier-messages')).toContainText('Berlin', SAVED);
  await act(officer, 'accept', 'accepted');
  await officer.getByTestId('consultation-send').click();
  await expect(officer.getByTestId('consultation-send-confirm')).toBeVisible();
  await officer.getByTestId('consultation-send-confirm').click();
  await expect(officer.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'in_consultation', SAVED);
  await act(officer, 'close_consultation', 'appraisal', async () => {
    await officer.getByTestId('action-reason').fill('Các cơ quan đã gửi ý kiến bằng văn bản giấy.');
  });
  await act(officer, 'propose_decision', 'decision_pending', async () => {
    await officer.getByTestId('decision-outcome-approve').click();
    await officer.getByTestId('decision-note').fill('Đủ điều kiện theo Điều 10 Nghị định 58/2022.');
  });
  await expect(officer.getByTestId('no-actions')).toBeVisible();
  await snap(officer, 'procedures-09-proposed');

  // 8. The leader approves.
  const leader = await signedIn(browser, 'mofa.leader');
  await leader.goto(`/dossiers/${dossierId}`);
  await expect(leader.getByTestId('decision-draft')).toContainText('Cấp');
  await expect(leader.getByTestId('action-return_for_revision')).toBeVisible();
  await act(leader, 'approve', 'approved');
  await snap(leader, 'procedures-10-approved');

  // 9. The officer issues the certificate.
  await officer.reload();
  await act(officer, 'issue_certificate', 'issued');
  await expect(officer.getByTestId('event-issue_certificate')).toContainText(/GĐKHĐ-BNG/);
  await snap(officer, 'procedures-11-issued');

  // 10. The NGO downloads the certificate PDF.
  await ngo.reload();
  await expect(ngo.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'issued', SAVED);
  const downloading = ngo.waitForEvent('download');
  await ngo.getByTestId('certificate-pdf').click();
  const download = await downloading;
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(/^giay-dang-ky-.*\.pdf$/);
  await snap(ngo, 'procedures-12-certificate');

  // 11. The public verification page (no login) says valid, in Vietnamese and in English.
  const verifyHref = await ngo.getByTestId('certificate-verify-link').getAttribute('href');
  expect(verifyHref).toMatch(/^\/verify\/INGO1\./);
  await ngo.getByTestId('nav-myDossiers').click();
  await expect(ngo.getByTestId(`row-${detail.code}`).getByTestId('dossier-status')).toHaveAttribute('data-status', 'issued', SAVED);
  await snap(ngo, 'procedures-13-my-dossiers');
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(verifyHref!);
  await expect(publicPage.getByTestId('verify-signature')).toHaveAttribute('data-valid', 'true', SAVED);
  await expect(publicPage.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid');
  await expect(publicPage.getByTestId('verify-status')).toHaveText('Còn hiệu lực');
  await expect(publicPage.getByTestId('verify-organization')).toHaveText('Sunshine Children Aid');
  await expect(publicPage.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'valid');
  await snap(publicPage, 'procedures-14-verify-valid');
  await publicPage.getByTestId('language-en').click();
  await expect(publicPage.getByTestId('verify-status')).toHaveText('Valid');
  await snap(publicPage, 'procedures-15-verify-valid-en');
  await publicPage.getByTestId('language-vi').click();

  // 12. MOFA revokes it on the registry profile; the verification page shows it revoked at once.
  const organizationId = ((await (await officer.request.get(`/api/v1/dossiers/${dossierId}`)).json()) as { organizationId: string }).organizationId;
  await officer.goto(`/registry/${organizationId}`);
  await officer.getByTestId('action-decision').first().click();
  await officer.getByTestId('decision-option-revoked').click();
  await officer.getByTestId('decision-number').fill('21/QĐ-BNG');
  await fillDate(officer, 'decision-effectiveOn', todayVn());
  await officer.getByTestId('decision-reason').fill('Vi phạm Điều 5 Nghị định 58/2022.');
  await officer.getByTestId('decision-submit').click();
  await expect(officer.getByTestId('certificate-decision-modal')).toBeHidden(SAVED);
  await publicPage.reload();
  await expect(publicPage.getByTestId('verify-status')).toHaveAttribute('data-status', 'revoked', SAVED);
  await expect(publicPage.getByTestId('verify-status')).toHaveText('Bị thu hồi');
  await expect(publicPage.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'not_in_force');
  await snap(publicPage, 'procedures-16-verify-revoked');

  // 13. A dossier handed in on paper: the officer records it with its day of receipt; it starts at the completeness check.
  await officer.getByTestId('nav-dossiers').click();
  await officer.getByTestId('paper-open').click();
  await choose(officer, 'paper-procedure', 'cap giay dang ky lap van phong');
  await officer.getByTestId('paper-applicantName').fill('Stichting Mekong Water');
  await officer.getByTestId('paper-submit').click();
  await expect(officer).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/, SAVED);
  await expect(officer.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'submitted');
  await expect(officer.getByTestId('dossier-summary')).toContainText('Cấp Giấy đăng ký lập Văn phòng đại diện');
  await expect(officer.getByTestId('dossier-summary')).toContainText('Nộp trực tiếp');
  await expect(officer.getByTestId('upload-charter_copy')).toBeVisible();
  await snap(officer, 'procedures-17-paper-dossier');
});
