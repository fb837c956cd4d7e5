import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVnDate } from '../../../common/dates';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';
import { buildExportCsv, EXPORT_COLUMNS, type ExportRow } from './registry-export.writer';
import { exportOrganizations } from './registry-export.service';

let t: TestApp;
let mofa: Session;
let hue: Session;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date('2026-11-23T03:00:00Z')) });
  mofa = await t.login('mofa.officer');
  hue = await t.login('hue.focal');
});
afterAll(async () => t?.close());

const MOFA_ACTOR = { userId: null, username: 'mofa.officer', role: 'mofa_officer', unitId: null, unitKind: 'mofa', provinceCode: null, mustChangePassword: false } as const;
type Item = { registryCode: string; nameEn: string; certificate: { number: string; validTo: string } | null };
const search = async (session: Session, query: string): Promise<Item[]> => {
  const res = await session.request('GET', `/api/v1/organizations?${query}&limit=100`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const xlsxRows = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
  return { sheet, header: rows[0], data: rows.slice(1) };
};
const csvRows = (payload: Buffer) => parse(payload.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];

describe('GET /api/v1/organizations/export', () => {
  it('exports exactly the filtered search to XLSX: Vietnamese frozen header, autofilter, real dates shown dd/mm/yyyy', async () => {
    const expected = await search(mofa, 'province=46');
    const res = await mofa.request('GET', '/api/v1/organizations/export?format=xlsx&province=46');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ingo-registry-2026-11-23.xlsx"');
    const { sheet, header, data } = await xlsxRows(res.rawPayload);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(header).toContain('Số giấy đăng ký');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(data.map((r) => r[0])).toEqual(expected.map((i) => i.registryCode));
    expect(data.length).toBeGreaterThan(1);
    const validTo = sheet.getCell(2, EXPORT_COLUMNS.findIndex((c) => c.key === 'validTo') + 1);
    expect(validTo.value).toEqual(new Date(`${expected[0]!.certificate!.validTo}T00:00:00Z`));
    expect(validTo.numFmt).toBe('dd/mm/yyyy');
    expect(data.every((r) => String(r[11]).includes('Huế'))).toBe(true);
  });

  it('exports the same search to CSV (UTF-8 with BOM, dd/mm/yyyy), keeping the search’s sort', async () => {
    const expected = await search(mofa, 'q=quy&sort=valid_to');
    const res = await mofa.request('GET', '/api/v1/organizations/export?format=csv&q=quy&sort=valid_to');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="ingo-registry-2026-11-23.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = csvRows(res.rawPayload);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[0])).toEqual(expected.map((i) => i.registryCode));
    expect(rows.length).toBeGreaterThan(0);
    const index = EXPORT_COLUMNS.findIndex((c) => c.key === 'validTo');
    expect(rows.map((r) => r[index])).toEqual(expected.map((i) => (i.certificate ? formatVnDate(i.certificate.validTo) : '')));
    expect(res.headers['x-export-truncated']).toBe('false');
  });

  it('keeps a province focal unit to its own NGOs, exactly as its search does', async () => {
    const expected = await search(hue, 'sort=name');
    const all = await search(mofa, 'sort=name');
    expect(expected.length).toBeLessThan(all.length);
    const res = await hue.request('GET', '/api/v1/organizations/export?format=csv');
    const [, ...rows] = csvRows(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual(expected.map((i) => i.registryCode));
  });

  it('says so in the file when the export is capped', async () => {
    const file = await exportOrganizations(t.deps, { actor: MOFA_ACTOR, requestId: 'test-export', ip: '127.0.0.1' }, { sort: 'name' }, 'csv', 5);
    const rows = csvRows(file.body);
    expect(file.truncated).toBe(true);
    expect(rows).toHaveLength(1 + 5 + 1);
    expect(rows[6]![0]).toMatch(/^Chỉ xuất 5 trên \d+ tổ chức tìm thấy; hãy lọc thêm\. \/ Only the first 5 of \d+ organisations were exported/);
  });

  it('records the export in the audit log and refuses a user without registry:read', async () => {
    const admin = await t.login('admin');
    const audit = await admin.request('GET', '/api/v1/admin/audit?action=registry.export&limit=10');
    expect(audit.json().items.length).toBeGreaterThanOrEqual(3);
    const ngo = await t.login('ngo.demo');
    expect((await ngo.request('GET', '/api/v1/organizations/export')).statusCode).toBe(403);
  });
});

describe('buildExportCsv', () => {
  it('writes a text that Excel would run as a formula with a leading apostrophe', () => {
    const row = { registryCode: 'INGO-1', nameOriginal: '=HYPERLINK("http://x")', nameEn: '+1 Aid', nameVi: '-', abbreviation: '@A', country: 'Đức', certificateType: null, certificateNumber: null, status: null, validFrom: null, validTo: null, provinces: '', fields: '', representative: 'Anna' } satisfies ExportRow;
    const [, cells] = csvRows(buildExportCsv([row], null));
    expect(cells!.slice(0, 6)).toEqual(['INGO-1', `'=HYPERLINK("http://x")`, "'+1 Aid", "'-", "'@A", 'Đức']);
  });
});
