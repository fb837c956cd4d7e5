import { CERTIFICATE_TYPES, LEGAL_FORMS, type CertificateType, type LegalForm } from '../../../common/registry';
import { foldVietnamese } from '../../../common/text';

/** A column of the import file: its key, bilingual header, description, and whether a value is required. */
export interface ImportColumn {
  key: string;
  vi: string;
  en: string;
  required: boolean;
  /** Column width in the XLSX template (characters). */
  width: number;
  description: { vi: string; en: string };
}

const col = (key: string, vi: string, en: string, required: boolean, width: number, descVi: string, descEn: string): ImportColumn => ({
  key,
  vi,
  en,
  required,
  width,
  description: { vi: descVi, en: descEn },
});

/**
 * The columns of the bulk import of existing NGOs (MOFA data entry from paper and spreadsheets, brief §8.2):
 * one row = one organisation with its current certificate. Headers may be written in Vietnamese, English, both
 * ("Tên tiếng Anh / English name") or as the key; columns may come in any order.
 */
export const IMPORT_COLUMNS = [
  col('name_original', 'Tên nguyên bản', 'Original name', true, 36, 'Tên tổ chức bằng ngôn ngữ gốc.', 'Name of the organisation in its original language.'),
  col('name_en', 'Tên tiếng Anh', 'English name', true, 36, 'Tên giao dịch bằng tiếng Anh.', 'Name in English.'),
  col('name_vi', 'Tên tiếng Việt', 'Vietnamese name', false, 36, 'Tên bằng tiếng Việt (nếu có).', 'Name in Vietnamese (if any).'),
  col('abbreviation', 'Tên viết tắt', 'Abbreviation', false, 12, 'Tối đa 30 ký tự.', 'At most 30 characters.'),
  col('country', 'Quốc gia', 'Country', true, 18, 'Mã ISO (VD: US, USA) hoặc tên nước bằng tiếng Việt/Anh.', 'ISO code (e.g. US, USA) or the country name in Vietnamese/English.'),
  col('legal_form', 'Loại hình pháp lý', 'Legal form', true, 22, 'Xem danh sách ở trang "Hướng dẫn".', 'See the list on the "Instructions" sheet.'),
  col('home_registration_expires_on', 'Hạn đăng ký tại nước sở tại', 'Home registration expires on', false, 16, 'dd/mm/yyyy; thời hạn Giấy đăng ký không vượt quá ngày này (Điều 9 NĐ 58/2022).', 'dd/mm/yyyy; a certificate cannot run beyond it (Decree 58/2022 Art. 9).'),
  col('hq_address', 'Địa chỉ trụ sở chính', 'Headquarters address', false, 36, 'Địa chỉ trụ sở tại nước ngoài.', 'Headquarters address abroad.'),
  col('email', 'Email', 'Email', false, 24, 'Một địa chỉ email.', 'One e-mail address.'),
  col('phone', 'Điện thoại', 'Phone', false, 18, 'Chỉ gồm số, dấu cách, + ( ) . -', 'Digits, spaces and + ( ) . - only.'),
  col('head_name', 'Người đứng đầu tổ chức', 'Head of organisation', false, 24, 'Họ tên người đứng đầu tổ chức.', 'Full name of the head of the organisation.'),
  col('representative_name', 'Người đại diện', 'Representative', false, 24, 'Họ tên Trưởng đại diện / Trưởng Văn phòng đại diện.', 'Full name of the representative / head of the representative office.'),
  col('representative_nationality', 'Quốc tịch người đại diện', 'Representative nationality', false, 16, 'Mã ISO hoặc tên nước.', 'ISO code or country name.'),
  col('representative_passport', 'Số hộ chiếu người đại diện', 'Representative passport number', false, 18, 'Số hộ chiếu hoặc giấy tờ tùy thân.', 'Passport or identity document number.'),
  col('certificate_type', 'Loại giấy đăng ký', 'Certificate type', true, 28, 'Xem danh sách ở trang "Hướng dẫn" (gồm các loại theo Nghị định 12/2012).', 'See the "Instructions" sheet (includes the Decree 12/2012 types).'),
  col('certificate_number', 'Số giấy đăng ký', 'Certificate number', true, 20, 'Số ghi trên Giấy đăng ký, VD: 112/GĐKHĐ-BNG.', 'Number written on the certificate, e.g. 112/GĐKHĐ-BNG.'),
  col('issued_on', 'Ngày cấp', 'Issue date', true, 12, 'dd/mm/yyyy', 'dd/mm/yyyy'),
  col('valid_from', 'Có hiệu lực từ', 'Valid from', false, 12, 'dd/mm/yyyy; để trống = ngày cấp.', 'dd/mm/yyyy; empty = the issue date.'),
  col('valid_to', 'Có hiệu lực đến', 'Valid to', true, 12, 'dd/mm/yyyy; tối đa 3 năm (hoạt động) hoặc 5 năm (VPĐD) kể từ ngày cấp.', 'dd/mm/yyyy; at most 3 years (operation) or 5 years (representative office) from issue.'),
  col('areas', 'Địa bàn hoạt động', 'Provinces', true, 30, 'Tên tỉnh, thành phố, cách nhau bởi dấu ;. Chấp nhận tên cũ trước 2025 (tự chuyển sang tỉnh mới).', 'Province names separated by ;. Pre-2025 names are accepted and mapped to today’s province.'),
  col('fields', 'Lĩnh vực hoạt động', 'Fields', true, 30, 'Mã hoặc tên lĩnh vực, cách nhau bởi dấu ;', 'Field codes or names separated by ;'),
  col('office_city', 'Thành phố đặt Văn phòng đại diện', 'Representative office city', false, 18, 'Chỉ với Văn phòng đại diện: Hà Nội, Đà Nẵng hoặc TP Hồ Chí Minh.', 'Representative office only: Hà Nội, Đà Nẵng or Ho Chi Minh City.'),
  col('office_address', 'Địa chỉ Văn phòng đại diện', 'Representative office address', false, 30, 'Chỉ với Văn phòng đại diện.', 'Representative office only.'),
] as const satisfies readonly ImportColumn[];

