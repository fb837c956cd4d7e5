import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { setServerClock, vnDay } from './support/dev-clock';
import { signInAs, snap } from './support/session';
import { dateInput, SAVED } from './support/forms';

// Issue 7, "Done when" (first bullet), all through the UI: MOFA opens the 2026 province reporting campaign (the demo
// seeds only the NGO campaign); the demo NGO files its 2026 annual report (Form 05, draft → submit) with amounts in
// Huế and Hà Nội; Huế's focal unit opens its own province report, sees the NGO's Huế amounts pre-aggregated, lowers
// the disbursed figure with an explanation, updates a task of its action-program plan and submits; MOFA sees both
// filed on the campaign boards, the reconciliation flag on the adjusted figure, and downloads the consolidated XLSX.
// No step needs the API: every one has a page.

const YEAR = 2026;
/**
 * The day the server clock shows during this test (DEV_CLOCK): inside reporting year 2026 (15 Dec 2025 – 14 Dec 2026),
 * after the province campaign's due day (30 Nov) and before the NGO report's (18 Dec), so the path reads the same
 * whenever the suite runs. Task updates are filed under the reporting year of the server's day.
 */
const SERVER_DAY = '2026-12-04';

// Whatever happens in the test, the server clock goes back to real time for the other specs.
test.afterAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await setServerClock(request, 0);
  await request.dispose();
});
const NGO_NAME = 'Tổ chức Cứu trợ Trẻ em Quốc tế'; // ngo.demo's organization (NGO-DEMO-001)
const NGO_CAMPAIGN = `ngo_annual-${YEAR}`;
const PROVINCE_CAMPAIGN = `province_annual-${YEAR}`;

/** A shared demo account signed in in its own browser context (downloads allowed). */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(page, username);
  return page;
}

/** Opens a select (one of several with the same test id), types to filter and takes the first match. */
async function chooseIn(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
}

/** Clicks a button of a confirmation dialog until the dialog closes (a click during its opening animation can be lost). */
async function confirmDialog(page: Page, dialog: Locator, button: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: button }).click({ timeout: 2_000 });
    await expect(dialog).toBeHidden({ timeout: 3_000 });
  }).toPass(SAVED);
}

/** The toast shown after a save or a submission. */
const toast = (page: Page, text: string) => page.locator('.ant-message').getByText(text, { exact: true });

