const SPECIAL: Record<string, string> = { đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L' };

/**
 * The JavaScript twin of SQL `vn_norm(text)` = `lower(unaccent(text))` for the characters the synthetic
 * generator writes (Vietnamese, Western European letters, CJK untouched): Latin diacritics removed, đ → d,
 * ß → ss, lower case. Unlike `foldVietnamese` it keeps hyphens and spacing, as vn_norm does. A test checks it
 * against the database for every word the generator can put in a person's name.
 */
export function vnNormJs(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[đĐßæÆøØœŒłŁ]/g, (c) => SPECIAL[c]!)
    .toLowerCase();
}
