import { buildNameIndex, mapLegacyProvinceName, provinceNameKey } from './legacy-provinces';
import { PROVINCES } from './provinces';

/** Other usual spellings of current unit names (matched after `provinceNameKey`). */
const CURRENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '79': ['Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Sài Gòn', 'Saigon'],
  '66': ['Đắc Lắc', 'Đắk Lắc'],
};

const CURRENT_INDEX = buildNameIndex(PROVINCES, CURRENT_ALIASES);

/** Result of {@link resolveProvinceName}: the current unit and, when the name was an old one, its old code. */
export interface ResolvedProvince {
  /** Code of one of the 34 current units. */
  readonly provinceCode: string;
  /** Old GSO code when the name matched only a pre-2025 province; null when it is a current name. */
  readonly legacyCode: string | null;
}

/**
 * Resolves any province name to a current unit (brief §9.3): first among the 34 current names (so "Bắc Ninh"
 * means today's Bắc Ninh, code 24), then among the 63 old names (so "Bắc Giang" → 24 with legacyCode 24,
 * "Quảng Nam" → 48 with legacyCode 49). Returns null when the name is not recognised.
 */
export function resolveProvinceName(name: string): ResolvedProvince | null {
  const current = CURRENT_INDEX.get(provinceNameKey(name));
  if (current !== undefined) return { provinceCode: current, legacyCode: null };
  const legacy = mapLegacyProvinceName(name);
  return legacy ? { provinceCode: legacy.successorCode, legacyCode: legacy.legacyCode } : null;
}
