import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/access/policy';
import { createTestApp, fixedClock, NEW_PASSWORD, TEST_PASSWORD, type Session, type TestApp } from '../../test/test-app';
import { createUser } from '../accounts/users.service';
import { notification } from '../notifications/notifications.tables';
import { findUnitByCode } from '../units/units.service';
import { sendReportingReminders } from './reporting-reminders.service';
import { aidAggregate, reportAidLine } from './reporting.tables';

// NGO annual report 2027 (Decree 58/2022 Art. 21(5)): period 15/12/2026 – 14/12/2027, due 18/12/2027, a Saturday →
// Monday 20/12/2027 (Civil Code Art. 148(5)). The clock starts a month before.
const clock = fixedClock(new Date('2027-11-15T03:00:00Z'));
const at = (day: string) => clock.set(new Date(`${day}T03:00:00Z`));
let t: TestApp;
let officer: Session;
let mcwf: Session; // NGO-DEMO-002 (certificate extended to 2029)
let ndsa: Session; // NGO-DEMO-003
let ngoDemo: Session; // NGO-DEMO-001: certificate ends 14/04/2027, not obligated in 2027
let hue: Session;
let campaignId: string;
const obligationOf = new Map<string, string>();
const changed = new Set<string>();

/** Signs in (again: sessions idle out when the clock jumps). */
async function login(username: string) {
  const session = changed.has(username) ? await t.login(username, { password: NEW_PASSWORD }) : await t.login(username);
  changed.add(username);
  return session;
}

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, status = 200) {
  const res = await session.request(method, url, body as never);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

const line = (provinceCode: string, currency: string, committed: number, disbursed: number) => ({ provinceCode, currency, committed, disbursed });
const fullContent = (lines: ReturnType<typeof line>[]) => ({
  items: [{ kind: 'project', titleVi: 'Dự án nước sạch nông thôn', fieldCodes: ['water_sanitation'], vietnamesePartners: [{ name: 'Sở Nông nghiệp Cần Thơ', province: '92' }], lines, beneficiaries: { description: 'Hộ gia đình nông thôn', count: 1200 } }],
  staff: { foreign: 2, vietnamese: 14 },
  difficulties: 'Thủ tục phê duyệt kéo dài.',
  nextYearPlan: 'Mở rộng sang 2 xã.',
  contact: { name: 'Liam O’Connor', email: 'liam@example.org' },
});

beforeAll(async () => {
  t = await createTestApp({ clock });
  const ctx = { actor: { ...ANONYMOUS, username: 'system' }, requestId: 'test', ip: 'internal' };
  for (const [username, code] of [['ngo.mcwf', 'NGO-DEMO-002'], ['ngo.ndsa', 'NGO-DEMO-003']] as const) {
    const unit = await findUnitByCode(t.deps.db, code);
    await createUser(t.deps, ctx, { username, fullName: username, role: 'ngo_representative', unitId: unit!.id, email: `${username}@example.org` }, TEST_PASSWORD);
  }
  [officer, mcwf, ndsa, ngoDemo, hue] = (await Promise.all(['mofa.officer', 'ngo.mcwf', 'ngo.ndsa', 'ngo.demo', 'hue.focal'].map(login))) as [Session, Session, Session, Session, Session];
});
afterAll(async () => t?.close());

describe('campaigns', () => {
  it('proposes the period and the due day moved off the weekend (18/12/2027 → 20/12/2027)', async () => {
    const proposal = await ok(officer, 'GET', '/api/v1/report-campaigns/proposal?form=ngo_annual&year=2027');
    expect(proposal).toMatchObject({ periodFrom: '2026-12-15', periodTo: '2027-12-14', dueOn: '2027-12-20' });
  });

  it('creates obligations for NGOs with a certificate in force on the period end only, counting those without account', async () => {
    const created = await ok(officer, 'POST', '/api/v1/report-campaigns', { form: 'ngo_annual', reportingYear: 2027, obligated: 'ngos_with_valid_certificate' }, 201);
    campaignId = created.campaign.id;
    expect(created.campaign).toMatchObject({ dueOn: '2027-12-20', status: 'open' });
    expect(created.skippedWithoutAccount).toBeGreaterThan(0);
    const board = await ok(officer, 'GET', `/api/v1/report-campaigns/${campaignId}/obligations`);
    const codes = (board.items as { unit: { code: string }; obligationId: string }[]).map((i) => i.unit.code).sort();
    expect(codes).toEqual(['NGO-DEMO-002', 'NGO-DEMO-003', 'NGO-DEMO-005']);
    for (const i of board.items as { unit: { code: string }; obligationId: string }[]) obligationOf.set(i.unit.code, i.obligationId);
    expect(created.obligationsCreated).toBe(3);
    // A second campaign with the same code is refused; refreshing adds nobody new.
    expect((await officer.request('POST', '/api/v1/report-campaigns', { form: 'ngo_annual', reportingYear: 2027, obligated: 'ngos_with_valid_certificate' })).statusCode).toBe(409);
    expect((await ok(officer, 'POST', `/api/v1/report-campaigns/${campaignId}/refresh-obligations`)).obligationsCreated).toBe(0);
  });

  it('the demo data has the closed 2025 campaign (one late, one missing) and the 2026 one with an amended report', async () => {
    const items = (await ok(officer, 'GET', '/api/v1/report-campaigns')).items as { id: string; code: string; status: string; filed: number; titleEn: string }[];
    const y2025 = items.find((c) => c.code === 'ngo_annual-2025')!;
    const y2026 = items.find((c) => c.code === 'ngo_annual-2026')!;
    expect(y2025).toMatchObject({ status: 'closed', filed: 4 });
    expect(y2026).toMatchObject({ status: 'open', filed: 2, titleEn: 'Annual report 2026' });
    const board = await ok(officer, 'GET', `/api/v1/report-campaigns/${y2025.id}/obligations`);
    expect(board.counts).toMatchObject({ filed_on_time: 3, filed_late: 1, overdue: 1 });
    const amended = (await ok(officer, 'GET', `/api/v1/report-campaigns/${y2026.id}/obligations`)).items.find((i: { unit: { code: string } }) => i.unit.code === 'NGO-DEMO-002');
    expect(amended.versionCount).toBe(2);
  });

  it('an administrator changes the reporting calendar in the settings (audited); the proposal follows', async () => {
    const admin = await login('admin');
    const settings = await ok(admin, 'GET', '/api/v1/reporting/settings');
    expect(settings.calendar).toMatchObject({ periodStartMonthDay: '12-15', ngoDueMonthDay: '12-18', agencyDueMonthDay: '11-30', shiftToWorkingDay: true });
    expect(settings.usdRates.EUR).toBe(1.08);
    expect((await admin.request('PUT', '/api/v1/reporting/settings', { ...settings, calendar: { ...settings.calendar, ngoDueMonthDay: '12-40' } })).statusCode).toBe(400);
    await ok(admin, 'PUT', '/api/v1/reporting/settings', { ...settings, calendar: { ...settings.calendar, shiftToWorkingDay: false } });
    expect((await ok(officer, 'GET', '/api/v1/report-campaigns/proposal?form=ngo_annual&year=2027')).dueOn).toBe('2027-12-18');
    await ok(admin, 'PUT', '/api/v1/reporting/settings', settings);
    expect((await ok(officer, 'GET', '/api/v1/report-campaigns/proposal?form=ngo_annual&year=2027')).dueOn).toBe('2027-12-20');
    const audit = (await ok(admin, 'GET', '/api/v1/admin/audit?action=reporting.settings_update')).items as unknown[];
    expect(audit).toHaveLength(2);
  });

  it('an NGO cannot manage campaigns', async () => {
    expect((await mcwf.request('GET', '/api/v1/report-campaigns')).statusCode).toBe(403);
  });
});

describe('filing Form 05', () => {
  it('lists my open reports with the working days left', async () => {
    const mine = (await ok(mcwf, 'GET', '/api/v1/my/reports')).items as { obligationId: string; dueOn: string; status: string; workingDaysLeft: number }[];
    const report = mine.find((r) => r.obligationId === obligationOf.get('NGO-DEMO-002'))!;
    expect(report).toMatchObject({ dueOn: '2027-12-20', status: 'open' });
    expect(report.workingDaysLeft).toBeGreaterThan(20);
  });

  it('prefills the draft from the registry, saves partial drafts, refuses negative amounts', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    const draft = await ok(mcwf, 'POST', `/api/v1/reports/${id}/draft`, {});
    expect(draft.version).toBe(1);
    expect(draft.content.items[0].lines.map((l: { provinceCode: string }) => l.provinceCode).sort()).toEqual(['86', '91', '92', '96']);
    expect(draft.content.items[0].fieldCodes).toContain('water_sanitation');
    await ok(mcwf, 'PUT', `/api/v1/reports/${id}/draft`, { content: { items: [], difficulties: 'Đang soạn' } });
    const negative = await mcwf.request('PUT', `/api/v1/reports/${id}/draft`, { content: fullContent([line('92', 'USD', -5, 0)]) });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.fields[0].path).toBe('content.items.0.lines.0.committed');
  });

  it('blocks a submission with an unknown currency (422, per-field message) and keeps a province outside the areas as a warning', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    await ok(mcwf, 'PUT', `/api/v1/reports/${id}/draft`, { content: fullContent([line('92', 'XYZ', 100, 50)]) });
    const refused = await mcwf.request('POST', `/api/v1/reports/${id}/submit`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.fields).toEqual([expect.objectContaining({ path: 'content.items.0.lines.0.currency', code: 'unknown_currency' })]);
    // Two provinces, two currencies; Huế (46) is outside the certificate's areas; one line disburses more than committed.
    await ok(mcwf, 'PUT', `/api/v1/reports/${id}/draft`, { content: fullContent([line('92', 'USD', 100000, 60000), line('46', 'EUR', 20000, 25000)]) });
    const [first, second] = await Promise.all([mcwf.request('POST', `/api/v1/reports/${id}/submit`, {}), mcwf.request('POST', `/api/v1/reports/${id}/submit`, {})]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const submitted = (first.statusCode === 200 ? first : second).json();
    expect(submitted.warnings.map((w: { code: string }) => w.code).sort()).toEqual(['disbursed_above_committed', 'province_outside_areas']);
    expect(submitted.version).toMatchObject({ version: 1, status: 'submitted', late: false, submittedOn: '2027-11-15' });
    const view = await ok(mcwf, 'GET', `/api/v1/reports/${id}`);
    expect(view.versions).toHaveLength(1);
    expect(view.current.warnings).toHaveLength(2);
    expect(view.report).toMatchObject({ status: 'filed_on_time', firstSubmittedOn: '2027-11-15', currentVersion: 1 });
  });

  it('a submitted version is immutable: PUT after submit is 409', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    const res = await mcwf.request('PUT', `/api/v1/reports/${id}/draft`, { content: fullContent([]) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('no_draft');
  });

  it('an amendment needs a reason, makes version 2 and replaces the current aid lines; the aggregate equals the current lines', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    at('2027-11-22');
    mcwf = await login('ngo.mcwf');
    const amendment = await ok(mcwf, 'POST', `/api/v1/reports/${id}/draft`, {});
    expect(amendment.version).toBe(2);
    expect(amendment.content.items[0].lines).toHaveLength(2);
    await ok(mcwf, 'PUT', `/api/v1/reports/${id}/draft`, { content: fullContent([line('92', 'USD', 100000, 70000), line('86', 'USD', 30000, 10000)]) });
    expect((await mcwf.request('POST', `/api/v1/reports/${id}/submit`, {})).statusCode).toBe(400);
    const done = await ok(mcwf, 'POST', `/api/v1/reports/${id}/submit`, { amendmentReason: 'Sửa số giải ngân tại Cần Thơ' });
    expect(done.version).toMatchObject({ version: 2, amendmentReason: 'Sửa số giải ngân tại Cần Thơ' });
    const view = await ok(mcwf, 'GET', `/api/v1/reports/${id}`);
    expect(view.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'submitted'], [1, 'superseded']]);
    expect(view.report.firstSubmittedOn).toBe('2027-11-15');

    const lines = await t.deps.db.select().from(reportAidLine).where(eq(reportAidLine.campaignId, campaignId));
    expect(lines.filter((l) => l.current).map((l) => [l.provinceCode, l.currency, l.committed])).toEqual(expect.arrayContaining([['92', 'USD', 100000], ['86', 'USD', 30000]]));
    expect(lines.filter((l) => !l.current)).toHaveLength(2);
    expect(lines.find((l) => l.currency === 'USD' && l.provinceCode === '86')!.committedUsd).toBe(30000);
    const [aggregate] = await t.deps.db
      .select({ committed: sql<number>`sum(${aidAggregate.committed})::float`, disbursed: sql<number>`sum(${aidAggregate.disbursed})::float` })
      .from(aidAggregate)
      .where(eq(aidAggregate.reportingYear, 2027));
    expect(aggregate).toEqual({ committed: 130000, disbursed: 80000 });
    const [eur] = await t.deps.db.select().from(aidAggregate).where(and(eq(aidAggregate.reportingYear, 2027), eq(aidAggregate.currency, 'EUR')));
    expect(eur?.committed ?? 0).toBe(0);
  });

  it('another NGO cannot read or submit the report (403, audited); a province reads NGOs working in it', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    ngoDemo = await login('ngo.demo');
    expect((await ngoDemo.request('GET', `/api/v1/reports/${id}`)).statusCode).toBe(403);
    expect((await ngoDemo.request('POST', `/api/v1/reports/${id}/submit`, {})).statusCode).toBe(403);
    const admin = await login('admin');
    const audit = (await ok(admin, 'GET', `/api/v1/admin/audit?action=reporting.access_denied&entityId=${id}`)).items as { actorUsername: string }[];
    expect(audit.map((a) => a.actorUsername)).toEqual(['ngo.demo', 'ngo.demo']);
    // Huế (46) is not among NGO-DEMO-002's areas; NGO-DEMO-003 works in Huế.
    hue = await login('hue.focal');
    expect((await hue.request('GET', `/api/v1/reports/${id}`)).statusCode).toBe(403);
    const ndsaReport = await ok(hue, 'GET', `/api/v1/reports/${obligationOf.get('NGO-DEMO-003')}`);
    expect(ndsaReport.draft).toBeNull();
    officer = await login('mofa.officer');
    expect((await ok(officer, 'GET', `/api/v1/reports/${id}`)).current.version).toBe(2);
  });

  it('exports a submitted version as XLSX and DOCX for its readers only (403 for another NGO, audited)', async () => {
    const id = obligationOf.get('NGO-DEMO-002')!;
    const view = await ok(officer, 'GET', `/api/v1/reports/${id}`);
    const url = (format: string) => `/api/v1/reports/${id}/versions/${view.current.id}/export?format=${format}`;
    const xlsx = await officer.request('GET', url('xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/-v2\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = (workbook.getWorksheet('Số liệu viện trợ')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows).toEqual(expect.arrayContaining([expect.arrayContaining(['92', 'USD', 100000, 70000])]));
    const docx = await officer.request('GET', url('docx'));
    expect(docx.statusCode).toBe(200);
    const documentXml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('BÁO CÁO ĐỊNH KỲ');
    expect(documentXml).toContain('Sửa số giải ngân tại Cần Thơ');
    expect((await ngoDemo.request('GET', url('xlsx'))).statusCode).toBe(403);
    const admin = await login('admin');
    const audit = (await ok(admin, 'GET', `/api/v1/admin/audit?action=reporting.export&entityId=${view.current.id}`)).items as { actorUsername: string }[];
    expect(audit.map((a) => a.actorUsername)).toEqual(['mofa.officer', 'mofa.officer']);
  });
});

