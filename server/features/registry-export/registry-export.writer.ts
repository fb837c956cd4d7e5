import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatVnDate } from '../../../common/dates';

/** One exported organisation, as text ready for a spreadsheet (dates as ISO days). */
export interface ExportRow {
  registryCode: string;
  nameOriginal: string;
  nameEn: string;
  nameVi: string | null;
  abbreviation: string | null;
  country: string;
  certificateType: string | null;
  certificateNumber: string | null;
  status: string | null;
  validFrom: string | null;
  validTo: string | null;
  provinces: string;
  fields: string;
  representative: string | null;
}

/** Columns of the export with their Vietnamese headers, in order. */
export const EXPORT_COLUMNS: readonly { key: keyof ExportRow; header: string; width: number; isDate?: boolean }[] = [
  { key: 'registryCode', header: 'Mã số', width: 14 },
  { key: 'nameOriginal', header: 'Tên nguyên bản', width: 36 },
  { key: 'nameEn', header: 'Tên tiếng Anh', width: 36 },
  { key: 'nameVi', header: 'Tên tiếng Việt', width: 36 },
  { key: 'abbreviation', header: 'Tên viết tắt', width: 12 },
  { key: 'country', header: 'Quốc gia', width: 18 },
  { key: 'certificateType', header: 'Loại giấy đăng ký', width: 30 },
  { key: 'certificateNumber', header: 'Số giấy đăng ký', width: 20 },
  { key: 'status', header: 'Tình trạng', width: 14 },
  { key: 'validFrom', header: 'Hiệu lực từ', width: 12, isDate: true },
  { key: 'validTo', header: 'Hiệu lực đến', width: 12, isDate: true },
  { key: 'provinces', header: 'Địa bàn hoạt động', width: 36 },
  { key: 'fields', header: 'Lĩnh vực hoạt động', width: 36 },
  { key: 'representative', header: 'Người đại diện', width: 24 },
];

/** The note written under a capped export. */
export function truncationNote(exported: number, total: number): string {
  const n = (v: number) => v.toLocaleString('de-DE');
  return `Chỉ xuất ${n(exported)} trên ${n(total)} tổ chức tìm thấy; hãy lọc thêm. / Only the first ${exported.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} organisations were exported; narrow the search.`;
}

/**
 * The export as XLSX: a Vietnamese header row (frozen, with an autofilter), real dates shown dd/mm/yyyy, and,
 * when the export was capped, a last row saying so.
 */
export async function buildExportXlsx(rows: ExportRow[], note: string | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'INGO Hub';
  const sheet = workbook.addWorksheet('Tổ chức PCPNN', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, ...(c.isDate ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, c.isDate && row[c.key] ? new Date(`${row[c.key]}T00:00:00Z`) : (row[c.key] ?? '')])));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: EXPORT_COLUMNS.length } };
  if (note) sheet.addRow([note]).font = { italic: true, color: { argb: 'FFC00000' } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A text Excel would run as a formula ("=…", "+…", "-…", "@…") is written with a leading apostrophe (CSV injection). */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The export as CSV: UTF-8 with a BOM (so Excel reads Vietnamese), Vietnamese headers, dd/mm/yyyy dates. */
export function buildExportCsv(rows: ExportRow[], note: string | null): Buffer {
  const records = [
    EXPORT_COLUMNS.map((c) => c.header),
    ...rows.map((row) => EXPORT_COLUMNS.map((c) => (c.isDate && row[c.key] ? formatVnDate(row[c.key]!) : neutralizeFormula(row[c.key] ?? '')))),
    ...(note ? [[note]] : []),
  ];
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify(records, { record_delimiter: '\r\n' }))]);
}
