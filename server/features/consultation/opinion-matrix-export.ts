/**
 * The opinion matrix of a dossier (issue 6 §5) as XLSX and DOCX: one row per agency asked, with the day asked, the
 * due day, the day answered and its timeliness, the position and the conditions or objections. Pure rendering.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

export interface MatrixExportRow {
  agency: string;
  sentOn: string;
  dueOn: string;
  answeredOn: string | null;
  timeliness: 'on_time' | 'late' | 'pending' | 'missing';
  position: string | null;
  items: { kind: 'condition' | 'objection'; text: string }[];
  reasons: string | null;
  signer: string | null;
}

export interface MatrixExport {
  dossierCode: string;
  applicant: string;
  procedure: string;
  rows: MatrixExportRow[];
}

const TIMELINESS_VI = { on_time: 'Đúng hạn', late: 'Quá hạn (trả lời muộn)', pending: 'Chưa đến hạn', missing: 'Không có ý kiến đến hạn' } as const;
const POSITION_VI: Record<string, string> = { agree: 'Đồng ý', agree_with_conditions: 'Đồng ý có điều kiện', disagree: 'Không đồng ý', outside_remit: 'Không thuộc thẩm quyền' };
const HEADERS = ['STT', 'Cơ quan', 'Ngày gửi', 'Hạn trả lời', 'Ngày trả lời', 'Tình trạng', 'Ý kiến', 'Điều kiện / ý kiến khác', 'Lý do', 'Người ký'];

const vn = (isoDay: string | null) => (isoDay ? isoDay.split('-').reverse().join('/') : '');
const itemsText = (items: MatrixExportRow['items']) => items.map((i) => `${i.kind === 'condition' ? 'Điều kiện' : 'Không đồng ý'}: ${i.text}`).join('\n');
const cells = (row: MatrixExportRow, index: number) => [String(index + 1), row.agency, vn(row.sentOn), vn(row.dueOn), vn(row.answeredOn), TIMELINESS_VI[row.timeliness], row.position ? (POSITION_VI[row.position] ?? row.position) : '', itemsText(row.items), row.reasons ?? '', row.signer ?? ''];

export async function matrixXlsx(matrix: MatrixExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'INGO Hub';
  const sheet = workbook.addWorksheet('Tổng hợp ý kiến');
  sheet.addRow([`Tổng hợp ý kiến các cơ quan — hồ sơ ${matrix.dossierCode} (${matrix.applicant}) — ${matrix.procedure}`]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(HEADERS).font = { bold: true };
  matrix.rows.forEach((row, i) => sheet.addRow(cells(row, i)));
  sheet.columns.forEach((column, i) => {
    column.width = [5, 40, 12, 12, 12, 22, 20, 50, 40, 25][i];
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function matrixDocx(matrix: MatrixExport): Promise<Buffer> {
  const run = (text: string, bold = false) => new TextRun({ text, bold, font: 'Times New Roman', size: 22 });
  const cell = (text: string, bold = false) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [run(line, bold)] })) });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: HEADERS.map((h) => cell(h, true)) }), ...matrix.rows.map((row, i) => new TableRow({ children: cells(row, i).map((c) => cell(c)) }))],
  });
  const doc = new Document({
    creator: 'INGO Hub',
    title: `Tổng hợp ý kiến ${matrix.dossierCode}`,
    sections: [
      {
        properties: { page: { size: { orientation: 'landscape' as never } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'TỔNG HỢP Ý KIẾN CÁC CƠ QUAN', bold: true, font: 'Times New Roman', size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`Hồ sơ ${matrix.dossierCode} — ${matrix.applicant} — ${matrix.procedure}`)] }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
