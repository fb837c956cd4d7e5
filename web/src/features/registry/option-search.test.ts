import { describe, expect, it } from 'vitest';
import { compareMatches, matchRank } from './option-search';

const us = { label: 'Hoa Kỳ (US)', searchText: 'Hoa Kỳ United States US' };
const um = { label: 'Các tiểu đảo xa của Hoa Kỳ (UM)', searchText: 'Các tiểu đảo xa của Hoa Kỳ United States Minor Outlying Islands UM' };
const de = { label: 'Đức (DE)', searchText: 'Đức Germany DE' };
const bd = { label: 'Bangladesh (BD)', searchText: 'Bangladesh Bangladesh BD' };

describe('matchRank / compareMatches', () => {
  it('ranks an equal word, then a prefix of the text, then a prefix of a word, then anything inside', () => {
    expect(matchRank(de.searchText, 'de')).toBe(0);
    expect(matchRank(us.searchText, 'hoa ky')).toBe(1);
    expect(matchRank(um.searchText, 'hoa ky')).toBe(2);
    expect(matchRank(bd.searchText, 'des')).toBe(3);
  });

  it('ignores accents and case, and ties fall back to Vietnamese order', () => {
    expect(matchRank('Đà Nẵng', 'DA NANG')).toBe(1);
    expect([um, us].sort((a, b) => compareMatches(a, b, 'hoa ky')).map((o) => o.label)).toEqual(['Hoa Kỳ (US)', 'Các tiểu đảo xa của Hoa Kỳ (UM)']);
    expect([bd, de].sort((a, b) => compareMatches(a, b, 'de')).map((o) => o.label)).toEqual(['Đức (DE)', 'Bangladesh (BD)']);
    expect([de, bd].sort((a, b) => compareMatches(a, b, '')).map((o) => o.label)).toEqual(['Bangladesh (BD)', 'Đức (DE)']);
  });
});
