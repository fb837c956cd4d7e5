import { compareVietnamese, foldVietnamese } from '../../components/text';

/**
 * How well an option's search text matches what was typed (lower is better), so that "hoa ky" lists Hoa Kỳ before
 * "Các tiểu đảo xa của Hoa Kỳ" and "de" lists Đức (DE) first: 0 = a word equals the query, 1 = the text starts with
 * it, 2 = a word starts with it, 3 = it appears inside. Case and Vietnamese accents are ignored.
 */
export function matchRank(searchText: string, query: string): number {
  const text = foldVietnamese(searchText).trim();
  const typed = foldVietnamese(query).trim();
  if (!typed) return 3;
  const words = text.split(/[\s(),.-]+/).filter(Boolean);
  if (words.includes(typed)) return 0;
  if (text.startsWith(typed)) return 1;
  if (` ${text}`.includes(` ${typed}`)) return 2;
  return 3;
}

/** Orders two matching options: better match first, then Vietnamese alphabetical order of their labels. */
export function compareMatches(a: { searchText: string; label: string }, b: { searchText: string; label: string }, query: string): number {
  return matchRank(a.searchText, query) - matchRank(b.searchText, query) || compareVietnamese(a.label, b.label);
}
