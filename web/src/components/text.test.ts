import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, matchesFolded } from './text';

describe('foldVietnamese', () => {
  it('removes diacritics and maps đ to d', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Bộ Công an')).toBe('bo cong an');
  });

  it('matches regardless of accents and case', () => {
    expect(matchesFolded('Thành phố Huế', 'hue')).toBe(true);
    expect(matchesFolded('Thành phố Huế', 'ha noi')).toBe(false);
  });

  it('sorts Đ right after D', () => {
    expect(['Điện Biên', 'Yên Bái', 'Cà Mau'].sort(compareVietnamese)).toEqual(['Cà Mau', 'Điện Biên', 'Yên Bái']);
  });
});
