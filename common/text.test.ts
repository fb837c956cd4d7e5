import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Thừa Thiên - Huế', 'thua thien hue'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
    ['  Hòa   Bình ', 'hoa binh'],
    ['Hoà Bình', 'hoa binh'],
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['Nghệ\tAn', 'nghe an'],
    ['plain ascii', 'plain ascii'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Quảng Ngãi'.normalize('NFC');
    const nfd = 'Quảng Ngãi'.normalize('NFD');
    expect(foldVietnamese(nfc)).toBe(foldVietnamese(nfd));
  });
});