test('an NGO files its annual report, Huế adjusts it in its province report with a task update, MOFA reconciles and exports', async ({ browser }) => {
  test.setTimeout(300_000);

  // 0. Pin the server's day (before anyone signs in: moving the clock ends every session).
  const today = vnDay(new Date().toISOString());
  const offsetDays = Math.round((Date.parse(`${SERVER_DAY}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const clockContext = await browser.newContext();
  const clock = await setServerClock(clockContext.request, offsetDays);
  expect(vnDay(clock.now)).toBe(SERVER_DAY);
  await clockContext.close();

  // 1. MOFA opens the 2026 province reporting campaign (the demo has the NGO campaign only): form and year, the
  //    reporting calendar proposes the period and the due day (30/11, Resolution 100: before 1 December).
  const officer = await signedIn(browser, 'mofa.officer');
  await officer.getByTestId('nav-reportCampaigns').click();
  await expect(officer).toHaveURL(/\/report-campaigns$/);
  await expect(officer.getByTestId(`campaign-row-${NGO_CAMPAIGN}`)).toBeVisible(SAVED);
  const provinceCampaignRow = officer.getByTestId(`campaign-row-${PROVINCE_CAMPAIGN}`);
  // Only this spec creates it; should it exist already (a rerun against E2E_BASE_URL), it is used as it is.
  if ((await provinceCampaignRow.count()) === 0) {
    await officer.getByTestId('new-campaign').click();
    await officer.getByTestId('campaign-form-select').click();
    await officer.locator('.ant-select-dropdown:visible').getByText('Báo cáo năm của tỉnh, thành phố', { exact: true }).click();
    await officer.getByTestId('campaign-year').fill(String(YEAR));
    await expect(dateInput(officer, 'campaign-due')).toHaveValue(`30/11/${YEAR}`, SAVED);
    await expect(officer.getByTestId('campaign-form')).toContainText('Các tỉnh, thành phố');
    await snap(officer, 'reporting-01-new-province-campaign');
    await officer.getByTestId('campaign-create').click();
    await expect(officer.getByTestId('campaign-form')).toHaveCount(0, SAVED);
  }
  await expect(provinceCampaignRow).toContainText(`30/11/${YEAR}`, SAVED);
  await expect(provinceCampaignRow).toContainText('/ 34');
  await snap(officer, 'reporting-02-campaigns');

  // 2. The NGO opens its 2026 report, starts the draft and reports one project in Huế and Hà Nội.
  const ngo = await signedIn(browser, 'ngo.demo');
  await ngo.getByTestId('nav-reports').click();
  await expect(ngo).toHaveURL(/\/reports$/);
  const ngoReportRow = ngo.getByTestId(`report-row-${NGO_CAMPAIGN}`);
  await expect(ngoReportRow.getByTestId('filing-status')).toHaveAttribute('data-status', /^(open|due_soon)$/, SAVED);
  await snap(ngo, 'reporting-03-my-reports');
  await ngoReportRow.getByTestId('report-link').click();
  await ngo.getByTestId('start-report').click();
  const editor = ngo.getByTestId('ngo-report-editor');
  await expect(editor).toBeVisible(SAVED);
  // The draft starts from the registry (the certificate's areas and fields, amounts 0): replace it by our project.
  await expect(ngo.getByTestId('item-0')).toBeVisible();
  await ngo.getByTestId('item-0').getByRole('button', { name: 'Xóa mục' }).click();
  await expect(ngo.getByTestId('item-0')).toHaveCount(0);
  await ngo.getByTestId('add-item').click();
  const item = ngo.getByTestId('item-0');
  await item.getByTestId('item-title').fill('Dự án chăm sóc sức khỏe trẻ em 2026');
  await item.getByTestId('add-line').click();
  await item.getByTestId('add-line').click();
  const lines = [
    { province: 'Huế', committed: '80000', disbursed: '50000' },
    { province: 'Hà Nội', committed: '30000', disbursed: '20000' },
  ];
  for (const [i, line] of lines.entries()) {
    const row = item.getByTestId(`line-0-${i}`);
    await chooseIn(ngo, row.getByTestId('line-province'), line.province);
    await expect(row.getByTestId('line-province')).toContainText(line.province);
    await expect(row.getByTestId('line-currency').locator('xpath=self::input | .//input').first()).toHaveValue('USD');
    await row.getByTestId('line-committed').fill(line.committed);
    await row.getByTestId('line-disbursed').fill(line.disbursed);
  }
  await ngo.getByTestId('staff-foreign').fill('2');
  await ngo.getByTestId('staff-vietnamese').fill('14');
  await ngo.getByTestId('contact-name').fill('Sarah Johnson');
  await expect(ngo.getByTestId('currency-totals').locator('[data-currency="USD"]')).toContainText('110.000');
  await ngo.getByTestId('save-draft').click();
  await expect(toast(ngo, 'Đã lưu')).toBeVisible(SAVED);
  await snap(ngo, 'reporting-04-ngo-draft');

  // Submission asks for confirmation; Hà Nội is outside the certificate's areas: kept as a warning, not an error.
  await ngo.getByTestId('submit-report').click();
  await confirmDialog(ngo, ngo.locator('.ant-modal-confirm-confirm'), 'Nộp báo cáo');
  const warnings = ngo.locator('.ant-modal-confirm-warning');
  await expect(warnings).toBeVisible(SAVED);
  await expect(warnings).toContainText('nằm ngoài địa bàn');
  await confirmDialog(ngo, warnings, 'OK');
  const view = ngo.getByTestId('ngo-report-view');
  await expect(view).toBeVisible(SAVED);
  await expect(editor).toHaveCount(0);
  await expect(ngo.getByText('Báo cáo đang có hiệu lực: phiên bản 1')).toBeVisible();
  await expect(view).toContainText('Dự án chăm sóc sức khỏe trẻ em 2026');
  await expect(view).toContainText('Huế');
  await expect(view).toContainText('Hà Nội');
  await expect(ngo.getByTestId('filing-status').first()).toHaveAttribute('data-status', 'filed_on_time');
  await snap(ngo, 'reporting-05-ngo-submitted');
  // The submitted report as DOCX in the official layout.
  const [reportDocx] = await Promise.all([ngo.waitForEvent('download'), ngo.getByTestId('report-docx').click()]);
  expect(reportDocx.suggestedFilename()).toMatch(/^bao-cao-ngo_annual-2026-v1\.docx$/);

  // 3. Huế's focal unit opens its province report: the NGO's Huế amounts are there, pre-aggregated.
  const hue = await signedIn(browser, 'hue.focal');
  await hue.getByTestId('nav-reports').click();
  await expect(hue).toHaveURL(/\/reports$/);
  await hue.getByTestId(`report-row-${PROVINCE_CAMPAIGN}`).getByTestId('report-link').click();
  await expect(hue).toHaveURL(/\/reports\/agency\//);
  const reportUrl = hue.url();
  await hue.getByTestId('start-draft').click();
  const ngoRow = hue.getByTestId('ngo-activity').locator('tr.ant-table-row').filter({ hasText: NGO_NAME });
  await expect(ngoRow).toHaveCount(1, SAVED);
  const committed = ngoRow.locator('[data-testid$="-committed"]').locator('xpath=self::input | .//input').first();
  const disbursed = ngoRow.locator('[data-testid$="-disbursed"]').locator('xpath=self::input | .//input').first();
  const explanation = ngoRow.locator('[data-testid$="-explanation"]');
  await expect(committed).toHaveValue('80.000');
  await expect(disbursed).toHaveValue('50.000');
  await expect(ngoRow).toContainText('Huế'); // the province by name, not by its code
  await expect(ngoRow).not.toContainText('Hà Nội');
  await snap(hue, 'reporting-06-province-prefilled');

  // Lowering the disbursed figure makes the explanation required: the submission is blocked until it is given.
  await disbursed.fill('30000');
  await disbursed.blur();
  await expect(disbursed).toHaveValue('30.000');
  await expect(explanation).toHaveClass(/ant-input-status-error/);
  await expect(hue.getByText('1 dòng đã điều chỉnh chưa có giải trình.')).toBeVisible();
  await expect(hue.getByTestId('submit-report')).toBeDisabled();
  await snap(hue, 'reporting-07-explanation-required');
  await explanation.fill('Sở Tài chính xác nhận giải ngân thực tế tại Huế 30.000 USD; phần còn lại chuyển sang năm 2027.');
  await expect(explanation).not.toHaveClass(/ant-input-status-error/);
  await expect(hue.getByTestId('submit-report')).toBeEnabled();
  await hue.getByTestId('text-assessment').fill('Các tổ chức PCPNN hoạt động đúng nội dung giấy đăng ký.');
  await hue.getByTestId('save-draft').click();
  await expect(toast(hue, 'Đã lưu bản nháp')).toBeVisible(SAVED);

  // Huế updates a task of its own plan (program PROVINCE-46-<year>) on the action-program page.
  await hue.getByTestId('nav-actionProgram').click();
  await expect(hue).toHaveURL(/\/action-program$/);
  const task = hue.getByTestId(`task-PROVINCE-46-${YEAR}-H1`);
  await expect(task).toBeVisible(SAVED);
  await task.getByTestId('update-H1').click();
  await expect(hue.getByTestId('task-status')).toBeVisible();
  await hue.getByTestId('task-status').click();
  await hue.locator('.ant-select-dropdown:visible').getByText('Đang thực hiện', { exact: true }).click();
  await hue.getByTestId('task-progress').fill('60');
  await hue.getByTestId('task-note').fill('Đã gửi công văn đề nghị 12 sở, ngành báo cáo; nhận được 7 báo cáo.');
  await snap(hue, 'reporting-08-task-update');
  await hue.getByTestId('task-update-submit').click();
  await expect(hue.getByTestId('task-status')).toHaveCount(0, SAVED);
  await expect(task.getByTestId('task-status-tag')).toHaveAttribute('data-status', 'in_progress', SAVED);
  await expect(task).toContainText('60%');

  // Back in the report: the tasks section shows the update; the adjusted figure and its explanation are kept.
  await hue.getByTestId('nav-reports').click();
  await hue.getByTestId(`report-row-${PROVINCE_CAMPAIGN}`).getByTestId('report-link').click();
  await expect(hue).toHaveURL(reportUrl);
  const reportTask = hue.getByTestId('report-tasks').locator('tr.ant-table-row').filter({ hasText: `PROVINCE-46-${YEAR} · H1` });
  await expect(reportTask.getByTestId('task-status-tag')).toHaveAttribute('data-status', 'in_progress', SAVED);
  await expect(reportTask).toContainText('60%');
  await expect(reportTask).toContainText('nhận được 7 báo cáo');
  await expect(disbursed).toHaveValue('30.000');
  await expect(explanation).toHaveValue(/Sở Tài chính xác nhận/);
  await snap(hue, 'reporting-09-province-report-tasks');
  await hue.getByTestId('submit-report').click();
  await expect(toast(hue, 'Đã nộp báo cáo')).toBeVisible(SAVED);
  await expect(hue.getByText('Đã nộp lần 1 ngày')).toBeVisible(SAVED);
  await expect(hue.getByTestId('submit-report')).toHaveCount(0);
  await snap(hue, 'reporting-10-province-submitted');

  // 4. MOFA: both filed on the campaign boards.
  await officer.getByTestId('nav-reportCampaigns').click();
  await officer.getByTestId(`campaign-row-${NGO_CAMPAIGN}`).getByRole('link').click();
  const ngoBoardRow = officer.getByTestId('board-row-NGO-DEMO-001');
  await expect(ngoBoardRow.getByTestId('filing-status')).toHaveAttribute('data-status', 'filed_on_time', SAVED);
  await expect(ngoBoardRow.getByTestId('filing-status')).toHaveText('Đúng hạn');
  await snap(officer, 'reporting-11-ngo-board');
  await officer.getByTestId('nav-reportCampaigns').click();
  await expect(provinceCampaignRow).toContainText('1 / 34', SAVED);
  await provinceCampaignRow.getByRole('link').click();
  const hueBoardRow = officer.getByTestId('board-row-PROV-46');
  // Filed after 30/11 it is late, before it on time: filed either way.
  await expect(hueBoardRow.getByTestId('filing-status')).toHaveAttribute('data-status', /^filed_(on_time|late)$/, SAVED);
  await snap(officer, 'reporting-12-province-board');

  // The consolidation: the NGO's Huế row is flagged on the disbursed figure, with Huế's explanation.
  await officer.getByTestId('nav-consolidation').click();
  await expect(officer).toHaveURL(/\/reports\/consolidation$/);
  await officer.getByTestId('consolidation-year').fill(String(YEAR));
  await expect(officer.getByTestId('by-province')).toContainText('Huế', SAVED);
  const flagRow = officer.getByTestId('reconciliation').locator('tr.ant-table-row').filter({ hasText: NGO_NAME }).filter({ hasText: 'Huế' });
  await expect(flagRow).toHaveCount(1, SAVED);
  await expect(flagRow.getByTestId('reconciliation-flag')).toHaveAttribute('data-flag', 'disbursed');
  await expect(flagRow.getByTestId('reconciliation-flag')).toHaveText('Vốn giải ngân chênh lệch');
  await expect(flagRow.getByTestId('reconciliation-explanation')).toContainText('Sở Tài chính xác nhận giải ngân thực tế');
  await expect(flagRow).toContainText('50.000');
  await expect(flagRow).toContainText('30.000');
  await snap(officer, 'reporting-13-reconciliation');
  // The same page in English (the interface is bilingual).
  await officer.getByTestId('language-en').click();
  await expect(officer.getByRole('heading', { name: 'Consolidation and reconciliation' })).toBeVisible();
  await expect(flagRow.getByTestId('reconciliation-flag')).toHaveText('Disbursed differs');
  await snap(officer, 'reporting-14-reconciliation-en');
  await officer.getByTestId('language-vi').click();
  await expect(flagRow.getByTestId('reconciliation-flag')).toHaveText('Vốn giải ngân chênh lệch');

  // The consolidated XLSX: Huế's NGO-reported figures and the flagged row with the province's.
  const downloading = officer.waitForEvent('download');
  await officer.getByTestId('consolidation-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows = (sheet: string) => {
    const ws = workbook.getWorksheet(sheet);
    expect(ws, `sheet ${sheet}`).toBeDefined();
    return ws!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  };
  const hueProvince = rows('Theo tỉnh, thành phố').find((r) => String(r[1]).includes('Huế') && r[2] === 'USD');
  expect(hueProvince, 'Huế (USD) in the by-province sheet').toBeDefined();
  expect(hueProvince!.slice(3, 5)).toEqual([80000, 50000]);
  const flagged = rows('Đối chiếu').find((r) => r[1] === NGO_NAME && String(r[2]).includes('Huế'));
  expect(flagged, 'the NGO × Huế row in the reconciliation sheet').toBeDefined();
  expect(flagged!.slice(3, 8)).toEqual(['USD', 80000, 80000, 50000, 30000]);
  expect(String(flagged![8])).toContain('Vốn giải ngân');
  expect(String(flagged![9])).toContain('Sở Tài chính xác nhận');
});
