import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { letterBody, placeAndDate, renderLetterDocx, renderLetterPdf, type ConsultationLetter } from './consultation-letter';

const letter: ConsultationLetter = {
  superiorBody: 'BỘ NGOẠI GIAO',
  issuingUnit: 'ỦY BAN CÔNG TÁC VỀ CÁC TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI',
  number: '15/UBCT-PCPNN',
  place: 'Hà Nội',
  day: '2027-02-01',
  subject: 'xin ý kiến về việc cấp Giấy đăng ký hoạt động cho Tổ chức Hỗ trợ Trẻ em Ánh Dương (CHLB Đức)',
  recipient: 'Bộ Công an',
  paragraphs: ['Ngày 20/01/2027, Ủy ban công tác về các tổ chức phi chính phủ nước ngoài nhận được hồ sơ đầy đủ, hợp lệ của Tổ chức Hỗ trợ Trẻ em Ánh Dương đề nghị cấp Giấy đăng ký hoạt động tại thành phố Huế và thành phố Hà Nội, lĩnh vực giáo dục và đào tạo.'],
  documents: [{ title: 'Bản sao Điều lệ của tổ chức', link: 'https://ingo.example.vn/consultations/abc/documents/1' }],
  dueDay: '2027-02-22',
  copiesTo: ['Như trên', 'Bộ trưởng (để b/c)'],
  signerAuthority: 'TL. CHỦ NHIỆM',
  signerTitle: 'VỤ TRƯỞNG',
  signerName: 'Nguyễn Thị Hồng Nhung',
};

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/[ \t]+/g, ' ');
}

describe('placeAndDate (Decree 30/2020 App. I: leading zero for days below 10 and for months 1 and 2)', () => {
  it('writes the place and the date in words the official way', () => {
    expect(placeAndDate('Hà Nội', '2027-02-01')).toBe('Hà Nội, ngày 01 tháng 02 năm 2027');
    expect(placeAndDate('Hà Nội', '2026-12-04')).toBe('Hà Nội, ngày 04 tháng 12 năm 2026');
    expect(placeAndDate('Huế', '2026-03-15')).toBe('Huế, ngày 15 tháng 3 năm 2026');
  });
});

describe('the request-for-opinion letter', () => {
  it('states the reply deadline with its legal basis and lists the documents by link', () => {
    const body = letterBody(letter);
    expect(body).toContain('Đề nghị Quý Cơ quan cho ý kiến bằng văn bản và gửi qua Hệ thống INGO Hub trước hết ngày 22/02/2027 (10 ngày làm việc kể từ ngày nhận văn bản, theo khoản 2 Điều 11 Nghị định số 58/2022/NĐ-CP).');
    expect(body.at(-1)).toBe('1. Bản sao Điều lệ của tổ chức: https://ingo.example.vn/consultations/abc/documents/1');
  });

  it('opens as a PDF whose text reads back in correct Vietnamese', async () => {
    const bytes = await renderLetterPdf(letter);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/UBCT-PCPNN', 'Hà Nội, ngày 01 tháng 02 năm 2027', 'Kính gửi:', 'Bộ Công an', 'trước hết ngày 22/02/2027', 'Nguyễn Thị Hồng Nhung', 'Nơi nhận:']) {
      expect(text).toContain(expected);
    }
  });

  it('opens as a DOCX whose document text is the same letter', async () => {
    const bytes = await renderLetterDocx(letter);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(bytes);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 15/UBCT-PCPNN', 'V/v xin ý kiến về việc cấp Giấy đăng ký hoạt động', 'Hà Nội, ngày 01 tháng 02 năm 2027', 'Kính gửi: Bộ Công an', 'trước hết ngày 22/02/2027', 'Nguyễn Thị Hồng Nhung', '- Lưu: VT.']) {
      expect(text).toContain(expected);
    }
  });
});