describe('reminders, lateness and the status board across 18/12/2027', () => {
  const mine = async () => {
    const rows = await t.deps.db.select().from(notification).where(sql`${notification.dedupeKey} like ${`reporting:%:2027-12-20:%`}`);
    return rows.map((r) => r.dedupeKey);
  };
  const run = async () => (await sendReportingReminders(t.deps)).sent.filter((s) => [...obligationOf.values()].includes(s.obligationId));

  it('sends each reminder once, even after a restart, and none to the NGO that filed', async () => {
    at('2027-12-15'); // T-3 working days
    const first = await run();
    expect(first.map((s) => s.offset)).toEqual([-3, -3]);
    expect(first.map((s) => s.obligationId)).not.toContain(obligationOf.get('NGO-DEMO-002'));
    expect(await run()).toEqual([]);
    at('2027-12-18'); // Saturday: nothing new
    expect(await run()).toEqual([]);
    at('2027-12-20'); // due day (Monday)
    expect((await run()).map((s) => s.offset)).toEqual([0, 0]);
    // A restart: a fresh service run over the same database sends nothing twice.
    expect((await sendReportingReminders({ db: t.deps.db, clock: fixedClock(new Date('2027-12-20T10:00:00Z')) })).sent.filter((s) => [...obligationOf.values()].includes(s.obligationId))).toEqual([]);
    const keys = await mine();
    expect(new Set(keys).size).toBe(2); // NGO-DEMO-003's report × (T-3, due day); NGO-DEMO-005 has no account user
  });

  it('files one report late, then the board shows on time / late / overdue and filters in SQL', async () => {
    at('2027-12-21');
    ndsa = await login('ngo.ndsa');
    const id = obligationOf.get('NGO-DEMO-003')!;
    await ok(ndsa, 'POST', `/api/v1/reports/${id}/draft`, {});
    await ok(ndsa, 'PUT', `/api/v1/reports/${id}/draft`, { content: { ...fullContent([line('01', 'EUR', 5000, 5000)]), items: [{ ...fullContent([]).items[0], fieldCodes: ['disability'], lines: [line('01', 'EUR', 5000, 5000)] }] } });
    const late = await ok(ndsa, 'POST', `/api/v1/reports/${id}/submit`, {});
    expect(late.version.late).toBe(true);
    at('2027-12-22'); // T+2: the overdue reminder goes to the NGO and to MOFA
    expect((await run()).map((s) => s.offset)).toEqual([2]);
    officer = await login('mofa.officer');
    const board = await ok(officer, 'GET', `/api/v1/report-campaigns/${campaignId}/obligations`);
    expect(board.counts).toEqual({ filed_on_time: 1, filed_late: 1, open: 0, due_soon: 0, overdue: 1 });
    const overdue = await ok(officer, 'GET', `/api/v1/report-campaigns/${campaignId}/obligations?status=overdue`);
    expect(overdue.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual(['NGO-DEMO-005']);
    expect(overdue.total).toBe(1);
    const paged = await ok(officer, 'GET', `/api/v1/report-campaigns/${campaignId}/obligations?page=2&pageSize=2`);
    expect(paged.items).toHaveLength(1);
    const amended = (board.items as { unit: { code: string }; versionCount: number }[]).find((i) => i.unit.code === 'NGO-DEMO-002')!;
    expect(amended.versionCount).toBe(2);
  });

  it('an extension moves one party’s due day (audited); the registry profile shows reporting overdue', async () => {
    const id = obligationOf.get('NGO-DEMO-005')!;
    const org = (await ok(officer, 'GET', `/api/v1/report-campaigns/${campaignId}/obligations?status=overdue`)).items[0].organization.id;
    // The demo campaigns may leave other reports of this NGO overdue: compare before and after.
    const before = (await ok(officer, 'GET', `/api/v1/organizations/${org}`)).reporting;
    expect(before).toMatchObject({ upToDate: false });
    await ok(officer, 'POST', `/api/v1/report-campaigns/${campaignId}/obligations/${id}/extend`, { dueOn: '2028-01-10', reason: 'Văn phòng tạm đóng cửa' });
    expect((await ok(officer, 'GET', `/api/v1/organizations/${org}`)).reporting.overdue).toBe(before.overdue - 1);
    expect((await officer.request('POST', `/api/v1/report-campaigns/${campaignId}/obligations/${id}/extend`, { dueOn: '2028-01-01', reason: 'Sớm hơn' })).statusCode).toBe(400);
    const admin = await login('admin');
    const audit = (await ok(admin, 'GET', `/api/v1/admin/audit?action=reporting.due_extend&entityId=${id}`)).items as { after: { reason: string } }[];
    expect(audit[0]!.after.reason).toBe('Văn phòng tạm đóng cửa');
    const closed = await ok(officer, 'POST', `/api/v1/report-campaigns/${campaignId}/close`);
    expect(closed.status).toBe('closed');
    expect((await officer.request('POST', `/api/v1/report-campaigns/${campaignId}/close`)).statusCode).toBe(409);
  });
});
