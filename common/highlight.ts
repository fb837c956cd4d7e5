import { foldVietnamese } from './text';

/** A matched part of a text: [start, end) in UTF-16 code units, as `String#slice` takes them. */
export type HighlightRange = [start: number, end: number];

function foldChar(ch: string): string {
  if (/\s/u.test(ch)) return ' ';
  if (/[-‐‑‒–—―_]/u.test(ch)) return ' ';
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Where `query` matches `text`, ignoring case and Vietnamese diacritics (đ = d), as ranges of the original text.
 * The whole query is looked for first; when it does not occur (a typo, words in another order) each word of two
 * or more letters is highlighted where it occurs. Overlapping ranges are merged.
 *
 * @example highlightRanges('Tổ chức Cứu trợ Trẻ em', 'cuu tro') → [[8, 15]]
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const needle = foldVietnamese(query);
  if (!text || !needle) return [];
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    if (!folded && ends.length) ends[ends.length - 1] = offset + ch.length;
    for (const c of folded) {
      if (c === ' ' && chars[chars.length - 1] === ' ') {
        ends[ends.length - 1] = offset + ch.length; // runs of spaces and dashes count as one space
        continue;
      }
      chars.push(c);
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  const haystack = chars.join('');
  const find = (term: string): HighlightRange[] => {
    const found: HighlightRange[] = [];
    for (let at = haystack.indexOf(term); at !== -1 && term; at = haystack.indexOf(term, at + term.length)) {
      found.push([starts[at]!, ends[at + term.length - 1]!]);
    }
    return found;
  };
  let ranges = find(needle);
  if (!ranges.length) ranges = needle.split(' ').filter((w) => w.length >= 2).flatMap(find);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: HighlightRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
