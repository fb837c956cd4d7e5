import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';
import { IMPORT_COLUMNS, templateHeader } from './registry-import.columns';
import { csvFile, goodRow, upload, xlsxFile, type Cells } from './registry-import.test-support';

let t: TestApp;
let mofa: Session;
let police: Session;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date('2026-11-23T03:00:00Z')) });
  mofa = await t.login('mofa.officer');
  police = await t.login('police.focal');
});
afterAll(async () => t?.close());

type Issue = { column: string | null; code: string; severity: string; message: { vi: string; en: string } };
type Row = { rowNo: number; name: string | null; hasErrors: boolean; action: string | null; organizationId: string | null; issues: Issue[] };

const get = async (url: string, session = mofa) => {
  const res = await session.request('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const allRows = async (id: string, only: 'errors' | 'warnings' | 'all'): Promise<Row[]> => {
  const out: Row[] = [];
  let cursor: number | null = 0;
  while (cursor !== null) {
    const page = (await get(`/api/v1/registry-imports/${id}/rows?only=${only}&limit=500&cursor=${cursor}`)) as { items: Row[]; nextCursor: number | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  }
  return out;
};
const uploaded = async (bytes: Buffer, name = 'ngos.xlsx') => {
  const res = await upload(t, mofa, bytes, name);
  expect(res.statusCode, res.body).toBe(202);
  return res.json();
};
const organizationCount = async () => (await get('/api/v1/organizations/facets')).total as number;

describe('GET /api/v1/registry-imports/template', () => {
  it('downloads an XLSX template whose headers parse back and whose instructions list the allowed values', async () => {
    const res = await mofa.request('GET', '/api/v1/registry-imports/template?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('ingo-registry-import-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [data, help] = workbook.worksheets;
    expect((data!.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.map(templateHeader));
    expect(data!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const text = help!.getSheetValues().flat().join('|');
    for (const expected of ['legacy_project_office', 'Quỹ tư nhân', 'Thừa Thiên Huế', 'Huế', 'Cà Mau', 'water_sanitation', 'dd/mm/yyyy']) expect(text).toContain(expected);
  });

  it('downloads a CSV template (UTF-8 with BOM) and a filled-in template is accepted', async () => {
    const res = await mofa.request('GET', '/api/v1/registry-imports/template?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const row = goodRow(9001);
    const filled = Buffer.concat([res.rawPayload, Buffer.from(stringify([IMPORT_COLUMNS.map((c) => row[c.key] ?? '')]))]);
    const batch = await uploaded(filled, 'template.csv');
    expect(batch).toMatchObject({ status: 'validated', totalRows: 1, errorRows: 0, planned: { create: 1 } });
  });

  it('is refused to a user without registry:manage', async () => {
    expect((await police.request('GET', '/api/v1/registry-imports/template')).statusCode).toBe(403);
  });
});

/** 30 bad rows of different kinds, by position in a 2,000-row file, with the one error code each must get. */
function badRows(rows: Cells[]): Map<number, string> {
  const expected = new Map<number, string>();
  const spoil = (index: number, code: string, patch: Cells) => {
    rows[index] = { ...rows[index], ...patch };
    expected.set(index + 2, code);
  };
  [100, 101, 102, 103].forEach((i) => spoil(i, 'unknown_province', { areas: 'Hà Nội; Hà Tây' }));
  [110, 111].forEach((i) => spoil(i, 'unknown_province', { areas: 'Quảng Nm' }));
  [200, 201, 202].forEach((i) => spoil(i, 'invalid_date', { issued_on: '31/02/2024' }));
  [300, 301].forEach((i) => spoil(i, 'valid_to_before_valid_from', { valid_from: '01/06/2024', valid_to: '01/05/2024' }));
  [400, 401, 402].forEach((i) => spoil(i, 'validity_too_long', { valid_to: '15/03/2029' }));
  [500, 501].forEach((i) => spoil(i, 'office_city_not_allowed', { certificate_type: 'rep_office', office_city: 'Huế', valid_to: '14/03/2029' }));
  [600, 601].forEach((i) => spoil(i, 'required', { name_en: '' }));
  [700, 701].forEach((i) => spoil(i, 'unknown_country', { country: 'Atlantis' }));
  [800, 801].forEach((i) => spoil(i, 'unknown_field', { fields: 'health; Du hành vũ trụ' }));
  [900, 901, 902].forEach((i) => spoil(i, 'duplicate_number_in_file', { certificate_number: rows[i - 50]!.certificate_number }));
  [1000, 1001].forEach((i) => spoil(i, 'duplicate_name_in_file', { name_en: rows[i - 50]!.name_en }));
  spoil(1100, 'unknown_certificate_type', { certificate_type: 'Giấy phép kinh doanh' });
  spoil(1200, 'invalid_email', { email: 'not-an-email' });
  spoil(1300, 'certificate_of_other_organization', { certificate_number: '112/GĐKHĐ-BNG', name_en: 'Mekong Clean Water Foundation' });
  return expected;
}

describe('bulk import of 2,000 rows with 30 bad rows', () => {
  let batch: { id: string };
  let expected: Map<number, string>;
  let oldNameRows: Set<number>;

  beforeAll(async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => goodRow(i + 1));
    oldNameRows = new Set<number>();
    for (let i = 25; i < 2000; i += 50) {
      rows[i] = { ...rows[i], areas: 'Thừa Thiên Huế; Quảng Nam' };
      oldNameRows.add(i + 2);
    }
    expected = badRows(rows);
    batch = await uploaded(await xlsxFile(rows));
  }, 120_000);

  it('reports exactly the 30 bad rows, each with the right error code and a message in both languages', async () => {
    const summary = await get(`/api/v1/registry-imports/${batch.id}`);
    expect(summary).toMatchObject({ status: 'validated', totalRows: 2000, processedRows: 2000, errorRows: 30, abilities: { canCommit: false } });
    expect(summary.planned).toEqual({ create: 1970, update: 0, unchanged: 0 });
    const errors = await allRows(batch.id, 'errors');
    expect(errors.map((r) => r.rowNo)).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const row of errors) {
      const codes = row.issues.filter((i) => i.severity === 'error').map((i) => i.code);
      expect(codes, `row ${row.rowNo}`).toEqual([expected.get(row.rowNo)]);
      expect(row.action).toBeNull();
      for (const issue of row.issues) expect(issue.message.vi && issue.message.en && issue.column).toBeTruthy();
    }
  });

  it('names the column and suggests a close province name', async () => {
    const [typo] = (await allRows(batch.id, 'errors')).filter((r) => r.rowNo === 112);
    expect(typo!.issues[0]).toMatchObject({ column: 'areas', code: 'unknown_province' });
    expect(typo!.issues[0]!.message.vi).toContain('Có phải "Quảng Nam"?');
    expect(typo!.issues[0]!.message.en).toContain('Did you mean "Quảng Nam"?');
    const duplicate = (await allRows(batch.id, 'errors')).find((r) => r.rowNo === 902)!;
    expect(duplicate.issues[0]!.message.en).toBe('Same certificate number as row 852.');
  });

  it('warns that old province names were mapped to today’s provinces', async () => {
    const warned = await allRows(batch.id, 'warnings');
    expect(new Set(warned.map((r) => r.rowNo))).toEqual(oldNameRows);
    const issues = warned[0]!.issues.filter((i) => i.code === 'old_province_name');
    expect(issues.map((i) => i.message.vi)).toEqual([
      '"Thừa Thiên Huế" là tên tỉnh trước năm 2025; được ghi nhận thuộc Huế (vẫn lưu tên cũ).',
      '"Quảng Nam" là tên tỉnh trước năm 2025; được ghi nhận thuộc Đà Nẵng (vẫn lưu tên cũ).',
    ]);
    expect(issues[1]!.message.en).toContain('mapped to Da Nang');
    expect((await get(`/api/v1/registry-imports/${batch.id}`)).warningRows).toBe(oldNameRows.size);
  });

  it('refuses the commit while rows have errors, and writes nothing', async () => {
    const before = await organizationCount();
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'import_not_committable', details: { errorRows: 30 } });
    expect(res.json().error.message.vi).toContain('Còn 30 dòng có lỗi');
    expect(await organizationCount()).toBe(before);
    expect((await get(`/api/v1/registry-imports/${batch.id}`)).status).toBe('validated');
  });
});

describe('commit (all or nothing) and re-import', () => {
  const rows = Array.from({ length: 40 }, (_, i) => goodRow(5001 + i));
  rows[3] = { ...rows[3], areas: 'Thừa Thiên Huế; Bình Dương' };
  let file: Buffer;
  beforeAll(async () => {
    file = await xlsxFile(rows);
  });
  rows[4] = { ...rows[4], certificate_type: 'Giấy đăng ký lập Văn phòng đại diện', office_city: 'TP HCM', office_address: '12 Lê Duẩn, Quận 1', valid_to: '14/03/2029' };

  it('writes every row in one go through the registry services, with audit entries', async () => {
    const before = await organizationCount();
    const batch = await uploaded(file, 'clean.xlsx');
    expect(batch).toMatchObject({ status: 'validated', errorRows: 0, warningRows: 1, planned: { create: 40, update: 0, unchanged: 0 }, abilities: { canCommit: true } });
    const started = Date.now();
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(res.json()).toMatchObject({ status: 'committed', result: { created: 40, updated: 0, unchanged: 0 }, abilities: { canCommit: false, canDiscard: false } });
    expect(await organizationCount()).toBe(before + 40);

    const committed = await allRows(batch.id, 'all');
    expect(committed.every((r) => r.action === 'create' && r.organizationId)).toBe(true);
    const profile = await get(`/api/v1/organizations/${committed[3]!.organizationId}`);
    expect(profile.currentCertificate.areas).toEqual(
      expect.arrayContaining([expect.objectContaining({ provinceCode: '46', legacyProvinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' }), expect.objectContaining({ provinceCode: '79', legacyProvinceCode: '74' })]),
    );
    const office = await get(`/api/v1/organizations/${committed[4]!.organizationId}`);
    expect(office.currentCertificate).toMatchObject({ type: 'rep_office', officeCityCode: '79' });
    expect(office.people).toEqual([expect.objectContaining({ role: 'head_of_office', fullName: 'Nguyễn Văn An 5005', nationality: 'VN', passportNumber: 'C1005005' })]);

    const admin = await t.login('admin');
    const audit = async (action: string) => (await get(`/api/v1/admin/audit?action=${action}&limit=100`, admin)).items as { entityId: string; after: Record<string, unknown> }[];
    expect((await audit('registry_import.commit')).filter((e) => e.entityId === batch.id)).toEqual([expect.objectContaining({ after: expect.objectContaining({ created: 40, rows: 40 }) })]);
    const created = new Set(committed.map((r) => r.organizationId));
    expect((await audit('organization.create')).filter((e) => created.has(e.entityId))).toHaveLength(40);
    expect((await audit('certificate.record')).filter((e) => created.has(e.after.organizationId as string))).toHaveLength(40);
  });

  it('re-importing the same file finds every row unchanged and creates nothing', async () => {
    const before = await organizationCount();
    const batch = await uploaded(file, 'clean-again.xlsx');
    expect(batch).toMatchObject({ status: 'validated', errorRows: 0, planned: { create: 0, update: 0, unchanged: 40 } });
    expect(batch.fileIssues).toEqual([expect.objectContaining({ code: 'same_file_committed', severity: 'warning' })]);
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.json()).toMatchObject({ status: 'committed', result: { created: 0, updated: 0, unchanged: 40 } });
    expect(await organizationCount()).toBe(before);
  });

  it('updates an NGO found by name: given fields change, a new certificate is added, nothing is cleared', async () => {
    const changed: Cells = { ...rows[0], email: 'new-office@relief-works.example.org', hq_address: '', certificate_number: '9999/GĐKHĐ-TEST', issued_on: '01/10/2026', valid_from: '', valid_to: '30/09/2029' };
    const batch = await uploaded(await xlsxFile([changed]), 'update.xlsx');
    expect(batch).toMatchObject({ errorRows: 0, planned: { create: 0, update: 1, unchanged: 0 } });
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.json().result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [row] = await allRows(batch.id, 'all');
    const profile = await get(`/api/v1/organizations/${row!.organizationId}`);
    expect(profile).toMatchObject({ email: 'new-office@relief-works.example.org', hqAddress: '5001 Hauptstraße, Berlin' });
    expect(profile.certificates.map((c: { number: string }) => c.number).sort()).toEqual(['6001/GĐKHĐ-TEST', '9999/GĐKHĐ-TEST'].sort());
    expect(profile.currentCertificate.number).toBe('9999/GĐKHĐ-TEST');
  });
});

describe('a commit that cannot complete leaves nothing behind', () => {
  it('rolls every row back when a row fails in the middle of the commit', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => goodRow(7001 + i));
    rows[5] = { ...rows[5], certificate_number: 'FAIL-7006/GĐKHĐ' };
    const batch = await uploaded(await xlsxFile(rows), 'fails.xlsx');
    expect(batch).toMatchObject({ status: 'validated', errorRows: 0 });
    // The database refuses row 7's certificate once rows 2–6 are already written in the same transaction.
    await t.deps.db.execute(sql`create function refuse_fail_number() returns trigger language plpgsql as $$
        begin if new.number like 'FAIL-%' then raise exception 'refused by test trigger'; end if; return new; end $$`);
    await t.deps.db.execute(sql`create trigger refuse_fail_number before insert on certificate for each row execute function refuse_fail_number()`);
    const before = await organizationCount();
    try {
      const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'import_commit_failed', details: { rowNo: 7 } });
      expect(res.json().error.message.en).toBe('Could not write at row 7 (system error). Nothing was written.');
    } finally {
      await t.deps.db.execute(sql`drop trigger refuse_fail_number on certificate`);
    }
    expect(await organizationCount()).toBe(before);
    expect((await get('/api/v1/organizations/facets?q=Relief Works Number 7001')).total).toBe(0);
    const after = await get(`/api/v1/registry-imports/${batch.id}`);
    expect(after).toMatchObject({ status: 'failed', abilities: { canCommit: false, canDiscard: true } });
    expect(after.fileIssues.map((i: { code: string }) => i.code)).toEqual(['import_commit_failed']);
  });

  it('refuses a commit when the register changed since the check', async () => {
    const rows = [goodRow(7101), goodRow(7102)];
    const batch = await uploaded(await xlsxFile(rows), 'outdated.xlsx');
    const created = await mofa.request('POST', '/api/v1/organizations', { nameOriginal: 'Relief Works Number 7102', nameEn: 'Relief Works Number 7102', countryCode: 'DE', legalForm: 'non_profit' });
    expect(created.statusCode, created.body).toBe(201);
    const before = await organizationCount();
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('import_outdated');
    expect(res.json().error.message.vi).toContain('dòng 3');
    expect(await organizationCount()).toBe(before);
  });
});

