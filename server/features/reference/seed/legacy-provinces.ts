/**
 * The 63 provincial-level units in force until 11 Jun 2025, each mapped to its successor among the 34
 * (National Assembly resolution of 12 Jun 2025, brief §9.3). Certificates issued before the reform name
 * these provinces; the registry keeps the historical name and shows the successor beside it (conventions §5).
 */
import { foldVietnamese } from '../../../../common/text';

/** A pre-2025 province, shaped like the `legacy_province` table row. */
export interface LegacyProvinceSeed {
  /** Old GSO code. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: 'province' | 'city';
  /** GSO code of the current unit (one of the 34) that absorbed it. */
  readonly successorCode: string;
  /** Last day the unit existed: the reform took effect on 12 Jun 2025. */
  readonly validTo: string;
}

/** Last day of the 63-province map (the resolution took effect on 12 Jun 2025). */
export const LEGACY_VALID_TO = '2025-06-11';

type Row = readonly [code: string, nameVi: string, nameEn: string, kind: 'province' | 'city', successorCode: string];

// Successor = the code of the current unit (see provinces.ts). Merged units keep the code of the province
// hosting the new seat: Lào Cai ← Yên Bái 15, Bắc Ninh ← Bắc Giang 24, Quảng Trị ← Quảng Bình 44,
// Gia Lai ← Bình Định 52, Tây Ninh ← Long An 80, Đồng Tháp ← Tiền Giang 82, An Giang ← Kiên Giang 91.
const ROWS: readonly Row[] = [
  ['01', 'Hà Nội', 'Hanoi', 'city', '01'],
  ['02', 'Hà Giang', 'Ha Giang', 'province', '08'],
  ['04', 'Cao Bằng', 'Cao Bang', 'province', '04'],
  ['06', 'Bắc Kạn', 'Bac Kan', 'province', '19'],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'province', '08'],
  ['10', 'Lào Cai', 'Lao Cai', 'province', '15'],
  ['11', 'Điện Biên', 'Dien Bien', 'province', '11'],
  ['12', 'Lai Châu', 'Lai Chau', 'province', '12'],
  ['14', 'Sơn La', 'Son La', 'province', '14'],
  ['15', 'Yên Bái', 'Yen Bai', 'province', '15'],
  ['17', 'Hòa Bình', 'Hoa Binh', 'province', '25'],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'province', '19'],
  ['20', 'Lạng Sơn', 'Lang Son', 'province', '20'],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'province', '22'],
  ['24', 'Bắc Giang', 'Bac Giang', 'province', '24'],
  ['25', 'Phú Thọ', 'Phu Tho', 'province', '25'],
  ['26', 'Vĩnh Phúc', 'Vinh Phuc', 'province', '25'],
  ['27', 'Bắc Ninh', 'Bac Ninh', 'province', '24'],
  ['30', 'Hải Dương', 'Hai Duong', 'province', '31'],
  ['31', 'Hải Phòng', 'Hai Phong', 'city', '31'],
  ['33', 'Hưng Yên', 'Hung Yen', 'province', '33'],
  ['34', 'Thái Bình', 'Thai Binh', 'province', '33'],
  ['35', 'Hà Nam', 'Ha Nam', 'province', '37'],
  ['36', 'Nam Định', 'Nam Dinh', 'province', '37'],
  ['37', 'Ninh Bình', 'Ninh Binh', 'province', '37'],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'province', '38'],
  ['40', 'Nghệ An', 'Nghe An', 'province', '40'],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'province', '42'],
  ['44', 'Quảng Bình', 'Quang Binh', 'province', '44'],
  ['45', 'Quảng Trị', 'Quang Tri', 'province', '44'],
  // Became the centrally-run city "Huế" on 1 Jan 2025; almost every record before that names the province.
  ['46', 'Thừa Thiên Huế', 'Thua Thien Hue', 'province', '46'],
  ['48', 'Đà Nẵng', 'Da Nang', 'city', '48'],
  ['49', 'Quảng Nam', 'Quang Nam', 'province', '48'],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'province', '51'],
  ['52', 'Bình Định', 'Binh Dinh', 'province', '52'],
  ['54', 'Phú Yên', 'Phu Yen', 'province', '66'],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'province', '56'],
  ['58', 'Ninh Thuận', 'Ninh Thuan', 'province', '56'],
  ['60', 'Bình Thuận', 'Binh Thuan', 'province', '68'],
  ['62', 'Kon Tum', 'Kon Tum', 'province', '51'],
  ['64', 'Gia Lai', 'Gia Lai', 'province', '52'],
  ['66', 'Đắk Lắk', 'Dak Lak', 'province', '66'],
  ['67', 'Đắk Nông', 'Dak Nong', 'province', '68'],
  ['68', 'Lâm Đồng', 'Lam Dong', 'province', '68'],
  ['70', 'Bình Phước', 'Binh Phuoc', 'province', '75'],
  ['72', 'Tây Ninh', 'Tay Ninh', 'province', '80'],
  ['74', 'Bình Dương', 'Binh Duong', 'province', '79'],
  ['75', 'Đồng Nai', 'Dong Nai', 'province', '75'],
  ['77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'province', '79'],
  ['79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'city', '79'],
  ['80', 'Long An', 'Long An', 'province', '80'],
  ['82', 'Tiền Giang', 'Tien Giang', 'province', '82'],
  ['83', 'Bến Tre', 'Ben Tre', 'province', '86'],
  ['84', 'Trà Vinh', 'Tra Vinh', 'province', '86'],
  ['86', 'Vĩnh Long', 'Vinh Long', 'province', '86'],
  ['87', 'Đồng Tháp', 'Dong Thap', 'province', '82'],
  ['89', 'An Giang', 'An Giang', 'province', '91'],
  ['91', 'Kiên Giang', 'Kien Giang', 'province', '91'],
  ['92', 'Cần Thơ', 'Can Tho', 'city', '92'],
  ['93', 'Hậu Giang', 'Hau Giang', 'province', '92'],
  ['94', 'Sóc Trăng', 'Soc Trang', 'province', '92'],
  ['95', 'Bạc Liêu', 'Bac Lieu', 'province', '96'],
  ['96', 'Cà Mau', 'Ca Mau', 'province', '96'],
];

/** The 63 pre-reform provinces, ordered by old GSO code. */
export const LEGACY_PROVINCES: readonly LegacyProvinceSeed[] = ROWS.map(([code, nameVi, nameEn, kind, successorCode]) => ({
  code,
  nameVi,
  nameEn,
  kind,
  successorCode,
  validTo: LEGACY_VALID_TO,
}));

/** Other usual spellings of old province names (keys are matched after {@link provinceNameKey}). */
const LEGACY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '06': ['Bắc Cạn'],
  '46': ['Huế', 'Thừa Thiên', 'TT Huế', 'TT-Huế'],
  '66': ['Đắc Lắc', 'Đắk Lắc'],
  '67': ['Đắc Nông'],
  '77': ['BR-VT', 'BRVT', 'Bà Rịa', 'Vũng Tàu'],
  '79': ['Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Sài Gòn', 'Saigon'],
};

