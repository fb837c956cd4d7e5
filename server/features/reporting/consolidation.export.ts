/**
 * The consolidated NGO aid tables and the reconciliation flags as XLSX (one sheet per table, Vietnamese headers,
 * amounts as numbers) and as a DOCX summary in the official layout (Decree 30/2020 App. I header). Pure rendering.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { vnDateOf } from '../../../common/dates';
import { placeAndDate } from '../consultation/consultation-letter';
import type { AggregateRow } from './consolidation.repo';

export interface ReconciliationExportRow {
  organizationName: string;
  provinceCode: string;
  provinceName: string | null;
  currency: string;
  ngoCommitted: number | null;
  agencyCommitted: number | null;
  ngoDisbursed: number | null;
  agencyDisbursed: number | null;
  flags: string[];
  explanation: string | null;
}

export interface ConsolidationExport {
  year: number;
  yearFrom: number | null;
  yearTo: number | null;
  today: Date;
  unitName: string;
  byProvince: AggregateRow[];
  byField: AggregateRow[];
  byCountry: AggregateRow[];
  byYear: AggregateRow[];
  reconciliation: ReconciliationExportRow[];
}

const AMOUNT_HEADERS = ['Loại tiền', 'Vốn cam kết', 'Vốn giải ngân', 'Cam kết quy đổi (USD)', 'Giải ngân quy đổi (USD)', 'Số dòng số liệu'];
export const SHEETS = [
  { key: 'byProvince', title: 'Theo tỉnh, thành phố', keyHeader: 'Tỉnh, thành phố' },
  { key: 'byField', title: 'Theo lĩnh vực', keyHeader: 'Lĩnh vực' },
  { key: 'byCountry', title: 'Theo quốc gia', keyHeader: 'Quốc gia' },
  { key: 'byYear', title: 'Theo năm', keyHeader: 'Năm báo cáo' },
] as const;
export const RECONCILIATION_HEADERS = ['STT', 'Tổ chức', 'Tỉnh, thành phố', 'Loại tiền', 'Cam kết (tổ chức báo cáo)', 'Cam kết (địa phương báo cáo)', 'Giải ngân (tổ chức báo cáo)', 'Giải ngân (địa phương báo cáo)', 'Nội dung chênh lệch', 'Giải trình của địa phương'];

const FLAG_VI: Record<string, string> = {
  committed: 'Vốn cam kết',
  disbursed: 'Vốn giải ngân',
  province_missing_in_ngo_report: 'Tổ chức không báo cáo tại tỉnh',
  province_missing_in_agency_report: 'Địa phương không báo cáo',
};
const label = (r: AggregateRow, key: string) => (key === 'byYear' ? r.key : r.nameVi ? `${r.nameVi} (${r.key})` : r.key || 'Chưa xác định');
const period = (e: ConsolidationExport) => (e.yearFrom && e.yearTo ? (e.yearFrom === e.yearTo ? `năm ${e.yearFrom}` : `các năm ${e.yearFrom}–${e.yearTo}`) : 'tất cả các năm');
export const vnNumber = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n));
const reconciliationCells = (r: ReconciliationExportRow, i: number) => [i + 1, r.organizationName, r.provinceName ?? r.provinceCode, r.currency, r.ngoCommitted, r.agencyCommitted, r.ngoDisbursed, r.agencyDisbursed, r.flags.map((f) => FLAG_VI[f] ?? f).join('; '), r.explanation ?? ''];

/** XLSX: one sheet per table, then the reconciliation flags. */
export async function consolidationXlsx(e: ConsolidationExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'INGO Hub';
  for (const s of SHEETS) {
    const sheet = workbook.addWorksheet(s.title);
    sheet.addRow([`Tổng hợp viện trợ do các tổ chức PCPNN báo cáo — ${s.title.toLowerCase()} — ${period(e)}`]).font = { bold: true };
    sheet.addRow(['STT', s.keyHeader, ...AMOUNT_HEADERS]).font = { bold: true };
    e[s.key].forEach((r, i) => sheet.addRow([i + 1, label(r, s.key), r.currency, r.committed, r.disbursed, r.committedUsd, r.disbursedUsd, r.lines]));
    sheet.columns.forEach((c, i) => {
      c.width = [6, 40, 10, 18, 18, 20, 20, 14][i];
      if (i >= 3 && i <= 6) c.numFmt = '#,##0.##';
    });
  }
  const sheet = workbook.addWorksheet('Đối chiếu');
  sheet.addRow([`Đối chiếu số liệu tổ chức PCPNN với báo cáo của địa phương — năm ${e.year}`]).font = { bold: true };
  sheet.addRow(RECONCILIATION_HEADERS).font = { bold: true };
  e.reconciliation.forEach((r, i) => sheet.addRow(reconciliationCells(r, i)));
  sheet.columns.forEach((c, i) => {
    c.width = [6, 40, 22, 10, 18, 18, 18, 18, 30, 50][i];
    if (i >= 4 && i <= 7) c.numFmt = '#,##0.##';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const NO_BORDERS = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
export const run = (text: string, o: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, font: 'Times New Roman', size: (o.size ?? 13) * 2 });
export const centred = (runs: TextRun[], before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, children: runs });
const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [run(text, { bold, size: 11 })] })] });
export const grid = (headers: string[], rows: string[][]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))] });
export const heading = (text: string) => new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(text, { bold: true })] });

