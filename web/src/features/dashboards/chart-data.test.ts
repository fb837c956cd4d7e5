import { describe, expect, it } from 'vitest';
import { compactAmount, rowLabel, share, toBars, toMapValues } from './chart-data';

describe('dashboard chart data', () => {
  const rows = [
    { code: '46', nameVi: 'Huế', nameEn: 'Hue', count: 10 },
    { code: 'other', nameVi: null, nameEn: null, count: 3 },
    { code: 'XX', nameVi: null, nameEn: null, count: 1 },
  ];

  it('labels rows in the current language, "others" translated, the code when no name is known', () => {
    expect(rowLabel(rows[0]!, 'vi', 'Khác')).toBe('Huế');
    expect(rowLabel(rows[0]!, 'en', 'Others')).toBe('Hue');
    expect(rowLabel(rows[1]!, 'vi', 'Khác')).toBe('Khác');
    expect(rowLabel(rows[2]!, 'en', 'Others')).toBe('XX');
  });

  it('turns rows into bars and province rows into map values', () => {
    expect(toBars(rows, 'vi', 'Khác').map((b) => [b.label, b.value])).toEqual([
      ['Huế', 10],
      ['Khác', 3],
      ['XX', 1],
    ]);
    expect(toMapValues(rows.slice(0, 1))).toEqual({ '46': 10 });
  });

  it('computes shares safely and compact amounts', () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(1, 0)).toBe(0);
    expect(compactAmount(1_250_000, 'en')).toBe('1.3M');
  });
});
