import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { COLUMN_BY_KEY, IMPORT_COLUMNS, columnOfHeader, type ImportColumnKey, type RowValues } from './registry-import.columns';

/** Formats of an import file. */
export type ImportFormat = 'xlsx' | 'csv';

/** A problem of the whole file (stored in `registry_import.file_issues`). */
export interface FileIssue {
  code: string;
  severity: 'error' | 'warning';
  /** The column concerned (a column key, or the header as written for an unknown column). */
  column: string | null;
  message: { vi: string; en: string };
}

/** One data row as read from the file; `rowNo` is the row number a spreadsheet shows (header = 1). */
export interface ParsedRow {
  rowNo: number;
  values: RowValues;
}

/** The file read into rows, with problems of the whole file. */
export interface ParsedFile {
  rows: ParsedRow[];
  issues: FileIssue[];
}

/** The most data rows one file may hold (about eight times today's ~1,200 NGOs). */
export const MAX_IMPORT_ROWS = 10_000;
const MAX_CELL_LENGTH = 4000;
const DATE_COLUMNS = new Set<string>(['issued_on', 'valid_from', 'valid_to', 'home_registration_expires_on']);

/**
 * Tells the file's format from its bytes, not its name: XLSX is a ZIP package ("PK\x03\x04"); CSV is text that
 * decodes as UTF-8 (a BOM is allowed) and holds no NUL byte. Anything else (legacy .xls, PDF, images) → null.
 */
export function sniffFormat(bytes: Buffer): ImportFormat | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes.length === 0 || bytes.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'csv';
  } catch {
    return null;
  }
}

const issue = (code: string, severity: FileIssue['severity'], column: string | null, vi: string, en: string): FileIssue => ({ code, severity, column, message: { vi, en } });

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** Text of an XLSX cell: dates as dd/mm/yyyy, rich text and hyperlinks as their text, formulas as their result. */
function cellText(value: ExcelJS.CellValue, isDateColumn: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') {
    // A date typed into a cell formatted as a number: Excel's serial day (1 = 1 Jan 1900, 1900 date system).
    if (isDateColumn && value > 0 && value < 2_958_466) return dateText(new Date(Math.round((value - 25569) * 86_400_000)));
    return String(value);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, isDateColumn);
    if ('text' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue, isDateColumn);
    return '';
  }
  return String(value);
}

/** Maps a header row to column keys; reports unknown, repeated and missing required columns. */
function mapHeaders(headers: string[]): { keys: (ImportColumnKey | null)[]; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const seen = new Set<string>();
  const keys = headers.map((header) => {
    if (!header.trim()) return null;
    const key = columnOfHeader(header);
    if (!key) {
      issues.push(issue('unknown_column', 'warning', header, `Cột "${header}" không thuộc mẫu và được bỏ qua.`, `Column "${header}" is not in the template and is ignored.`));
      return null;
    }
    if (seen.has(key)) {
      const c = COLUMN_BY_KEY.get(key)!;
      issues.push(issue('duplicate_column', 'error', key, `Cột "${c.vi}" xuất hiện hai lần.`, `Column "${c.en}" appears twice.`));
      return null;
    }
    seen.add(key);
    return key;
  });
  for (const c of IMPORT_COLUMNS) {
    if (c.required && !seen.has(c.key)) issues.push(issue('missing_column', 'error', c.key, `Thiếu cột bắt buộc "${c.vi}".`, `The required column "${c.en}" is missing.`));
  }
  return { keys, issues };
}

function rowValues(keys: (ImportColumnKey | null)[], cells: string[]): RowValues {
  const values: RowValues = {};
  keys.forEach((key, i) => {
    const text = (cells[i] ?? '').normalize('NFC').trim().slice(0, MAX_CELL_LENGTH);
    if (key && text) values[key] = text;
  });
  return values;
}

function finish(rows: ParsedRow[], issues: FileIssue[]): ParsedFile {
  if (!issues.some((i) => i.severity === 'error')) {
    if (rows.length === 0) issues.push(issue('no_rows', 'error', null, 'Tệp không có dòng dữ liệu nào.', 'The file has no data rows.'));
    if (rows.length > MAX_IMPORT_ROWS) {
      issues.push(issue('too_many_rows', 'error', null, `Tệp có ${rows.length} dòng; tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập.`, `The file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} per import.`));
    }
  }
  return { rows: issues.some((i) => i.severity === 'error') ? [] : rows, issues };
}

const unreadable = (): ParsedFile => ({
  rows: [],
  issues: [issue('unreadable_file', 'error', null, 'Không đọc được tệp. Hãy lưu lại dưới dạng .xlsx hoặc .csv (UTF-8) theo mẫu.', 'The file cannot be read. Save it as .xlsx or .csv (UTF-8) following the template.')],
});

async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return unreadable();
  }
  // The data sheet is the first one whose first row names at least three import columns.
  for (const sheet of workbook.worksheets) {
    const headerRow = sheet.getRow(1);
    const width = Math.max(headerRow.cellCount, sheet.columnCount);
    const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.getCell(i + 1).value, false));
    if (headers.filter((h) => columnOfHeader(h)).length < 3) continue;
    const { keys, issues } = mapHeaders(headers);
    const rows: ParsedRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNo) => {
      if (rowNo === 1) return;
      const cells = keys.map((key, i) => cellText(row.getCell(i + 1).value, key !== null && DATE_COLUMNS.has(key)));
      const values = rowValues(keys, cells);
      if (Object.keys(values).length) rows.push({ rowNo, values });
    });
    return finish(rows, issues);
  }
  return {
    rows: [],
    issues: [issue('no_data_sheet', 'error', null, 'Không tìm thấy trang dữ liệu có dòng tiêu đề theo mẫu.', 'No sheet has a header row like the template.')],
  };
}

function parseCsvText(bytes: Buffer): ParsedFile {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel in a Vietnamese or European locale writes ";" or tabs; the header line tells which.
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch {
    return unreadable();
  }
  if (!records.length) return finish([], []);
  const { keys, issues } = mapHeaders(records[0]!);
  const rows: ParsedRow[] = [];
  records.slice(1).forEach((cells, i) => {
    const values = rowValues(keys, cells);
    if (Object.keys(values).length) rows.push({ rowNo: i + 2, values });
  });
  return finish(rows, issues);
}

/**
 * Reads an import file into rows keyed by column (headers in any language and order). Whole-file problems
 * (unreadable, missing or repeated columns, no rows, too many rows) come back as errors with no rows;
 * unknown columns are warnings.
 */
export async function parseImportFile(bytes: Buffer, format: ImportFormat): Promise<ParsedFile> {
  return format === 'xlsx' ? parseXlsx(bytes) : parseCsvText(bytes);
}