const PREFIXES = ['tinh ', 'thanh pho ', 'tp ', 't p ', 'thu do '];
const SUFFIXES = [' province', ' city'];

/**
 * Reduces a province name written any usual way to a matching key: folded (no case, no diacritics, đ → d),
 * punctuation dropped, administrative prefixes ("Tỉnh", "Thành phố", "TP.") and English suffixes
 * ("Province", "City") removed, then spaces removed so "Hanoi" = "Hà Nội" and "Daklak" = "Đắk Lắk".
 */
export function provinceNameKey(name: string): string {
  let folded = foldVietnamese(name.replace(/[.,()'’]/g, ' '));
  for (const prefix of PREFIXES) {
    if (folded.startsWith(prefix)) {
      folded = folded.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (folded.endsWith(suffix)) folded = folded.slice(0, -suffix.length);
  }
  return folded.replace(/ /g, '');
}

/**
 * Builds a key → code index from each row's names plus aliases.
 * @throws Error when two different codes produce the same key (a data mistake caught at module load).
 */
export function buildNameIndex(
  rows: readonly { code: string; nameVi: string; nameEn: string }[],
  aliases: Readonly<Record<string, readonly string[]>>,
): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, code: string): void => {
    const key = provinceNameKey(name);
    const existing = index.get(key);
    if (existing !== undefined && existing !== code) {
      throw new Error(`Province name key "${key}" is ambiguous: ${existing} and ${code}`);
    }
    index.set(key, code);
  };
  for (const row of rows) {
    add(row.nameVi, row.code);
    add(row.nameEn, row.code);
    for (const alias of aliases[row.code] ?? []) add(alias, row.code);
  }
  return index;
}

const LEGACY_INDEX = buildNameIndex(LEGACY_PROVINCES, LEGACY_ALIASES);
const LEGACY_BY_CODE = new Map(LEGACY_PROVINCES.map((row) => [row.code, row]));

/**
 * Resolves an old (pre-12 Jun 2025) province name, written with or without diacritics, prefixes or the usual
 * abbreviations ("TP HCM", "Sài Gòn", "Thừa Thiên - Huế", "Ba Ria Vung Tau"), to its old code and its current
 * successor's code (brief §9.3). Returns null when the name is not recognised.
 */
export function mapLegacyProvinceName(name: string): { legacyCode: string; successorCode: string } | null {
  const code = LEGACY_INDEX.get(provinceNameKey(name));
  const row = code === undefined ? undefined : LEGACY_BY_CODE.get(code);
  return row ? { legacyCode: row.code, successorCode: row.successorCode } : null;
}