/** Key of an import column. */
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
/** The non-empty cells of one data row, by column key (text as written, trimmed). */
export type RowValues = Partial<Record<ImportColumnKey, string>>;

/** Column definition by key. */
export const COLUMN_BY_KEY = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [c.key, c]));

/** The header written in templates: "Tên tiếng Anh / English name", with "*" for a required column. */
export function templateHeader(column: ImportColumn): string {
  return `${column.vi} / ${column.en}${column.required ? ' *' : ''}`;
}

const headerKey = (s: string) =>
  foldVietnamese(s)
    .replace(/\*|\((bat buoc|required)\)/g, ' ')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();

const HEADER_INDEX = new Map<string, ImportColumnKey>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column.key, column.key.replace(/_/g, ' '), column.vi, column.en, `${column.vi} / ${column.en}`, templateHeader(column)]) {
    HEADER_INDEX.set(headerKey(name), column.key);
  }
}

/** The column a header names (any language, with or without "*"), or null when it is not an import column. */
export function columnOfHeader(header: string): ImportColumnKey | null {
  const key = headerKey(header);
  if (!key) return null;
  return HEADER_INDEX.get(key) ?? HEADER_INDEX.get(key.replace(/\s*\/\s*/g, ' / ')) ?? null;
}

/** Labels of the legal forms (brief §8.2), as in the web client. */
export const LEGAL_FORM_LABELS: Record<LegalForm, { vi: string; en: string }> = {
  non_profit: { vi: 'Tổ chức phi lợi nhuận', en: 'Non-profit organisation' },
  social_fund: { vi: 'Quỹ xã hội', en: 'Social fund' },
  private_fund: { vi: 'Quỹ tư nhân', en: 'Private foundation' },
  other: { vi: 'Hình thức khác', en: 'Other' },
};

/**
 * Labels of the certificate types: operation certificate (Giấy đăng ký hoạt động), representative office
 * certificate (Giấy đăng ký lập Văn phòng đại diện) of Decree 58/2022, and the Decree 12/2012 legacy types.
 */
export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, { vi: string; en: string }> = {
  operation: { vi: 'Giấy đăng ký hoạt động', en: 'Operation certificate' },
  rep_office: { vi: 'Giấy đăng ký lập Văn phòng đại diện', en: 'Representative office certificate' },
  legacy_operation: { vi: 'Giấy đăng ký hoạt động (Nghị định 12/2012)', en: 'Operation certificate (Decree 12/2012)' },
  legacy_project_office: { vi: 'Giấy đăng ký lập Văn phòng dự án (Nghị định 12/2012)', en: 'Project office certificate (Decree 12/2012)' },
  legacy_rep_office: { vi: 'Giấy đăng ký lập Văn phòng đại diện (Nghị định 12/2012)', en: 'Representative office certificate (Decree 12/2012)' },
};

function codeIndex<K extends string>(codes: readonly K[], labels: Record<K, { vi: string; en: string }>): Map<string, K> {
  const index = new Map<string, K>();
  for (const code of codes) for (const name of [code, labels[code].vi, labels[code].en]) index.set(foldVietnamese(name), code);
  return index;
}

const LEGAL_FORM_INDEX = codeIndex(LEGAL_FORMS, LEGAL_FORM_LABELS);
const CERTIFICATE_TYPE_INDEX = codeIndex(CERTIFICATE_TYPES, CERTIFICATE_TYPE_LABELS);

/** A legal form written as its code or its Vietnamese/English label (null when unknown). */
export function legalFormOf(text: string): LegalForm | null {
  return LEGAL_FORM_INDEX.get(foldVietnamese(text)) ?? null;
}

/** A certificate type written as its code or its Vietnamese/English label (null when unknown). */
export function certificateTypeOf(text: string): CertificateType | null {
  return CERTIFICATE_TYPE_INDEX.get(foldVietnamese(text)) ?? null;
}
