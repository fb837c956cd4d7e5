import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Session, TestApp } from '../../test/test-app';
import { IMPORT_COLUMNS, templateHeader, type ImportColumnKey } from './registry-import.columns';

/** The cells of one test row, by column key. */
export type Cells = Partial<Record<ImportColumnKey, string>>;

const COUNTRIES = ['DE', 'Hoa Kỳ', 'Japan', 'FRA', 'Úc'];

/** A valid row for a new NGO, unique by `i` (names and certificate number). */
export function goodRow(i: number): Cells {
  return {
    name_original: `Hilfswerk Nummer ${i} e.V.`,
    name_en: `Relief Works Number ${i}`,
    name_vi: `Tổ chức Cứu trợ số ${i}`,
    abbreviation: `RW${i}`,
    country: COUNTRIES[i % COUNTRIES.length],
    legal_form: i % 3 === 0 ? 'Quỹ xã hội' : 'non_profit',
    hq_address: `${i} Hauptstraße, Berlin`,
    email: `office${i}@relief-works.example.org`,
    phone: '+49 30 1234567',
    head_name: `Anna Schmidt ${i}`,
    representative_name: `Nguyễn Văn An ${i}`,
    representative_nationality: 'Việt Nam',
    representative_passport: `C${String(1_000_000 + i)}`,
    certificate_type: i % 7 === 0 ? 'Giấy đăng ký hoạt động (Nghị định 12/2012)' : 'operation',
    certificate_number: `${1000 + i}/GĐKHĐ-TEST`,
    issued_on: '15/03/2024',
    valid_from: '15/03/2024',
    valid_to: '14/03/2027',
    areas: 'Hà Nội; Huế',
    fields: 'health; Giáo dục và đào tạo',
  };
}

/** An XLSX file with the template's headers (or the given ones) and these rows. */
export async function xlsxFile(rows: Cells[], columns: readonly ImportColumnKey[] = IMPORT_COLUMNS.map((c) => c.key)): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách tổ chức');
  sheet.addRow(columns.map((key) => templateHeader(IMPORT_COLUMNS.find((c) => c.key === key)!)));
  for (const row of rows) sheet.addRow(columns.map((key) => row[key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV file (UTF-8 with BOM, `;`-separated like Excel in a Vietnamese locale) with these rows. */
export function csvFile(rows: Cells[], delimiter = ';'): Buffer {
  const keys = IMPORT_COLUMNS.map((c) => c.key);
  const records = [IMPORT_COLUMNS.map((c) => `${c.vi} / ${c.en}`), ...rows.map((row) => keys.map((key) => row[key] ?? ''))];
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify(records, { delimiter }))]);
}

/** Uploads a file as multipart/form-data like the browser does. */
export function upload(t: TestApp, session: Session, bytes: Buffer, fileName: string): Promise<LightMyRequestResponse> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  return t.app.inject({ method: 'POST', url: '/api/v1/registry-imports', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken }, payload: form });
}
