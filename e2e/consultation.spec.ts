import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { setServerClock, vnDay } from './support/dev-clock';
import { signInAgain, signInAs, snap } from './support/session';
import { choose, SAVED } from './support/forms';

// The inter-agency consultation (Decree 58/2022 Art. 11(2)): MOFA sends the requests for opinion to the proposed
// agencies; Huế's focal unit forwards an internal request to the city police, which answers; Huế consolidates and
// replies "agree with conditions" on time; closing now is refused (other agencies are still within their period);
// the server clock moves 21 days on (DEV_CLOCK, past every 10-working-day deadline) and the Ministry of Public
// Security replies LATE; the officer reads the matrix (Huế on time, the police late, finance missing) and closes
// the step, which needs no reason any more: the dossier moves on to appraisal.

/** Days the server clock moves on before the police replies: past a 10-working-day deadline outside Tết. */
const LATE_BY_DAYS = 21;

// Whatever happens in the test, the server clock goes back to real time for the other specs.
test.afterAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await setServerClock(request, 0);
  await request.dispose();
});

/** A small valid PDF (the server recognises PDF by its first bytes). */
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n1 0 obj <<>> endobj\n% ${name}\ntrailer <<>>\n%%EOF\n`) });

/** A shared demo account signed in in its own browser context. */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, username);
  return page;
}

/** Calls the API with the page's session (cookie) and its CSRF token; fails the test on a non-2xx answer. */
async function call(request: APIRequestContext, method: 'get' | 'post', url: string, options: { data?: unknown; multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> } = {}) {
  const me = (await (await request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  const res = await request[method](url, { ...options, headers: { 'x-csrf-token': me.csrfToken } } as never);
  expect(res.ok(), `${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json() as Promise<Record<string, unknown>>;
}

/**
 * Clicks a dialog's OK button until the dialog closes (on a loaded machine a click during the opening animation can
 * be lost).
 */
async function confirm(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await expect(button).toBeVisible();
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 });
    await expect(button).toBeHidden({ timeout: 3_000 });
  }).toPass(SAVED);
}

/** Sends the reply form after the confirmation dialog and waits for the sent version to show. */
async function sendReply(page: Page, version: number): Promise<void> {
  await page.getByTestId('reply-send').click();
  await confirm(page, 'reply-send-confirm');
  await expect(page.getByTestId(`reply-${version}`)).toHaveAttribute('data-status', 'sent', SAVED);
  await expect(page.getByTestId('reply-amend')).toBeVisible();
}

