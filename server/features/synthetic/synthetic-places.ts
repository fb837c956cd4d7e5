import { LEGACY_PROVINCES, LEGACY_VALID_TO } from '../reference/seed/legacy-provinces';
import { resolveProvinceName } from '../reference/seed/province-names';
import { PROVINCES } from '../reference/seed/provinces';
import type { Random } from './synthetic-random';

/** An area as the registry stores it (certificate_area without the certificate id). */
export interface AreaValue {
  provinceCode: string;
  legacyProvinceCode: string | null;
  nameAsWritten: string | null;
}

// How often NGOs work in each of today's 34 provinces: the big cities, the poor northern mountains, the
// central coast hit by typhoons and the Mekong delta get most of them (uneven on purpose, like the real register).
const PROVINCE_WEIGHT: Record<string, number> = {
  '01': 14, '79': 10, '46': 7, '48': 6, '44': 6, '40': 5, '38': 4, '15': 5, '11': 4, '12': 3, '14': 4, '04': 3, '08': 4,
  '19': 2, '20': 2, '22': 2, '24': 2, '25': 3, '31': 2, '33': 2, '37': 2, '42': 3, '51': 4, '52': 4, '56': 2, '66': 4,
  '68': 3, '75': 2, '80': 2, '82': 3, '86': 3, '91': 3, '92': 4, '96': 3,
};
const CURRENT = PROVINCES.map((p) => [p.code, PROVINCE_WEIGHT[p.code] ?? 1] as const);
const PROVINCE_NAME = new Map(PROVINCES.map((p) => [p.code, p.nameVi]));
const PROVINCE_KIND = new Map(PROVINCES.map((p) => [p.code, p.kind]));
// Usual ways old certificates wrote some provinces (all resolved by resolveProvinceName).
const OLD_SPELLINGS: Record<string, readonly string[]> = { '46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế'], '79': ['TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'], '77': ['Bà Rịa - Vũng Tàu'], '66': ['Đắk Lắk', 'Đắc Lắc'] };
const LEGACY = LEGACY_PROVINCES.map((p) => [p, PROVINCE_WEIGHT[p.successorCode] ?? 1] as const);

/** The first day of the 34-province map (12 Jun 2025): certificates issued before it name the old provinces. */
export const NEW_MAP_FROM = '2025-06-12';
if (NEW_MAP_FROM <= LEGACY_VALID_TO) throw new Error('province reform dates are inconsistent');

/** A province of today's 34, weighted by where NGOs work. */
export function pickProvinceCode(r: Random): string {
  return r.weighted(CURRENT);
}

/** The Vietnamese name of a current province ("Huế", "Thành phố Hồ Chí Minh"). */
export function provinceName(code: string): string {
  return PROVINCE_NAME.get(code) ?? code;
}

/** "tỉnh Nghệ An" / "thành phố Huế" (without doubling "Thành phố"). */
export function provinceWithKind(code: string): string {
  const name = provinceName(code);
  if (name.startsWith('Thành phố')) return name.replace('Thành phố', 'thành phố');
  return `${PROVINCE_KIND.get(code) === 'city' ? 'thành phố' : 'tỉnh'} ${name}`;
}

/** An area of today's map, entered by code. */
export const areaByCode = (provinceCode: string): AreaValue => ({ provinceCode, legacyProvinceCode: null, nameAsWritten: null });

/** An area written by name (old or current), resolved as the certificate service resolves it. */
export function areaByName(name: string): AreaValue {
  const match = resolveProvinceName(name);
  if (!match) throw new Error(`synthetic province name not recognised: ${name}`);
  return { provinceCode: match.provinceCode, legacyProvinceCode: match.legacyCode, nameAsWritten: name };
}

/** One more area, not yet in `taken` (today's codes), written the way a certificate of `day` writes it. */
export function pickArea(r: Random, day: string, taken: ReadonlySet<string>): AreaValue | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    if (day < NEW_MAP_FROM && r.chance(0.8)) {
      const old = r.weighted(LEGACY);
      if (taken.has(old.successorCode)) continue;
      const spellings = OLD_SPELLINGS[old.code];
      return areaByName(spellings && r.chance(0.5) ? r.pick(spellings) : old.nameVi);
    }
    const code = pickProvinceCode(r);
    if (!taken.has(code)) return areaByCode(code);
  }
  return null;
}

