import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../../common/highlight';
import { splitByRanges } from './highlight';

const marked = (text: string, ranges: number[][]) =>
  splitByRanges(text, ranges)
    .map((s) => (s.isMatch ? `[${s.text}]` : s.text))
    .join('');

describe('splitByRanges', () => {
  it('marks the ranges the server found for a query typed without accents', () => {
    const text = 'Tổ chức Cứu trợ Trẻ em Quốc tế';
    expect(marked(text, highlightRanges(text, 'cuu tro'))).toBe('Tổ chức [Cứu trợ] Trẻ em Quốc tế');
  });

  it('keeps the text whole when there is nothing to mark', () => {
    expect(splitByRanges('Quỹ Nước sạch Mê Kông', undefined)).toEqual([{ text: 'Quỹ Nước sạch Mê Kông', isMatch: false }]);
    expect(splitByRanges('', [[0, 1]])).toEqual([]);
  });

  it('tolerates unsorted, overlapping and out-of-bounds ranges', () => {
    expect(marked('abcdefgh', [[5, 20], [0, 2], [1, 3]])).toBe('[abc]de[fgh]');
    expect(marked('abc', [[-4, 1], [2, 2]])).toBe('[a]bc');
  });
});
