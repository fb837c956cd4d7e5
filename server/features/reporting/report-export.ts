/**
 * One submitted report as XLSX (numbers as numbers, one sheet per table) and as DOCX in the official layout
 * (Decree 30/2020 App. I heading): the NGO's periodic report (Form 05, Decree 58/2022 Art. 21(5)) or an agency /
 * province annual report. Pure rendering from the stored content.
 */
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { centred, grid, heading, officialHeader, run, vnNumber } from './consolidation.export';
import type { ReportForm } from './reporting.tables';

export interface ReportExport {
  form: ReportForm;
  campaignTitleVi: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  partyNameVi: string;
  version: number;
  submittedOn: string | null;
  late: boolean;
  amendmentReason: string | null;
  content: Record<string, unknown>;
  today: Date;
}

interface AidLine { provinceCode?: string; currency?: string; committed?: number; disbursed?: number }
interface AidItem { kind?: string; titleVi?: string; lines?: AidLine[]; vietnamesePartners?: { name: string }[]; beneficiaries?: { description?: string; count?: number | null } }
interface ActivityRow { nameVi?: string; provinceCode?: string; currency?: string; committed?: number; disbursed?: number; ngoReported?: { committed: number; disbursed: number }; explanation?: string | null; projects?: number }
interface TaskRow { code?: string; titleVi?: string; status?: string; progressPercent?: number; note?: string | null }