/** 1–6 areas of a certificate (distinct provinces of today's map), by code or as written on the paper. */
export function pickAreas(r: Random, day: string, mustInclude?: string): AreaValue[] {
  const count = r.weighted([[1, 25], [2, 30], [3, 22], [4, 12], [5, 7], [6, 4]] as const);
  const areas: AreaValue[] = mustInclude ? [areaByCode(mustInclude)] : [];
  const taken = new Set(areas.map((a) => a.provinceCode));
  while (areas.length < count) {
    const area = pickArea(r, day, taken);
    if (!area) break;
    taken.add(area.provinceCode);
    areas.push(area);
  }
  return areas;
}

const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Phan Chu Trinh', 'Hùng Vương', 'Quang Trung', 'Điện Biên Phủ', 'Lê Duẩn', 'Nguyễn Trãi', 'Trần Phú', 'Hoàng Hoa Thám', 'Bạch Đằng', 'Ngô Quyền', 'Lê Lai', 'Nguyễn Du', 'Phạm Văn Đồng', 'Võ Thị Sáu', 'Nguyễn Văn Cừ'];
const WARDS = ['Trung tâm', 'Hòa Bình', 'Thống Nhất', 'Tân Tiến', 'Quyết Thắng', 'Đông Thành', 'Tây Sơn', 'Bình Minh', 'An Phú', 'Phú Lợi', 'Thành Công', 'Tân An'];
const BUILDINGS = ['Hanoi Towers', 'Sun Red River', 'Vincom Center', 'Pacific Place', 'Daeha Business Center', 'Saigon Centre', 'Indochina Plaza', 'Capital Tower'];

/** A Vietnamese street address in a province ("14 Lê Lợi, phường Thống Nhất, Huế"). */
export function vietnameseAddress(r: Random, provinceCode: string): string {
  return `${r.int(1, 299)} ${r.pick(STREETS)}, ${r.chance(0.7) ? 'phường' : 'xã'} ${r.pick(WARDS)}, ${provinceName(provinceCode)}`;
}

/** The address of a representative office in one of the three allowed cities. */
export function officeAddress(r: Random, cityCode: string): string {
  return `Phòng ${r.int(2, 25)}${r.digits(2)}, tòa nhà ${r.pick(BUILDINGS)}, ${vietnameseAddress(r, cityCode)}`;
}

const PARTNER_KINDS: readonly (readonly [string, (code: string) => string])[] = [
  ['state_agency', (c) => `Sở Y tế ${provinceWithKind(c)}`],
  ['state_agency', (c) => `Sở Giáo dục và Đào tạo ${provinceWithKind(c)}`],
  ['state_agency', (c) => `Sở Nông nghiệp và Môi trường ${provinceWithKind(c)}`],
  ['mass_organization', (c) => `Hội Liên hiệp Phụ nữ ${provinceWithKind(c)}`],
  ['mass_organization', (c) => `Hội Chữ thập đỏ ${provinceWithKind(c)}`],
  ['mass_organization', (c) => `Tỉnh đoàn ${provinceName(c)}`],
  ['mass_organization', (c) => `Liên hiệp các tổ chức hữu nghị ${provinceWithKind(c)}`],
  ['hospital', (c) => `Bệnh viện Đa khoa ${provinceWithKind(c)}`],
  ['university', (c) => `Trường Cao đẳng Y tế ${provinceName(c)}`],
  ['local_authority', (c) => `Ủy ban nhân dân phường ${r0(c)}`],
];
const r0 = (code: string) => WARDS[Number(code) % WARDS.length]!;

/** 0–3 Vietnamese partners in the NGO's provinces. */
export function pickPartners(r: Random, provinceCodes: readonly string[]): { name: string; kind: string; provinceCode: string }[] {
  const count = r.weighted([[0, 30], [1, 35], [2, 25], [3, 10]] as const);
  const out = new Map<string, { name: string; kind: string; provinceCode: string }>();
  for (let i = 0; i < count && provinceCodes.length; i++) {
    const provinceCode = r.pick(provinceCodes);
    const [kind, name] = r.pick(PARTNER_KINDS);
    out.set(name(provinceCode), { name: name(provinceCode), kind, provinceCode });
  }
  return [...out.values()];
}
