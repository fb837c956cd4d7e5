import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../accounts/accounts.tables';
import { certificate, certificateArea } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { orgUnit } from '../units/units.tables';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { replaceCurrentAidLines, type AidLineInput } from './aid-lines.repo';
import { provinceAnnualReportForm } from './agency-report.form';
import type { AgencyReportContent } from './agency-report.schemas';
import { reportFormHandler, type FormContext } from './report-forms';
import { reportCampaign, reportObligation, reportVersion, type ReportForm } from './reporting.tables';

// A year without demo reports, so the sums are the fixtures' only.
const YEAR = 2031;
let t: TestApp;
let mofa: Session;
let hue: Session;
let orgA: string;
let orgB: string;
let hueUnitId: string;
let ctx: FormContext;

async function userId(username: string) {
  const [u] = await t.deps.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  return u!.id;
}

/** A campaign + obligation + submitted version of `unitId`, with its aid lines made current. */
async function file(form: ReportForm, unitId: string, source: 'ngo' | 'agency', lines: AidLineInput[]) {
  const db = t.deps.db;
  const [mofaUnit] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'MOFA'));
  const [campaign] = await db
    .insert(reportCampaign)
    .values({ code: `T-${form}-${Math.random().toString(36).slice(2, 8)}`, form, titleVi: 'Thử', titleEn: 'Test', reportingYear: YEAR, periodFrom: '2025-12-15', periodTo: '2026-12-14', dueOn: form === 'ngo_annual' ? '2026-12-18' : '2026-11-30', obligated: 'listed_units', ownerUnitId: mofaUnit!.id, createdBy: await userId('admin') })
    .returning();
  const [obligation] = await db.insert(reportObligation).values({ campaignId: campaign!.id, unitId, dueOn: campaign!.dueOn }).returning();
  const [version] = await db.insert(reportVersion).values({ obligationId: obligation!.id, version: 1, status: 'submitted', preparedBy: await userId('admin') }).returning();
  await replaceCurrentAidLines(db, { versionId: version!.id, campaignId: campaign!.id, reportingYear: YEAR, source, reporterUnitId: unitId }, lines);
  return { campaign: campaign!, obligation: obligation! };
}

const line = (organizationId: string, provinceCode: string, committed: number, disbursed: number, extra: Partial<AidLineInput> = {}): AidLineInput => ({
  organizationId,
  countryCode: 'DE',
  provinceCode,
  fieldCode: 'education',
  aidKind: 'project',
  currency: 'USD',
  committed,
  disbursed,
  committedUsd: committed,
  disbursedUsd: disbursed,
  ...extra,
});

async function ngoUnit(code: string) {
  const [u] = await t.deps.db.insert(orgUnit).values({ code, kind: 'ngo', nameVi: code, nameEn: code }).returning();
  return u!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.deps.db;
  // Two NGOs whose current certificate covers Huế (46).
  const inHue = await db
    .select({ id: organization.id })
    .from(organization)
    .innerJoin(certificate, eq(certificate.id, organization.currentCertificateId))
    .innerJoin(certificateArea, and(eq(certificateArea.certificateId, certificate.id), eq(certificateArea.provinceCode, '46')))
    .where(eq(certificate.decisionStatus, 'in_force'))
    .orderBy(sql`${organization.registryCode}`);
  expect(inHue.length).toBeGreaterThanOrEqual(3);
  orgA = inHue[0]!.id;
  orgB = inHue[1]!.id;
  await file('ngo_annual', await ngoUnit('T-NGO-A'), 'ngo', [line(orgA, '46', 100_000, 80_000), line(orgA, '01', 999_999, 1)]);
  await file('ngo_annual', await ngoUnit('T-NGO-B'), 'ngo', [line(orgB, '46', 50_000, 30_000), line(orgB, '46', 20_000, 10_000, { fieldCode: 'health', aidKind: 'non_project' })]);
  const [hueUnit] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'PROV-46'));
  hueUnitId = hueUnit!.id;
  const [mofaUnit] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'MOFA'));
  const [campaign] = await db
    .insert(reportCampaign)
    .values({ code: 'T-PROV', form: 'province_annual', titleVi: 'Báo cáo tỉnh', titleEn: 'Province report', reportingYear: YEAR, periodFrom: '2025-12-15', periodTo: '2026-12-14', dueOn: '2026-11-30', obligated: 'provinces', ownerUnitId: mofaUnit!.id, createdBy: await userId('admin') })
    .returning();
  const [obligation] = await db.insert(reportObligation).values({ campaignId: campaign!.id, unitId: hueUnitId, dueOn: '2026-11-30' }).returning();
  ctx = { campaign: campaign!, obligation: obligation!, today: '2026-11-20' };
  mofa = await t.login('mofa.officer');
  hue = await t.login('hue.focal');
});
afterAll(async () => t?.close());

