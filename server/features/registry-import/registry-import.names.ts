import { foldVietnamese } from '../../../common/text';
import { LEGACY_PROVINCES, provinceNameKey } from '../reference/seed/legacy-provinces';
import { PROVINCES } from '../reference/seed/provinces';

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `text` when it is close enough to be a likely typo (at most a quarter of the
 * letters differ, and at least 1); compared by `key` (folded text by default). Null when nothing is close.
 */
export function closest(text: string, candidates: readonly string[], key: (s: string) => string = foldVietnamese): string | null {
  const wanted = key(text);
  if (!wanted) return null;
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  let best: { name: string; distance: number } | null = null;
  for (const name of candidates) {
    const distance = editDistance(wanted, key(name));
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

const PROVINCE_CANDIDATES = [...PROVINCES.map((p) => p.nameVi), ...LEGACY_PROVINCES.map((p) => p.nameVi)];

/** A current or pre-2025 province name close to a name that was not recognised (a likely typo), or null. */
export function provinceSuggestion(name: string): string | null {
  return closest(name, PROVINCE_CANDIDATES, provinceNameKey);
}

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

/** Names of one of the 34 current provinces by code. */
export function provinceNameOf(code: string): { vi: string; en: string } {
  const p = PROVINCE_BY_CODE.get(code);
  return { vi: p?.nameVi ?? code, en: p?.nameEn ?? code };
}
