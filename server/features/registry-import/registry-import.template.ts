import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { CERTIFICATE_TYPES, LEGAL_FORMS } from '../../../common/registry';
import { LEGACY_PROVINCES } from '../reference/seed/legacy-provinces';
import { PROVINCES } from '../reference/seed/provinces';
import { CERTIFICATE_TYPE_LABELS, IMPORT_COLUMNS, LEGAL_FORM_LABELS, templateHeader } from './registry-import.columns';
import type { FieldEntry } from './registry-import.rows';

/** Name of the data sheet of the template. */
export const DATA_SHEET = 'Danh sách tổ chức';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E8C' } };
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12, color: { argb: 'FF1F4E8C' } };

/**
 * The XLSX template: a data sheet with one bilingual header per column (required ones marked "*", a note with
 * the description, text-formatted cells so Excel keeps numbers and dates as typed, dropdowns for type and legal
 * form), and a "Hướng dẫn / Instructions" sheet with every column and the allowed values: certificate types,
 * legal forms, the 34 provinces (and the old names accepted), the fields list, dd/mm/yyyy dates.
 */
export async function buildXlsxTemplate(fields: readonly FieldEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'INGO Hub';
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = IMPORT_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width, style: { numFmt: '@' } }));
  const header = data.getRow(1);
  header.height = 42;
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.note = `${c.description.vi}\n${c.description.en}`;
  });

  const help = workbook.addWorksheet('Hướng dẫn - Instructions');
  help.columns = [{ width: 30 }, { width: 48 }, { width: 48 }, { width: 60 }];
  const section = (title: string) => {
    help.addRow([]);
    help.addRow([title]).font = SECTION_FONT;
  };
  help.addRow(['Hướng dẫn nhập danh sách tổ chức PCPNN / How to fill in the NGO list']).font = { bold: true, size: 14 };
  help.addRow(['Mỗi dòng là một tổ chức với Giấy đăng ký hiện hành. Ngày ghi theo dạng dd/mm/yyyy. Danh sách (địa bàn, lĩnh vực) cách nhau bởi dấu ;']);
  help.addRow(['One row per organisation with its current certificate. Dates as dd/mm/yyyy. Lists (provinces, fields) separated by ;']);

  section('Các cột / Columns');
  help.addRow(['Mã cột / Column key', 'Tiêu đề / Header', 'Mô tả', 'Description']).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow([c.key, templateHeader(c), c.description.vi, c.description.en]);

  section('Loại giấy đăng ký / Certificate types');
  const typeStart = help.rowCount + 1;
  for (const type of CERTIFICATE_TYPES) help.addRow([type, CERTIFICATE_TYPE_LABELS[type].vi, CERTIFICATE_TYPE_LABELS[type].en]);
  const typeEnd = help.rowCount;

  section('Loại hình pháp lý / Legal forms');
  const formStart = help.rowCount + 1;
  for (const form of LEGAL_FORMS) help.addRow([form, LEGAL_FORM_LABELS[form].vi, LEGAL_FORM_LABELS[form].en]);
  const formEnd = help.rowCount;

  section('Lĩnh vực / Fields');
  for (const f of fields) help.addRow([f.code, f.nameVi, f.nameEn]);

  section('34 tỉnh, thành phố (từ 12/6/2025) / The 34 provinces (since 12 Jun 2025)');
  for (const p of PROVINCES) help.addRow([p.code, p.nameVi, p.nameEn]);

  section('Tên tỉnh cũ được chấp nhận (tự chuyển sang tỉnh mới) / Old province names accepted (mapped)');
  const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
  for (const p of LEGACY_PROVINCES) help.addRow([p.code, p.nameVi, `→ ${byCode.get(p.successorCode)?.nameVi ?? p.successorCode}`]);

  section('Văn phòng đại diện / Representative office');
  help.addRow(['office_city', 'Hà Nội; Đà Nẵng; Thành phố Hồ Chí Minh', 'Điều 8 Nghị định 58/2022 / Decree 58/2022 Art. 8']);

  const sheetRef = `'${help.name}'`;
  // Range validations exist in exceljs 4.4 at run time but not in its type definitions.
  const validations = (data as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  const column = (key: string) => String.fromCharCode(65 + IMPORT_COLUMNS.findIndex((c) => c.key === key));
  validations.add(`${column('certificate_type')}2:${column('certificate_type')}10001`, { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`${sheetRef}!$B$${typeStart}:$B$${typeEnd}`] });
  validations.add(`${column('legal_form')}2:${column('legal_form')}10001`, { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`${sheetRef}!$B$${formStart}:$B$${formEnd}`] });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template: the bilingual header row only, UTF-8 with a BOM so Excel reads Vietnamese. */
export function buildCsvTemplate(): Buffer {
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify([IMPORT_COLUMNS.map(templateHeader)], { record_delimiter: '\r\n' }))]);
}
