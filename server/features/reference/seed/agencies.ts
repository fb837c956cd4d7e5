/**
 * Seed rows for `org_unit`: MOFA and COMINGO, VUFO and PACCOM (brief §1.1), the ministries and
 * ministerial-level agencies in force since 1 Mar 2025, the ministries merged on that day with links to their
 * successors (Resolution 176/2025/QH15, brief §9.4 — general knowledge, verify), and one focal unit per current
 * province (brief §1.2). Parent and successor links are codes; the SQL builder resolves them to ids.
 */
import type { OrgUnitKind } from '../../units/units.tables';
import { PROVINCES } from './provinces';
import type { ProvinceSeed } from './provinces';

/** An org_unit seed row; `parentCode` / `successorCode` refer to other rows' `code`. */
export interface OrgUnitSeed {
  readonly code: string;
  readonly kind: Exclude<OrgUnitKind, 'ngo'>;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly abbreviation: string | null;
  readonly parentCode: string | null;
  readonly provinceCode: string | null;
  readonly successorCode: string | null;
  readonly activeFrom: string | null;
  readonly activeTo: string | null;
  readonly note: string | null;
}

const BLANK = {
  abbreviation: null,
  parentCode: null,
  provinceCode: null,
  successorCode: null,
  activeFrom: null,
  activeTo: null,
  note: null,
} as const;

type Central = Pick<OrgUnitSeed, 'code' | 'kind' | 'nameVi' | 'nameEn'> & Partial<OrgUnitSeed>;
const central = (row: Central): OrgUnitSeed => ({ ...BLANK, abbreviation: row.code, ...row });

/** Day the 2025 government restructuring took effect (Resolution 176/2025/QH15). */
const REFORM_DAY = '2025-03-01';
const LAST_DAY_BEFORE_REFORM = '2025-02-28';