describe('agency / province annual report form', () => {
  let content: AgencyReportContent;

  it('is registered for agency_annual and province_annual', () => {
    expect(reportFormHandler('province_annual')).toBe(provinceAnnualReportForm);
    expect(reportFormHandler('agency_annual').form).toBe('agency_annual');
  });

  it('prefills the NGO lines of the province summed per NGO, and registry NGOs that filed nothing with zero and a note', async () => {
    content = await provinceAnnualReportForm.prefill(t.deps.db, ctx);
    const a = content.ngoActivity.find((r) => r.organizationId === orgA)!;
    const b = content.ngoActivity.find((r) => r.organizationId === orgB)!;
    expect(a).toMatchObject({ provinceCode: '46', currency: 'USD', committed: 100_000, disbursed: 80_000, projects: 1, adjusted: false, ngoReported: { committed: 100_000, disbursed: 80_000 } });
    expect(b).toMatchObject({ committed: 70_000, disbursed: 40_000, projects: 1 });
    expect(content.ngoActivity.filter((r) => r.organizationId === orgA)).toHaveLength(1); // the line in Hà Nội is not Huế's
    const silent = content.ngoActivity.filter((r) => r.note === 'no_report');
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.every((r) => r.committed === 0 && r.provinceCode === '46')).toBe(true);
    expect(content.totals.find((x) => x.currency === 'USD')).toMatchObject({ committed: 170_000, disbursed: 120_000 });
    expect(content.taskStatus.map((x) => x.code)).toEqual(expect.arrayContaining(['6.1', '6.2', 'H1']));
  });

  it('refuses an adjusted figure without an explanation (vi/en), accepts it with one', async () => {
    const rows = content.ngoActivity.map((r) => (r.organizationId === orgB ? { ...r, committed: 60_000, adjusted: true } : r));
    const issues = await provinceAnnualReportForm.check(t.deps.db, ctx, { ...content, ngoActivity: rows });
    const error = issues.find((i) => i.code === 'explanation_required')!;
    expect(error.severity).toBe('error');
    expect(error.messageVi).toContain('lý do');
    expect(error.messageEn).toContain('explain');
    const explained = rows.map((r) => (r.organizationId === orgB ? { ...r, explanation: 'Một dự án chưa được phê duyệt' } : r));
    const after = await provinceAnnualReportForm.check(t.deps.db, ctx, { ...content, ngoActivity: explained, assessment: 'Tốt' });
    expect(after.filter((i) => i.severity === 'error')).toEqual([]);
    content = { ...content, ngoActivity: explained };
  });

  it('gives one agency aid line per NGO row (zero rows of NGOs that filed nothing left out)', async () => {
    const lines = await provinceAnnualReportForm.aidLines(t.deps.db, ctx, content);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.organizationId === orgB)).toMatchObject({ provinceCode: '46', currency: 'USD', committed: 60_000, disbursed: 40_000, explanation: 'Một dự án chưa được phê duyệt' });
    await file('province_annual', hueUnitId, 'agency', lines);
  });
});

describe('consolidation and reconciliation', () => {
  it('sums the NGO lines by province, field, country and year', async () => {
    const res = await mofa.request('GET', `/api/v1/reporting/consolidation?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.byProvince.find((r: { key: string }) => r.key === '46')).toMatchObject({ currency: 'USD', committed: 170_000, disbursed: 120_000, lines: 3 });
    expect(body.byProvince.find((r: { key: string }) => r.key === '01')).toMatchObject({ committed: 999_999 });
    expect(body.byField.find((r: { key: string }) => r.key === 'health')).toMatchObject({ committed: 20_000 });
    expect(body.byYear).toEqual([expect.objectContaining({ key: String(YEAR), committed: 1_169_999 })]);
  });

  it('scopes a province to its own figures and refuses anonymous callers', async () => {
    const body = (await hue.request('GET', `/api/v1/reporting/consolidation?year=${YEAR}`)).json();
    expect(body.byProvince.map((r: { key: string }) => r.key)).toEqual(['46']);
    expect((await t.anonymous('GET', '/api/v1/reporting/consolidation')).statusCode).toBe(401);
  });

  it('flags the adjusted figure with the province explanation and not the untouched one', async () => {
    const res = await mofa.request('GET', `/api/v1/reporting/reconciliation?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as { organizationId: string; flags: string[]; ngoCommitted: number; agencyCommitted: number; explanation: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organizationId: orgB, flags: ['committed'], ngoCommitted: 70_000, agencyCommitted: 60_000, explanation: 'Một dự án chưa được phê duyệt' });
    const all = (await mofa.request('GET', `/api/v1/reporting/reconciliation?year=${YEAR}&all=true`)).json();
    expect(all.rows.find((r: { organizationId: string }) => r.organizationId === orgA).flags).toEqual([]);
  });

  it('downloads an XLSX with Vietnamese headers and numbers as numbers', async () => {
    const res = await mofa.request('GET', `/api/v1/reporting/consolidation/export?year=${YEAR}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo tỉnh, thành phố', 'Theo lĩnh vực', 'Theo quốc gia', 'Theo năm', 'Đối chiếu']);
    const sheet = workbook.getWorksheet('Theo tỉnh, thành phố')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'STT', 'Tỉnh, thành phố', 'Loại tiền', 'Vốn cam kết', 'Vốn giải ngân', 'Cam kết quy đổi (USD)', 'Giải ngân quy đổi (USD)', 'Số dòng số liệu']);
    const hueRow = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => String(r.getCell(2).value).includes('(46)'))!;
    expect(hueRow.getCell(4).value).toBe(170_000);
    const flags = workbook.getWorksheet('Đối chiếu')!;
    expect(flags.getRow(3).getCell(6).value).toBe(60_000);
  });

  it('downloads a DOCX summary in Vietnamese', async () => {
    const res = await mofa.request('GET', `/api/v1/reporting/consolidation/export?year=${YEAR}&format=docx`);
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO TỔNG HỢP', 'ĐỐI CHIẾU SỐ LIỆU', 'Một dự án chưa được phê duyệt']) expect(text).toContain(expected);
  });
});
