import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportDocx, reportXlsx, type ReportExport } from './report-export';

const agencyReport: ReportExport = {
  form: 'province_annual',
  campaignTitleVi: 'Báo cáo năm 2026 của tỉnh, thành phố về công tác PCPNN',
  periodFrom: '2025-12-15',
  periodTo: '2026-12-14',
  dueOn: '2026-11-30',
  partyNameVi: 'Sở Ngoại vụ thành phố Huế',
  version: 1,
  submittedOn: '2026-12-04',
  late: true,
  amendmentReason: null,
  content: {
    ngoActivity: [{ nameVi: 'Tổ chức Cứu trợ Trẻ em Quốc tế', provinceCode: '46', currency: 'USD', committed: 80000, disbursed: 30000, ngoReported: { committed: 80000, disbursed: 50000 }, explanation: 'Theo chứng từ giải ngân thực tế', adjusted: true, projects: 1 }],
    taskStatus: [{ code: 'H1', titleVi: 'Rà soát hoạt động của các tổ chức trên địa bàn', status: 'in_progress', progressPercent: 60, note: 'Đã rà soát 8/10 tổ chức' }],
    assessment: 'Các tổ chức hoạt động đúng mục đích.',
    difficulties: '',
    proposals: 'Đề nghị tập huấn về Nghị định 58.',
  },
  today: new Date('2026-12-04T03:00:00Z'),
};

describe('one report as XLSX and DOCX (agency / province form)', () => {
  it('XLSX: the NGO figures beside the confirmed ones with the explanation, and the tasks', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(agencyReport)) as unknown as ArrayBuffer);
    const values = (name: string) => (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(values('Số liệu viện trợ')[1]).toEqual(['Tổ chức Cứu trợ Trẻ em Quốc tế', '46', 'USD', 80000, 80000, 50000, 30000, 'Theo chứng từ giải ngân thực tế']);
    expect(values('Nhiệm vụ')[1]).toEqual(['H1', 'Rà soát hoạt động của các tổ chức trên địa bàn', 'Đang thực hiện', 60, 'Đã rà soát 8/10 tổ chức']);
    expect(values('Thông tin chung')).toEqual(expect.arrayContaining([['Ngày nộp', '04/12/2026 (quá hạn)']]));
  });

  it('DOCX: the official heading and the Vietnamese text intact', async () => {
    const xml = await (await JSZip.loadAsync(await reportDocx(agencyReport))).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('SỞ NGOẠI VỤ THÀNH PHỐ HUẾ');
    expect(xml).toContain('III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
    expect(xml).toContain('Đề nghị tập huấn về Nghị định 58.');
  });
});