/** The two-column heading of an official document (Decree 30/2020 App. I): the issuing body, the national motto, place and date. */
export function officialHeader(unitName: string, today: Date, parentName = 'BỘ NGOẠI GIAO'): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, children: [centred([run(parentName, { size: 12 })]), centred([run(unitName.toUpperCase(), { bold: true, underline: true, size: 12 })])] }),
          new TableCell({ width: { size: 58, type: WidthType.PERCENTAGE }, children: [centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })]), centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })]), centred([run(placeAndDate('Hà Nội', vnDateOf(today)), { italics: true })], 200)] }),
        ],
      }),
    ],
  });
}

/** DOCX: the consolidated summary with the national heading, place and date, totals and the reconciliation flags. */
export async function consolidationDocx(e: ConsolidationExport): Promise<Buffer> {
  const header = officialHeader(e.unitName || 'Bộ Ngoại giao', e.today);
  const totals = new Map<string, { committed: number; disbursed: number }>();
  for (const r of e.byProvince) {
    const t = totals.get(r.currency) ?? { committed: 0, disbursed: 0 };
    t.committed += r.committed;
    t.disbursed += r.disbursed;
    totals.set(r.currency, t);
  }
  const summary = [...totals.entries()].map(([currency, t]) => `- ${currency}: vốn cam kết ${vnNumber(t.committed)}; vốn giải ngân ${vnNumber(t.disbursed)}.`);
  const amountRows = (rows: AggregateRow[], key: string) => rows.map((r, i) => [String(i + 1), label(r, key), r.currency, vnNumber(r.committed), vnNumber(r.disbursed), vnNumber(r.committedUsd), vnNumber(r.disbursedUsd)]);
  const doc = new Document({
    creator: 'INGO Hub',
    title: `Báo cáo tổng hợp viện trợ của các tổ chức PCPNN ${period(e)}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          centred([run('BÁO CÁO TỔNG HỢP', { bold: true, size: 14 })], 360),
          centred([run(`Tình hình viện trợ của các tổ chức phi chính phủ nước ngoài ${period(e)}`, { bold: true })]),
          centred([run('(Tổng hợp từ báo cáo của các tổ chức theo Mẫu 05, Nghị định số 58/2022/NĐ-CP, và báo cáo của các bộ, ngành, địa phương)', { italics: true, size: 12 })], 60),
          heading('I. SỐ LIỆU TỔNG HỢP'),
          ...(summary.length ? summary : ['- Chưa có số liệu báo cáo.']).map((s) => new Paragraph({ indent: { firstLine: 567 }, children: [run(s)] })),
          ...SHEETS.flatMap((s, i) => [heading(`${i + 1}. ${s.title}`), grid(['STT', s.keyHeader, 'Loại tiền', 'Cam kết', 'Giải ngân', 'Cam kết (USD)', 'Giải ngân (USD)'], amountRows(e[s.key], s.key))]),
          heading(`II. ĐỐI CHIẾU SỐ LIỆU VỚI BÁO CÁO CỦA ĐỊA PHƯƠNG NĂM ${e.year}`),
          e.reconciliation.length
            ? grid(RECONCILIATION_HEADERS, e.reconciliation.map((r, i) => reconciliationCells(r, i).map((c) => (typeof c === 'number' || c === null ? vnNumber(c as number | null) : String(c)))))
            : new Paragraph({ indent: { firstLine: 567 }, children: [run('Không có chênh lệch vượt ngưỡng cho phép.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