/** MOFA, COMINGO, VUFO and PACCOM. */
export const FOREIGN_AFFAIRS_UNITS: readonly OrgUnitSeed[] = [
  central({ code: 'MOFA', kind: 'mofa', nameVi: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs' }),
  central({
    code: 'COMINGO',
    kind: 'mofa',
    nameVi: 'Ủy ban công tác về các tổ chức phi chính phủ nước ngoài',
    nameEn: 'Committee for Foreign Non-Governmental Organization Affairs',
    parentCode: 'MOFA',
    note: "Prime Minister's inter-agency committee (Decision 59/2001/QĐ-TTg), chaired by a Deputy Minister of Foreign Affairs; receives dossiers (D58 Art. 11, 15, 17).",
  }),
  central({
    code: 'VUFO',
    kind: 'agency',
    nameVi: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
    nameEn: 'Vietnam Union of Friendship Organizations',
    note: 'Standing agency of COMINGO; its 2025 placement inside the Vietnam Fatherland Front system is unconfirmed.',
  }),
  central({
    code: 'PACCOM',
    kind: 'agency',
    nameVi: 'Ủy ban Điều phối viện trợ nhân dân',
    nameEn: "People's Aid Coordinating Committee",
    parentCode: 'VUFO',
  }),
];

/** Ministries and ministerial-level agencies in force since 1 Mar 2025 (MOFA is listed above). */
export const CURRENT_MINISTRIES: readonly OrgUnitSeed[] = [
  central({ code: 'MPS', kind: 'ministry', nameVi: 'Bộ Công an', nameEn: 'Ministry of Public Security' }),
  central({ code: 'MOD', kind: 'ministry', nameVi: 'Bộ Quốc phòng', nameEn: 'Ministry of National Defence' }),
  central({
    code: 'MOHA',
    kind: 'ministry',
    nameVi: 'Bộ Nội vụ',
    nameEn: 'Ministry of Home Affairs',
    note: 'Since 1 Mar 2025 also holds labour, employment, wages and social insurance (from MOLISA); publishes the yearly holiday schedule.',
  }),
  central({ code: 'MOJ', kind: 'ministry', nameVi: 'Bộ Tư pháp', nameEn: 'Ministry of Justice' }),
  central({
    code: 'MOF',
    kind: 'ministry',
    nameVi: 'Bộ Tài chính',
    nameEn: 'Ministry of Finance',
    note: 'Since 1 Mar 2025 also holds the former Ministry of Planning and Investment functions (D58 consultation, annual reports, aid).',
  }),
  central({ code: 'MOIT', kind: 'ministry', nameVi: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade' }),
  central({
    code: 'MAE',
    kind: 'ministry',
    nameVi: 'Bộ Nông nghiệp và Môi trường',
    nameEn: 'Ministry of Agriculture and Environment',
    activeFrom: REFORM_DAY,
    note: 'Formed on 1 Mar 2025 from MARD and MONRE; also took poverty-reduction functions from MOLISA (general knowledge, verify).',
  }),
  central({
    code: 'MOC',
    kind: 'ministry',
    nameVi: 'Bộ Xây dựng',
    nameEn: 'Ministry of Construction',
    activeFrom: REFORM_DAY,
    note: 'Formed on 1 Mar 2025 from the former Ministry of Construction and the Ministry of Transport.',
  }),
  central({
    code: 'MOCST',
    kind: 'ministry',
    nameVi: 'Bộ Văn hóa, Thể thao và Du lịch',
    nameEn: 'Ministry of Culture, Sports and Tourism',
    note: 'Since 1 Mar 2025 also holds press and publishing functions of the former MIC (general knowledge, verify).',
  }),
  central({
    code: 'MOST',
    kind: 'ministry',
    nameVi: 'Bộ Khoa học và Công nghệ',
    nameEn: 'Ministry of Science and Technology',
    note: 'Absorbed the Ministry of Information and Communications on 1 Mar 2025.',
  }),
  central({
    code: 'MOET',
    kind: 'ministry',
    nameVi: 'Bộ Giáo dục và Đào tạo',
    nameEn: 'Ministry of Education and Training',
    note: 'Since 1 Mar 2025 also holds vocational education (from MOLISA; general knowledge, verify).',
  }),
  central({
    code: 'MOH',
    kind: 'ministry',
    nameVi: 'Bộ Y tế',
    nameEn: 'Ministry of Health',
    note: 'Since 1 Mar 2025 also holds social protection, children and social-evils prevention (from MOLISA; general knowledge, verify).',
  }),
  central({
    code: 'MERA',
    kind: 'ministry',
    nameVi: 'Bộ Dân tộc và Tôn giáo',
    nameEn: 'Ministry of Ethnic and Religious Affairs',
    activeFrom: REFORM_DAY,
    note: 'Formed on 1 Mar 2025 from the Committee for Ethnic Minority Affairs plus religious affairs from MOHA.',
  }),
  central({
    code: 'SBV',
    kind: 'agency',
    nameVi: 'Ngân hàng Nhà nước Việt Nam',
    nameEn: 'State Bank of Vietnam',
    note: 'Ministerial-level agency (cơ quan ngang bộ).',
  }),
  central({
    code: 'GI',
    kind: 'agency',
    nameVi: 'Thanh tra Chính phủ',
    nameEn: 'Government Inspectorate',
    note: 'Ministerial-level agency (cơ quan ngang bộ).',
  }),
  central({
    code: 'OOG',
    kind: 'agency',
    nameVi: 'Văn phòng Chính phủ',
    nameEn: 'Office of the Government',
    note: 'Ministerial-level agency (cơ quan ngang bộ).',
  }),
];

const merged = (row: Central & { successorCode: string; abbreviation?: string }): OrgUnitSeed =>
  central({ activeTo: LAST_DAY_BEFORE_REFORM, ...row });

/** Ministries merged on 1 Mar 2025; D58 still names several of them, so they keep a row with a successor. */
export const MERGED_MINISTRIES: readonly OrgUnitSeed[] = [
  merged({ code: 'MPI', kind: 'ministry', nameVi: 'Bộ Kế hoạch và Đầu tư', nameEn: 'Ministry of Planning and Investment', successorCode: 'MOF' }),
  merged({
    code: 'MOLISA',
    kind: 'ministry',
    nameVi: 'Bộ Lao động - Thương binh và Xã hội',
    nameEn: 'Ministry of Labour, Invalids and Social Affairs',
    successorCode: 'MOHA',
    note: 'Successor set to MOHA (labour, employment, wages, social insurance, persons with meritorious services); social protection and children went to MOH, vocational education to MOET, poverty reduction to MAE.',
  }),
  merged({ code: 'MONRE', kind: 'ministry', nameVi: 'Bộ Tài nguyên và Môi trường', nameEn: 'Ministry of Natural Resources and Environment', successorCode: 'MAE' }),
  merged({ code: 'MARD', kind: 'ministry', nameVi: 'Bộ Nông nghiệp và Phát triển nông thôn', nameEn: 'Ministry of Agriculture and Rural Development', successorCode: 'MAE' }),
  merged({ code: 'MOT', kind: 'ministry', nameVi: 'Bộ Giao thông vận tải', nameEn: 'Ministry of Transport', successorCode: 'MOC' }),
  merged({
    code: 'MOC_OLD',
    kind: 'ministry',
    nameVi: 'Bộ Xây dựng',
    nameEn: 'Ministry of Construction',
    abbreviation: 'MOC',
    successorCode: 'MOC',
    note: 'The Ministry of Construction as it stood before its merger with the Ministry of Transport on 1 Mar 2025.',
  }),
  merged({
    code: 'MIC',
    kind: 'ministry',
    nameVi: 'Bộ Thông tin và Truyền thông',
    nameEn: 'Ministry of Information and Communications',
    successorCode: 'MOST',
    note: 'Press and publishing functions went to MOCST.',
  }),
  merged({ code: 'CEMA', kind: 'ministry', nameVi: 'Ủy ban Dân tộc', nameEn: 'Committee for Ethnic Minority Affairs', successorCode: 'MERA' }),
];

/**
 * Provinces assumed to keep a Department of Foreign Affairs under Decree 45/2025/NĐ-CP Art. 9(1) (international
 * border gate, international airport/seaport, or large FDI / foreign presence). **Unconfirmed** default.
 */
export const PROVINCES_WITH_DOFA: readonly string[] = [
  '01', '04', '11', '15', '20', '22', '24', '31', '40', '42', '44', '46', '48', '56', '79', '80', '91', '92',
];

const FOCAL_UNIT_NOTE =
  'Default designation of the provincial focal unit (Sở Ngoại vụ vs Văn phòng UBND, Decree 45/2025/NĐ-CP Art. 9(1)) is unconfirmed; administrators change it per province.';

function focalUnitFor(p: ProvinceSeed): OrgUnitSeed {
  const hasDofa = PROVINCES_WITH_DOFA.includes(p.code);
  // "Thành phố Hồ Chí Minh" already carries its level; the others get "tỉnh" / "thành phố".
  const placeVi = p.nameVi.startsWith('Thành phố') ? p.nameVi : `${p.kind === 'city' ? 'thành phố' : 'tỉnh'} ${p.nameVi}`;
  return {
    ...BLANK,
    code: `PROV-${p.code}`,
    kind: 'province',
    nameVi: hasDofa ? `Sở Ngoại vụ ${placeVi}` : `Văn phòng Ủy ban nhân dân ${placeVi}`,
    nameEn: hasDofa ? `Department of Foreign Affairs of ${p.nameEn}` : `Office of the ${p.nameEn} People's Committee`,
    abbreviation: hasDofa ? 'DOFA' : null,
    provinceCode: p.code,
    note: FOCAL_UNIT_NOTE,
  };
}

/** One focal unit per current province (code `PROV-<GSO code>`), in province code order. */
export const PROVINCIAL_FOCAL_UNITS: readonly OrgUnitSeed[] = PROVINCES.map(focalUnitFor);

/** Every org_unit seed row; parents and successors come before the rows that refer to them only by code. */
export const ORG_UNITS: readonly OrgUnitSeed[] = [
  ...FOREIGN_AFFAIRS_UNITS,
  ...CURRENT_MINISTRIES,
  ...MERGED_MINISTRIES,
  ...PROVINCIAL_FOCAL_UNITS,
];

/**
 * Checks that codes are unique and that every parent/successor/province reference points at a seeded row.
 * @throws Error naming the first broken reference.
 */
export function assertOrgUnitReferences(): void {
  const codes = new Set<string>();
  for (const u of ORG_UNITS) {
    if (codes.has(u.code)) throw new Error(`Duplicate org_unit code ${u.code}`);
    codes.add(u.code);
  }
  const provinceCodes = new Set(PROVINCES.map((p) => p.code));
  for (const u of ORG_UNITS) {
    if (u.parentCode && !codes.has(u.parentCode)) throw new Error(`${u.code}: unknown parent ${u.parentCode}`);
    if (u.successorCode && !codes.has(u.successorCode)) throw new Error(`${u.code}: unknown successor ${u.successorCode}`);
    if (u.provinceCode && !provinceCodes.has(u.provinceCode)) throw new Error(`${u.code}: unknown province ${u.provinceCode}`);
  }
}