describe('file checks, CSV, and who may import', () => {
  it('checks a CSV file (UTF-8 with BOM, ; separated) and commits it', async () => {
    const rows = [goodRow(8001), { ...goodRow(8002), areas: 'Quảng Nam, Kon Tum' }, { ...goodRow(8003), areas: 'Hue; Sai Gon' }];
    const batch = await uploaded(csvFile(rows), 'ngos.csv');
    expect(batch).toMatchObject({ format: 'csv', status: 'validated', totalRows: 3, errorRows: 0, warningRows: 1, planned: { create: 3 } });
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`);
    expect(res.json().result).toEqual({ created: 3, updated: 0, unchanged: 0 });
  });

  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'logo.xlsx'],
    ['an old .xls workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'],
    ['Latin-1 text', Buffer.from('Tên tiếng Anh;Quốc gia\n', 'latin1'), 'latin1.csv'],
  ])('refuses %s with 415 and a bilingual message', async (_name, bytes, fileName) => {
    const res = await upload(t, mofa, bytes, fileName);
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'unsupported_file_type' });
    expect(res.json().error.message.vi).toContain('.xlsx');
  });

  it('accepts a file larger than the JSON body limit, but refuses one over 10,000 rows as a whole', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => goodRow(20_000 + i));
    const bytes = csvFile(rows);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const batch = await uploaded(bytes, 'huge.csv');
    expect(batch).toMatchObject({ status: 'failed', totalRows: 0, fileIssues: [expect.objectContaining({ code: 'too_many_rows' })] });
    expect(batch.fileIssues[0].message.en).toBe('The file has 10001 rows; at most 10000 per import.');
  });

  it('refuses a file over 10 MB with 413', async () => {
    const res = await upload(t, mofa, Buffer.alloc(10 * 1024 * 1024 + 10, 'a'), 'big.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'file_too_large', message: { vi: 'Tệp lớn hơn 10 MB.' } });
  });

  it('refuses a body that is not multipart', async () => {
    const res = await mofa.request('POST', '/api/v1/registry-imports', {});
    expect(res.statusCode).toBe(415);
  });

  it('stores a file without the required columns as failed, with one problem per missing column', async () => {
    const bytes = Buffer.from('\uFEFFTên tiếng Anh,Email,Cột lạ\nRelief,office@x.org,1\n');
    const batch = await uploaded(bytes, 'partial.csv');
    expect(batch.status).toBe('failed');
    const codes = batch.fileIssues.map((i: { code: string; column: string }) => `${i.code}:${i.column}`);
    expect(codes).toContain('unknown_column:Cột lạ');
    expect(codes).toContain('missing_column:name_original');
    expect(codes).toContain('missing_column:certificate_number');
    expect(batch.abilities).toEqual({ canCommit: false, canDiscard: true });
  });

  it('discards a checked batch: its rows are deleted and it can no longer be committed', async () => {
    const batch = await uploaded(await xlsxFile([goodRow(8101)]), 'discard.xlsx');
    const res = await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/discard`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('discarded');
    expect(await allRows(batch.id, 'all')).toEqual([]);
    expect((await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/commit`)).statusCode).toBe(409);
    expect((await mofa.request('POST', `/api/v1/registry-imports/${batch.id}/discard`)).statusCode).toBe(409);
  });

  it('lets any registry manager see a batch, lists recent batches, and answers 404 for an unknown one', async () => {
    const batch = await uploaded(await xlsxFile([goodRow(8201)]), 'shared.xlsx');
    const leader = await t.login('mofa.leader');
    expect((await get(`/api/v1/registry-imports/${batch.id}`, leader)).createdBy).toBe('mofa.officer');
    expect((await get('/api/v1/registry-imports', leader)).items[0].id).toBe(batch.id);
    expect((await mofa.request('GET', '/api/v1/registry-imports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses every import route to a user without registry:manage', async () => {
    const res = await upload(t, police, await xlsxFile([goodRow(8301)]), 'x.xlsx');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await police.request('GET', '/api/v1/registry-imports')).statusCode).toBe(403);
    const hue = await t.login('hue.focal');
    expect((await hue.request('POST', '/api/v1/registry-imports/00000000-0000-4000-8000-000000000000/commit')).statusCode).toBe(403);
  });
});
