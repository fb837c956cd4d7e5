/**
 * Folds Vietnamese (or any Latin-script) text to a comparison key: NFC/NFD-safe, lowercase, diacritics removed
 * **including đ/Đ → d** (which `normalize('NFD')` alone does not do), hyphens and dashes turned into spaces,
 * and whitespace collapsed. Used wherever the web or the server compares names without accents
 * (conventions §5); the SQL counterpart is `vn_norm()` (unaccent + lower).
 *
 * @example foldVietnamese('  Thừa Thiên - Huế ') === 'thua thien hue'
 * @example foldVietnamese('ĐÀ NẴNG') === 'da nang'
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[-‐‑‒–—―_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