const KIND_VI: Record<string, string> = { program: 'Chương trình', project: 'Dự án', non_project: 'Phi dự án' };
const TASK_STATUS_VI: Record<string, string> = { not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Hoàn thành', delayed: 'Chậm tiến độ' };
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The general information rows shared by both formats. */
function generalRows(e: ReportExport): [string, string][] {
  return [
    ['Đợt báo cáo', e.campaignTitleVi],
    ['Kỳ báo cáo', `${dmy(e.periodFrom)} – ${dmy(e.periodTo)}`],
    ['Hạn nộp', dmy(e.dueOn)],
    ['Đơn vị báo cáo', e.partyNameVi],
    ['Phiên bản', `${e.version}${e.amendmentReason ? ` (bổ sung, sửa đổi: ${e.amendmentReason})` : ''}`],
    ['Ngày nộp', `${dmy(e.submittedOn)}${e.late ? ' (quá hạn)' : ''}`],
  ];
}

/** Aid figures of an NGO report, one row per item line. */
function ngoLines(content: Record<string, unknown>): (string | number)[][] {
  const items = (content.items ?? []) as AidItem[];
  return items.flatMap((item) => (item.lines ?? []).map((l) => [text(item.titleVi), KIND_VI[item.kind ?? ''] ?? text(item.kind), text(l.provinceCode), text(l.currency), Number(l.committed ?? 0), Number(l.disbursed ?? 0)]));
}

function agencyRows(content: Record<string, unknown>): (string | number)[][] {
  return ((content.ngoActivity ?? []) as ActivityRow[]).map((r) => [text(r.nameVi), text(r.provinceCode), text(r.currency), Number(r.ngoReported?.committed ?? 0), Number(r.committed ?? 0), Number(r.ngoReported?.disbursed ?? 0), Number(r.disbursed ?? 0), r.explanation ?? '']);
}

const NGO_HEADERS = ['Chương trình, dự án, khoản viện trợ', 'Hình thức', 'Tỉnh, thành phố', 'Loại tiền', 'Vốn cam kết', 'Vốn giải ngân'];
const AGENCY_HEADERS = ['Tổ chức', 'Tỉnh, thành phố', 'Loại tiền', 'Cam kết (tổ chức báo cáo)', 'Cam kết (đơn vị xác nhận)', 'Giải ngân (tổ chức báo cáo)', 'Giải ngân (đơn vị xác nhận)', 'Giải trình'];
const TASK_HEADERS = ['Mã', 'Nhiệm vụ', 'Tình trạng', 'Tiến độ (%)', 'Ghi chú'];

const taskRows = (content: Record<string, unknown>) => ((content.taskStatus ?? []) as TaskRow[]).map((t) => [text(t.code), text(t.titleVi), TASK_STATUS_VI[t.status ?? ''] ?? text(t.status), Number(t.progressPercent ?? 0), t.note ?? '']);

/** The narrative sections of the form, in order. */
function sections(e: ReportExport): [string, string][] {
  const c = e.content;
  if (e.form === 'ngo_annual') {
    const staff = c.staff as { foreign?: number; vietnamese?: number } | null | undefined;
    const contact = c.contact as { name?: string; title?: string | null; email?: string | null; phone?: string | null } | null | undefined;
    return [
      ['Nhân sự', staff ? `Người nước ngoài: ${staff.foreign ?? 0}; người Việt Nam: ${staff.vietnamese ?? 0}` : '—'],
      ['Khó khăn, vướng mắc', text(c.difficulties) || '—'],
      ['Kế hoạch năm tới', text(c.nextYearPlan) || '—'],
      ['Người liên hệ', contact ? [contact.name, contact.title, contact.email, contact.phone].filter(Boolean).join(' — ') : '—'],
    ];
  }
  return [
    ['Đánh giá', text(c.assessment) || '—'],
    ['Khó khăn, vướng mắc', text(c.difficulties) || '—'],
    ['Kiến nghị, đề xuất', text(c.proposals) || '—'],
  ];
}

const titleOf = (e: ReportExport) => (e.form === 'ngo_annual' ? 'BÁO CÁO ĐỊNH KỲ (Mẫu 05, Nghị định số 58/2022/NĐ-CP)' : 'BÁO CÁO CÔNG TÁC PHI CHÍNH PHỦ NƯỚC NGOÀI');

/** XLSX: general information, the figures, (agency) the action-program tasks, the narrative sections. */
export async function reportXlsx(e: ReportExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'INGO Hub';
  const info = workbook.addWorksheet('Thông tin chung');
  info.addRow([titleOf(e)]).font = { bold: true };
  for (const row of [...generalRows(e), ...sections(e)]) info.addRow(row);
  info.columns.forEach((c, i) => (c.width = [28, 100][i]));
  const figures = workbook.addWorksheet('Số liệu viện trợ');
  const ngo = e.form === 'ngo_annual';
  figures.addRow(ngo ? NGO_HEADERS : AGENCY_HEADERS).font = { bold: true };
  for (const row of ngo ? ngoLines(e.content) : agencyRows(e.content)) figures.addRow(row);
  figures.columns.forEach((c, i) => {
    c.width = ngo ? [50, 14, 14, 10, 18, 18][i] : [45, 14, 10, 20, 20, 20, 20, 50][i];
    if ((ngo && i >= 4) || (!ngo && i >= 3 && i <= 6)) c.numFmt = '#,##0.##';
  });
  if (!ngo) {
    const tasks = workbook.addWorksheet('Nhiệm vụ');
    tasks.addRow(TASK_HEADERS).font = { bold: true };
    for (const row of taskRows(e.content)) tasks.addRow(row);
    tasks.columns.forEach((c, i) => (c.width = [10, 70, 18, 12, 50][i]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** DOCX: the report in the official layout. */
export async function reportDocx(e: ReportExport): Promise<Buffer> {
  const ngo = e.form === 'ngo_annual';
  const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (typeof c === 'number' ? vnNumber(c) : c)));
  const doc = new Document({
    creator: 'INGO Hub',
    title: `${titleOf(e)} — ${e.partyNameVi}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          officialHeader(e.partyNameVi, e.today, ngo ? 'TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI' : 'ĐƠN VỊ BÁO CÁO'),
          centred([run(titleOf(e), { bold: true, size: 14 })], 360),
          centred([run(e.campaignTitleVi, { bold: true })]),
          heading('I. THÔNG TIN CHUNG'),
          ...generalRows(e).map(([k, v]) => new Paragraph({ indent: { firstLine: 567 }, children: [run(`${k}: `, { bold: true }), run(v)] })),
          heading(ngo ? 'II. CHƯƠNG TRÌNH, DỰ ÁN, VIỆN TRỢ PHI DỰ ÁN ĐÃ THỰC HIỆN' : 'II. HOẠT ĐỘNG CỦA CÁC TỔ CHỨC PCPNN'),
          grid(ngo ? NGO_HEADERS : AGENCY_HEADERS, cells(ngo ? ngoLines(e.content) : agencyRows(e.content))),
          ...(ngo ? [] : [heading('III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ'), grid(TASK_HEADERS, cells(taskRows(e.content)))]),
          heading(ngo ? 'III. CÁC NỘI DUNG KHÁC' : 'IV. ĐÁNH GIÁ, KIẾN NGHỊ'),
          ...sections(e).map(([k, v]) => new Paragraph({ indent: { firstLine: 567 }, children: [run(`${k}: `, { bold: true }), run(v)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
