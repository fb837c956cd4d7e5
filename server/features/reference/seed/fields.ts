/**
 * Fields / sectors (lĩnh vực) an NGO may register in. D58 publishes no closed list (brief §2, unconfirmed
 * vocabulary), so this is only the initial content of the configurable `field` table, modelled on the sector
 * headings MOFA/COMINGO and PACCOM use; administrators add, rename or deactivate rows in the app.
 */

/** A field row, shaped like the `field` table row. */
export interface FieldSeed {
  /** Stable snake_case code referenced by certificates and dossiers. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly sortOrder: number;
  readonly active: boolean;
}

type Row = readonly [code: string, nameVi: string, nameEn: string];

const ROWS: readonly Row[] = [
  ['health', 'Y tế', 'Health'],
  ['education', 'Giáo dục và đào tạo', 'Education and training'],
  ['social_protection', 'An sinh xã hội', 'Social protection and welfare'],
  ['agriculture_rural', 'Nông nghiệp và phát triển nông thôn', 'Agriculture and rural development'],
  ['environment_climate', 'Môi trường và biến đổi khí hậu', 'Environment and climate change'],
  ['disaster_relief', 'Phòng, chống thiên tai và cứu trợ khẩn cấp', 'Disaster risk reduction and emergency relief'],
  ['livelihoods', 'Phát triển kinh tế và sinh kế', 'Economic development and livelihoods'],
  ['science_technology', 'Khoa học và công nghệ', 'Science and technology'],
  ['culture', 'Văn hóa', 'Culture'],
  ['gender', 'Bình đẳng giới', 'Gender equality'],
  ['disability', 'Hỗ trợ người khuyết tật', 'Disability'],
  ['children', 'Bảo vệ và chăm sóc trẻ em', 'Child protection and care'],
  ['water_sanitation', 'Nước sạch và vệ sinh môi trường', 'Water, sanitation and hygiene'],
  ['governance_capacity', 'Quản trị và nâng cao năng lực', 'Governance and capacity building'],
  ['ethnic_minorities', 'Phát triển vùng dân tộc thiểu số', 'Ethnic minority development'],
  ['other', 'Lĩnh vực khác', 'Other'],
];

/** The initial 16 fields, in display order ('other' last). */
export const FIELDS: readonly FieldSeed[] = ROWS.map(([code, nameVi, nameEn], index) => ({
  code,
  nameVi,
  nameEn,
  sortOrder: index + 1,
  active: true,
}));
