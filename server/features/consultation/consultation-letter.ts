/**
 * The request for opinion (văn bản xin ý kiến) COMINGO sends to a consulted agency (Decree 58/2022 Art. 11(2)),
 * as DOCX and PDF in the layout of an administrative letter (công văn) of Decree 30/2020/NĐ-CP Appendix I:
 * issuing authority and number on the left, national title and motto on the right, place and date, the summary
 * line (V/v …), "Kính gửi", the body, recipients (Nơi nhận) and the signature block. Pure rendering: the caller
 * supplies every text; nothing here reads the database.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../platform/documents/pdf';

export interface ConsultationLetter {
  /** Superior body and issuing unit, e.g. "BỘ NGOẠI GIAO" / "ỦY BAN CÔNG TÁC VỀ CÁC TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI". */
  readonly superiorBody: string;
  readonly issuingUnit: string;
  /** "Số: 123/UBCT-PCPNN" without the "Số:" prefix. */
  readonly number: string;
  readonly place: string;
  /** ISO day the letter is signed. */
  readonly day: string;
  /** Summary line after "V/v". */
  readonly subject: string;
  readonly recipient: string;
  readonly paragraphs: readonly string[];
  /** Dossier documents the agency may read in INGO Hub (title and link), listed, not attached. */
  readonly documents: readonly { readonly title: string; readonly link: string }[];
  /** ISO due day of the reply (end of that working day). */
  readonly dueDay: string;
  readonly copiesTo: readonly string[];
  /** "TL. CHỦ NHIỆM" etc., the signer's title and full name. */
  readonly signerAuthority: string;
  readonly signerTitle: string;
  readonly signerName: string;
}

/** "Hà Nội, ngày 04 tháng 12 năm 2026": days below 10 and months 1–2 take a leading zero (Decree 30/2020 App. I). */
export function placeAndDate(place: string, isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** dd/mm/yyyy */
const vnDay = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** The body paragraphs with the deadline sentence and the document list appended. */
export function letterBody(letter: ConsultationLetter): string[] {
  return [
    ...letter.paragraphs,
    `Đề nghị Quý Cơ quan cho ý kiến bằng văn bản và gửi qua Hệ thống INGO Hub trước hết ngày ${vnDay(letter.dueDay)} (10 ngày làm việc kể từ ngày nhận văn bản, theo khoản 2 Điều 11 Nghị định số 58/2022/NĐ-CP).`,
    ...(letter.documents.length ? ['Hồ sơ của tổ chức được đăng tải trên Hệ thống INGO Hub, gồm:', ...letter.documents.map((d, i) => `${i + 1}. ${d.title}: ${d.link}`)] : []),
  ];
}

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The letter as a PDF in Noto Serif (13 pt body, as Decree 30/2020 recommends 13–14 pt). */
export async function renderLetterPdf(letter: ConsultationLetter): Promise<Buffer> {
  const header: Content = {
    columns: [
      { width: '42%', stack: [{ text: letter.superiorBody, fontSize: 12 }, { text: letter.issuingUnit, bold: true, fontSize: 12, decoration: 'underline' }, { text: `Số: ${letter.number}`, margin: [0, 6, 0, 0] }, { text: `V/v ${letter.subject}`, fontSize: 12, margin: [0, 4, 0, 0] }], alignment: 'center' },
      { width: '58%', stack: [{ text: NATIONAL_TITLE, bold: true, fontSize: 12 }, { text: MOTTO, bold: true, decoration: 'underline' }, { text: placeAndDate(letter.place, letter.day), italics: true, margin: [0, 10, 0, 0] }], alignment: 'center' },
    ],
  };
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [85, 57, 57, 57],
    info: { title: `${letter.number} — ${letter.subject}` },
    defaultStyle: { fontSize: 13 },
    content: [
      header,
      { text: [{ text: 'Kính gửi: ', italics: false }, { text: letter.recipient, bold: true }], alignment: 'center', margin: [0, 18, 0, 12] },
      ...letterBody(letter).map((p): Content => ({ text: p, alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6] })),
      {
        columns: [
          { width: '50%', stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 }, ...letter.copiesTo.map((c) => ({ text: `- ${c};`, fontSize: 11 })), { text: '- Lưu: VT.', fontSize: 11 }] },
          { width: '50%', stack: [{ text: letter.signerAuthority, bold: true }, { text: letter.signerTitle, bold: true }, { text: '(Đã ký)', italics: true, margin: [0, 24, 0, 24] }, { text: letter.signerName, bold: true }], alignment: 'center' },
        ],
        margin: [0, 18, 0, 0],
      },
    ],
  };
  return renderPdf(doc);
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const centred = (runs: TextRun[], spacingBefore = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children: runs });
const run = (text: string, options: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: options.bold, italics: options.italics, underline: options.underline ? {} : undefined, size: (options.size ?? 13) * 2, font: 'Times New Roman' });

function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  const cell = (children: Paragraph[], percent: number) => new TableCell({ children, borders: NO_BORDERS, width: { size: percent, type: WidthType.PERCENTAGE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
    rows: [new TableRow({ children: [cell(left, leftPercent), cell(right, 100 - leftPercent)] })],
  });
}

/** The letter as a DOCX (Times New Roman 13 pt, the font Decree 30/2020 prescribes for Word documents). */
export async function renderLetterDocx(letter: ConsultationLetter): Promise<Buffer> {
  const header = twoColumns(
    [
      centred([run(letter.superiorBody, { size: 12 })]),
      centred([run(letter.issuingUnit, { bold: true, underline: true, size: 12 })]),
      centred([run(`Số: ${letter.number}`)], 120),
      centred([run(`V/v ${letter.subject}`, { size: 12 })], 80),
    ],
    [
      centred([run(NATIONAL_TITLE, { bold: true, size: 12 })]),
      centred([run(MOTTO, { bold: true, underline: true })]),
      centred([run(placeAndDate(letter.place, letter.day), { italics: true })], 200),
    ],
    42,
  );
  const footer = twoColumns(
    [new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }), ...letter.copiesTo.map((c) => new Paragraph({ children: [run(`- ${c};`, { size: 11 })] })), new Paragraph({ children: [run('- Lưu: VT.', { size: 11 })] })],
    [centred([run(letter.signerAuthority, { bold: true })]), centred([run(letter.signerTitle, { bold: true })]), centred([run('(Đã ký)', { italics: true })], 480), centred([run(letter.signerName, { bold: true })], 480)],
    50,
  );
  const doc = new Document({
    creator: 'INGO Hub',
    title: `${letter.number} — ${letter.subject}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, children: [run('Kính gửi: '), run(letter.recipient, { bold: true })] }),
          ...letterBody(letter).map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 }, children: [run(p)] })),
          new Paragraph({ children: [] }),
          footer,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
