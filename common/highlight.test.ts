import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

const marked = (text: string, q: string) => {
  let out = '';
  let at = 0;
  for (const [s, e] of highlightRanges(text, q)) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
};

describe('highlightRanges', () => {
  it.each([
    ['diacritics and case ignored', 'Tổ chức Cứu trợ Trẻ em Quốc tế', 'to chuc cuu tro', '[Tổ chức Cứu trợ] Trẻ em Quốc tế'],
    ['đ matches d', 'Quỹ Phát triển Đồng bằng', 'dong bang', 'Quỹ Phát triển [Đồng bằng]'],
    ['every occurrence', 'Health for Health', 'health', '[Health] for [Health]'],
    ['a typo falls back to the words that match', 'Children Relief International', 'childern relief', 'Children [Relief] International'],
    ['hyphen in the text matches a space', 'Bà Rịa - Vũng Tàu', 'ria vung', 'Bà [Rịa - Vũng] Tàu'],
    ['no match', 'Japan Community Health Fund', 'water', 'Japan Community Health Fund'],
    ['decomposed (NFD) input keeps its marks inside the range', 'Hue\u0302\u0301 city', 'hue', '[Hue\u0302\u0301] city'],
  ])('%s', (_name, text, q, expected) => {
    expect(marked(text, q)).toBe(expected);
  });
});