test('MOFA consults the agencies, Huế forwards to its police and consolidates, the matrix shows the replies, the step closes', async ({ browser }) => {
  test.setTimeout(300_000);

  // 0. An NGO files a complete dossier through the API (health, in Huế and Hà Nội); the officer accepts it.
  const ngo = await signedIn(browser, 'ngo.demo');
  const created = await call(ngo.request, 'post', '/api/v1/my/dossiers', {
    data: {
      procedure: 'operation.issue',
      application: {
        nameOriginal: 'Leipzig Gesundheitshilfe e.V.',
        nameEn: 'Leipzig Health Aid',
        nameVi: 'Tổ chức Hỗ trợ Y tế Leipzig',
        countryCode: 'DE',
        legalForm: 'non_profit',
        homeRegistrationExpiresOn: '2040-12-31',
        hqAddress: 'Marktplatz 1, 04109 Leipzig',
        email: 'office@leipzig-health.example.org',
        purposes: 'Hỗ trợ y tế cơ sở cho trẻ em.',
        provinceCodes: ['46', '01'],
        fieldCodes: ['health'],
        representative: { fullName: 'Jonas Weber', nationality: 'DE', dateOfBirth: '1978-05-06', passportNumber: 'C4K7P2Z91', passportExpiresOn: '2032-01-01' },
        plan: 'Dự án chăm sóc sức khỏe trẻ em 2026–2029 tại Huế và Hà Nội.',
      },
    },
  });
  const dossierId = created.id as string;
  const code = created.code as string;
  const components = (created.components as { code: string; required: boolean }[]).filter((c) => c.required);
  for (const c of components) {
    await call(ngo.request, 'post', `/api/v1/dossiers/${dossierId}/documents`, { multipart: { componentCode: c.code, legalised: 'true', certifiedTranslation: 'true', file: pdf(`${c.code}.pdf`) } });
  }
  await call(ngo.request, 'post', `/api/v1/dossiers/${dossierId}/actions`, { data: { action: 'submit' } });
  const officer = await signedIn(browser, 'mofa.officer');
  await call(officer.request, 'post', `/api/v1/dossiers/${dossierId}/actions`, { data: { action: 'accept' } });

  // 1. The officer sees the proposal: police, finance, the health ministry and both provinces, each with why.
  await officer.goto(`/dossiers/${dossierId}`);
  const proposal = officer.getByTestId('consultation-proposal');
  await expect(proposal).toBeVisible(SAVED);
  await expect(officer.getByTestId('action-send_for_consultation')).toHaveCount(0);
  for (const unit of ['MPS', 'MOF', 'MOH', 'PROV-46', 'PROV-01']) await expect(officer.getByTestId(`proposed-${unit}`)).toBeVisible();
  await expect(officer.getByTestId('proposed-MPS')).toContainText('Bộ Công an');
  await expect(officer.getByTestId('proposed-MOF')).toContainText('Bộ Tài chính');
  await expect(officer.getByTestId('proposed-MOH')).toContainText('Quản lý lĩnh vực');
  await expect(officer.getByTestId('proposed-PROV-46')).toContainText('Tỉnh thuộc địa bàn hoạt động');
  // Unticking one makes the reason required; ticked again, it is not.
  await officer.getByTestId('proposed-MOF').click();
  await expect(officer.getByTestId('consultation-adjustReason')).toBeVisible();
  await officer.getByTestId('proposed-MOF').click();
  await expect(officer.getByTestId('consultation-adjustReason')).toHaveCount(0);
  await snap(officer, 'consultation-01-proposal');
  await officer.getByTestId('consultation-send').click();
  await confirm(officer, 'consultation-send-confirm');
  await expect(officer.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'in_consultation', SAVED);
  await expect(officer.getByTestId('matrix-PROV-46')).toBeVisible(SAVED);
  const matrix = (await call(officer.request, 'get', `/api/v1/dossiers/${dossierId}/consultation`)) as { rows: { request: { unit: { code: string }; dueOn: string } }[] };
  const dueOn = matrix.rows.find((r) => r.request.unit.code === 'PROV-46')!.request.dueOn.split('-').reverse().join('/');
  const policeDueOn = matrix.rows.find((r) => r.request.unit.code === 'MPS')!.request.dueOn;
  await snap(officer, 'consultation-02-sent');

  // 2. Huế's focal unit sees the request with its deadline (10 working days) and forwards it to the city police.
  const hue = await signedIn(browser, 'hue.focal');
  await hue.getByTestId('nav-consultations').click();
  await expect(hue).toHaveURL(/\/consultations$/);
  const hueRow = hue.getByTestId(`inbox-row-${code}`);
  await expect(hueRow.getByTestId('inbox-due')).toHaveText(dueOn, SAVED);
  await expect(hueRow.getByTestId('countdown')).toHaveAttribute('data-countdown', 'left');
  await expect(hueRow.getByTestId('countdown')).toHaveAttribute('data-days', '10');
  await snap(hue, 'consultation-03-inbox');
  await hueRow.getByTestId('inbox-link').click();
  await expect(hue.getByTestId('request-due')).toHaveText(dueOn, SAVED);
  await expect(hue.getByTestId('request-dossier')).toContainText('Jonas Weber');
  await expect(hue.getByTestId('request-document').first()).toBeVisible();
  const hueUrl = hue.url();
  await hue.getByTestId('forward-open').click();
  await choose(hue, 'forward-unit', 'Công an thành phố Huế');
  await hue.getByTestId('forward-note').fill('Đề nghị Công an thành phố cho ý kiến về người đại diện.');
  await snap(hue, 'consultation-04-forward');
  await hue.getByTestId('forward-submit').click();
  await expect(hue.getByTestId('forward-unit')).toHaveCount(0, SAVED);
  await expect(hue.getByTestId('sub-PROV-46-CA')).toBeVisible(SAVED);

  // 3. The city police answers its sub-request.
  const huePolice = await signedIn(browser, 'hue.police');
  await huePolice.getByTestId('nav-consultations').click();
  await huePolice.getByTestId(`inbox-row-${code}`).getByTestId('inbox-link').click();
  await expect(huePolice.getByTestId('reply-form')).toBeVisible(SAVED);
  await huePolice.getByTestId('reply-position-agree').click();
  await huePolice.getByTestId('reply-signerName').fill('Võ Thị Thanh');
  await huePolice.getByTestId('reply-signerTitle').fill('Phó Giám đốc');
  await sendReply(huePolice, 1);
  await snap(huePolice, 'consultation-05-department-replied');

  // 4. Huế sees the police's answer and replies "agree with conditions": the server asks for a condition first.
  await hue.goto(hueUrl);
  await expect(hue.getByTestId('sub-PROV-46-CA').getByTestId('position')).toHaveAttribute('data-position', 'agree', SAVED);
  await hue.getByTestId('reply-position-agree_with_conditions').click();
  await hue.getByTestId('reply-signerName').fill('Hoàng Đức Anh');
  await hue.getByTestId('reply-signerTitle').fill('Giám đốc Sở Ngoại vụ');
  await hue.getByTestId('reply-send').click();
  await confirm(hue, 'reply-send-confirm');
  await expect(hue.getByTestId('reply-form')).toContainText('Nêu ít nhất một điều kiện.', SAVED);
  await snap(hue, 'consultation-06-condition-required');
  await hue.getByTestId('reply-item-add').click();
  await hue.getByTestId('reply-item-0').fill('Báo cáo kế hoạch hoạt động tại Huế trước khi triển khai.');
  await sendReply(hue, 1);
  await expect(hue.getByTestId('reply-1')).toContainText('Báo cáo kế hoạch hoạt động tại Huế');
  await snap(hue, 'consultation-07-province-replied');

  // 5. Before any deadline has passed, closing without a reason is refused: the police and others are still within
  //    their period. (The police signs in now, before the clock moves, so no failed login is dated in the future.)
  const police = await signedIn(browser, 'police.focal');
  await officer.reload();
  const hueMatrix = officer.getByTestId('matrix-PROV-46');
  await expect(hueMatrix.getByTestId('position')).toHaveAttribute('data-position', 'agree_with_conditions', SAVED);
  await expect(hueMatrix.getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'on_time');
  await expect(officer.getByTestId('matrix-MPS').getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'pending');
  await officer.getByTestId('action-close_consultation').click();
  await officer.getByTestId('action-confirm').click();
  await expect(officer.getByTestId('action-error')).toContainText('Chưa hết hạn trả lời của', SAVED);
  await expect(officer.getByTestId('action-error')).toContainText('Bộ Công an');
  await expect(officer.getByTestId('action-error')).toContainText('Bộ Tài chính');
  await snap(officer, 'consultation-08-close-refused');

  // 6. The server clock moves 21 days on, past the police's due day; every session idles out.
  const moved = await setServerClock(officer.request, LATE_BY_DAYS);
  expect(vnDay(moved.now) > policeDueOn, `server day ${vnDay(moved.now)} should be after the police's due day ${policeDueOn} (a Tết holiday in between?)`).toBe(true);

  // 7. The Ministry of Public Security replies late: its inbox shows the request overdue, the sent reply is marked late.
  await signInAgain(police, 'police.focal');
  await police.goto('/consultations');
  const policeRow = police.getByTestId(`inbox-row-${code}`);
  await expect(policeRow.getByTestId('countdown')).toHaveAttribute('data-countdown', 'overdue', SAVED);
  await policeRow.getByTestId('inbox-link').click();
  await expect(police.getByTestId('request-due')).toHaveText(policeDueOn.split('-').reverse().join('/'), SAVED);
  await police.getByTestId('reply-position-agree').click();
  await police.getByTestId('reply-signerName').fill('Lê Quang Huy');
  await sendReply(police, 1);
  await expect(police.getByTestId('reply-1')).toContainText('Gửi quá hạn');
  await snap(police, 'consultation-09-police-replied-late');

  // 8. The officer signs in again and reads the matrix: Huế agreed with conditions on time, the police agreed late,
  //    finance never answered (missing).
  await signInAgain(officer, 'mofa.officer');
  await officer.goto(`/dossiers/${dossierId}`);
  await expect(hueMatrix.getByTestId('position')).toHaveAttribute('data-position', 'agree_with_conditions', SAVED);
  await expect(hueMatrix.getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'on_time');
  await expect(hueMatrix.getByTestId('timeliness')).toHaveText('Trả lời đúng hạn');
  await expect(hueMatrix.getByTestId('matrix-item')).toContainText('Báo cáo kế hoạch hoạt động');
  const policeMatrix = officer.getByTestId('matrix-MPS');
  await expect(policeMatrix.getByTestId('position')).toHaveAttribute('data-position', 'agree');
  await expect(policeMatrix.getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'late');
  await expect(policeMatrix.getByTestId('timeliness')).toHaveText('Trả lời quá hạn');
  await expect(officer.getByTestId('matrix-MOF').getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'missing');
  await snap(officer, 'consultation-10-matrix');
  await officer.getByTestId('language-en').click();
  await expect(hueMatrix.getByTestId('position')).toHaveText('Agree with conditions');
  await expect(policeMatrix.getByTestId('timeliness')).toHaveText('Answered late');
  await expect(hueMatrix.getByTestId('timeliness')).toHaveText('Answered on time');
  await snap(officer, 'consultation-11-matrix-en');
  await officer.getByTestId('language-vi').click();

  // 9. Every agency has answered or is past its due day: the step closes without a reason and the dossier moves on.
  await officer.getByTestId('action-close_consultation').click();
  await officer.getByTestId('action-confirm').click();
  await expect(officer.getByTestId('dossier-summary').getByTestId('dossier-status')).toHaveAttribute('data-status', 'appraisal', SAVED);
  await expect(officer.getByTestId('matrix-MPS').getByTestId('timeliness')).toHaveAttribute('data-timeliness', 'late');

  // 10. Huế's own statistics: one request received, answered on time.
  await signInAgain(hue, 'hue.focal');
  await hue.goto('/consultations');
  await hue.getByTestId('tab-statistics').click();
  await expect(hue.getByTestId('stats-PROV-46')).toBeVisible(SAVED);
  await snap(hue, 'consultation-12-statistics');

  // 11. Back to real time for the other specs (afterAll does it too, should a step above fail).
  await setServerClock(officer.request, 0);
});
