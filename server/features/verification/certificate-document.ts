import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatVnDate } from '../../../common/dates';
import type { CertificateContent } from '../certificates/certificates.service';
import type { OrganizationContent } from '../organizations/organizations.service';
import { COUNTRIES } from '../reference/seed/countries';
import { FIELDS } from '../reference/seed/fields';
import { PROVINCES } from '../reference/seed/provinces';

const TITLES = {
  operation: { vi: 'GIẤY ĐĂNG KÝ HOẠT ĐỘNG', en: 'OPERATION REGISTRATION CERTIFICATE' },
  rep_office: { vi: 'GIẤY ĐĂNG KÝ LẬP VĂN PHÒNG ĐẠI DIỆN', en: 'REPRESENTATIVE OFFICE REGISTRATION CERTIFICATE' },
} as const;

const nameOf = <T extends { code: string; nameVi: string }>(list: readonly T[], code: string | null) => list.find((x) => x.code === code)?.nameVi ?? code ?? '';

/**
 * The certificate as a one-page document in the national layout (Decree 30/2020 style: national motto, issuing body,
 * number, title, body, signature block), in Noto Serif, with a QR code carrying the signed verification link.
 */
export function certificateDocument(c: CertificateContent, org: OrganizationContent, qrDataUrl: string, verifyUrl: string): TDocumentDefinitions {
  const type = c.type === 'rep_office' || c.type === 'legacy_rep_office' ? 'rep_office' : 'operation';
  const title = TITLES[type];
  const row = (label: string, value: string) => [{ text: label, bold: true }, value];
  return {
    pageSize: 'A4',
    pageMargins: [60, 50, 50, 50],
    info: { title: `${title.vi} ${c.number}`, author: 'Bộ Ngoại giao — INGO Hub' },
    content: [
      {
        columns: [
          { width: '45%', stack: [{ text: 'BỘ NGOẠI GIAO', bold: true }, { text: `Số: ${c.number}`, margin: [0, 6, 0, 0] }], alignment: 'center' },
          { width: '55%', stack: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }, { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, decoration: 'underline' }, { text: `Hà Nội, ngày ${formatVnDate(c.issuedOn)}`, italics: true, margin: [0, 6, 0, 0] }], alignment: 'center' },
        ],
        fontSize: 11,
      },
      { text: title.vi, bold: true, fontSize: 16, alignment: 'center', margin: [0, 28, 0, 2] },
      { text: title.en, italics: true, fontSize: 11, alignment: 'center', margin: [0, 0, 0, 18] },
      {
        table: {
          widths: [170, '*'],
          body: [
            row('Tên tổ chức / Name', [org.nameVi, org.nameEn, org.nameOriginal !== org.nameEn ? org.nameOriginal : null].filter(Boolean).join('\n')),
            row('Quốc gia / Country', nameOf(COUNTRIES, org.countryCode)),
            row('Trụ sở chính / Headquarters', org.hqAddress ?? ''),
            row(type === 'rep_office' ? 'Trưởng văn phòng / Head of office' : 'Người đại diện / Representative', c.representativeName ?? ''),
            row('Địa bàn hoạt động / Areas', c.areas.map((a) => nameOf(PROVINCES, a.provinceCode)).join(', ')),
            row('Lĩnh vực / Fields', c.fields.map((f) => nameOf(FIELDS, f)).join(', ')),
            ...(type === 'rep_office' ? [row('Văn phòng đại diện / Office', `${c.officeAddress ?? ''} (${nameOf(PROVINCES, c.officeCityCode)})`)] : []),
            row('Thời hạn / Valid', `${formatVnDate(c.validFrom)} – ${formatVnDate(c.validTo)}`),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 11,
      },
      { text: 'Căn cứ Nghị định số 58/2022/NĐ-CP ngày 31/8/2022 của Chính phủ về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam.', italics: true, fontSize: 10, margin: [0, 14, 0, 0] },
      {
        columns: [
          { width: 120, stack: [{ image: qrDataUrl, width: 110 }, { text: 'Quét để xác minh / Scan to verify', fontSize: 8, alignment: 'center' }] },
          { width: '*', text: '' },
          { width: 200, stack: [{ text: 'TL. BỘ TRƯỞNG', bold: true }, { text: 'Chủ tịch Ủy ban công tác về các tổ chức phi chính phủ nước ngoài', fontSize: 10, margin: [0, 2, 0, 40] }, { text: '(Đã ký điện tử)', italics: true }], alignment: 'center' },
        ],
        margin: [0, 24, 0, 0],
      },
      { text: verifyUrl, fontSize: 6, color: '#555555', margin: [0, 10, 0, 0] },
    ],
  };
}
