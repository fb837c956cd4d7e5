import { describe, expect, it } from 'vitest';
import { LEGACY_PROVINCES, mapLegacyProvinceName } from './legacy-provinces';
import { resolveProvinceName } from './province-names';
import { PROVINCES, UNCHANGED_PROVINCE_CODES } from './provinces';

const currentCodes = new Set(PROVINCES.map((p) => p.code));

describe('PROVINCES (34 units since 12 Jun 2025)', () => {
  it('has 34 units with unique codes: 28 provinces and 6 centrally-run cities', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(currentCodes.size).toBe(34);
    expect(PROVINCES.filter((p) => p.kind === 'city').map((p) => p.code)).toEqual(['01', '31', '46', '48', '79', '92']);
  });

  it('is sorted by code with sortOrder 1..34', () => {
    const codes = PROVINCES.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(PROVINCES.map((p) => p.sortOrder)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
  });
});

describe('LEGACY_PROVINCES (63 units until 11 Jun 2025)', () => {
  it('has 63 rows with unique codes, all valid to 2025-06-11', () => {
    expect(LEGACY_PROVINCES).toHaveLength(63);
    expect(new Set(LEGACY_PROVINCES.map((p) => p.code)).size).toBe(63);
    expect(LEGACY_PROVINCES.every((p) => p.validTo === '2025-06-11')).toBe(true);
  });

  it('maps every old province to one of the 34', () => {
    for (const row of LEGACY_PROVINCES) expect(currentCodes.has(row.successorCode), row.nameVi).toBe(true);
  });

  it('gives every current unit at least one predecessor, and 23 of them more than one', () => {
    const predecessors = new Map<string, string[]>();
    for (const row of LEGACY_PROVINCES) predecessors.set(row.successorCode, [...(predecessors.get(row.successorCode) ?? []), row.code]);
    for (const code of currentCodes) expect(predecessors.get(code)?.length ?? 0, code).toBeGreaterThanOrEqual(1);
    expect([...predecessors.values()].filter((list) => list.length > 1)).toHaveLength(23);
  });

  it('maps the 11 unchanged units to themselves, same code and same name', () => {
    expect(UNCHANGED_PROVINCE_CODES).toHaveLength(11);
    for (const code of UNCHANGED_PROVINCE_CODES) {
      const legacy = LEGACY_PROVINCES.find((p) => p.code === code);
      const current = PROVINCES.find((p) => p.code === code);
      expect(legacy?.successorCode).toBe(code);
      // Thừa Thiên Huế was renamed Huế on becoming a centrally-run city (1 Jan 2025).
      if (code !== '46') expect(legacy?.nameVi).toBe(current?.nameVi);
    }
  });

  it.each([
    ['Hải Dương', '31'],
    ['Quảng Nam', '48'],
    ['Bình Dương', '79'],
    ['Bà Rịa - Vũng Tàu', '79'],
    ['Sóc Trăng', '92'],
    ['Hậu Giang', '92'],
    ['Hà Giang', '08'],
    ['Yên Bái', '15'],
    ['Lào Cai', '15'],
    ['Bắc Kạn', '19'],
    ['Vĩnh Phúc', '25'],
    ['Hòa Bình', '25'],
    ['Bắc Ninh', '24'],
    ['Thái Bình', '33'],
    ['Hà Nam', '37'],
    ['Nam Định', '37'],
    ['Quảng Bình', '44'],
    ['Quảng Trị', '44'],
    ['Kon Tum', '51'],
    ['Bình Định', '52'],
    ['Gia Lai', '52'],
    ['Ninh Thuận', '56'],
    ['Đắk Nông', '68'],
    ['Bình Thuận', '68'],
    ['Phú Yên', '66'],
    ['Bình Phước', '75'],
    ['Long An', '80'],
    ['Tây Ninh', '80'],
    ['Bến Tre', '86'],
    ['Trà Vinh', '86'],
    ['Tiền Giang', '82'],
    ['Đồng Tháp', '82'],
    ['Bạc Liêu', '96'],
    ['Kiên Giang', '91'],
    ['An Giang', '91'],
  ])('merges %s into %s', (nameVi, successorCode) => {
    expect(LEGACY_PROVINCES.find((p) => p.nameVi === nameVi)?.successorCode).toBe(successorCode);
  });
});

describe('mapLegacyProvinceName', () => {
  it.each([
    ['Thừa Thiên Huế', '46', '46'],
    ['Thừa Thiên - Huế', '46', '46'],
    ['tinh thua thien hue', '46', '46'],
    ['TP HCM', '79', '79'],
    ['TP. Hồ Chí Minh', '79', '79'],
    ['Thành phố Hồ Chí Minh', '79', '79'],
    ['Sài Gòn', '79', '79'],
    ['Ho Chi Minh City', '79', '79'],
    ['Ba Ria Vung Tau', '77', '79'],
    ['Bà Rịa – Vũng Tàu', '77', '79'],
    ['Tỉnh Bà Rịa-Vũng Tàu', '77', '79'],
    ['Tỉnh Quảng Bình', '44', '44'],
    ['Quang Tri', '45', '44'],
    ['Bắc Ninh', '27', '24'],
    ['bac giang', '24', '24'],
    ['Đồng Tháp', '87', '82'],
    ['An Giang', '89', '91'],
    ['Hanoi', '01', '01'],
    ['Thành phố Hà Nội', '01', '01'],
    ['Daklak', '66', '66'],
    ['Đắk Nông', '67', '68'],
    ['Hoà Bình', '17', '25'],
    ['THANH HOÁ', '38', '38'],
    ['Kontum', '62', '51'],
    ['Bắc Cạn', '06', '19'],
    ['Quang Nam Province', '49', '48'],
  ])('maps %j to old %s, successor %s', (name, legacyCode, successorCode) => {
    expect(mapLegacyProvinceName(name)).toEqual({ legacyCode, successorCode });
  });

  it.each(['', 'Paris', 'Quảng', 'Tỉnh'])('returns null for %j', (name) => {
    expect(mapLegacyProvinceName(name)).toBeNull();
  });
});

describe('resolveProvinceName', () => {
  it.each([
    ['Bắc Ninh', '24', null],
    ['Quảng Trị', '44', null],
    ['Huế', '46', null],
    ['Thành phố Huế', '46', null],
    ['TP HCM', '79', null],
    ['Saigon', '79', null],
    ['Đà Nẵng', '48', null],
    ['Da Nang', '48', null],
    ['Thừa Thiên Huế', '46', '46'],
    ['Bắc Giang', '24', '24'],
    ['Quảng Nam', '48', '49'],
    ['Bình Dương', '79', '74'],
    ['Long An', '80', '80'],
    ['Tỉnh Hà Giang', '08', '02'],
  ])('resolves %j to %s (legacy %s)', (name, provinceCode, legacyCode) => {
    expect(resolveProvinceName(name)).toEqual({ provinceCode, legacyCode });
  });

  it('resolves every current and every old name', () => {
    for (const p of PROVINCES) expect(resolveProvinceName(p.nameVi)?.provinceCode).toBe(p.code);
    for (const p of LEGACY_PROVINCES) expect(resolveProvinceName(p.nameVi)?.provinceCode).toBe(p.successorCode);
  });

  it('returns null for an unknown name', () => {
    expect(resolveProvinceName('Vientiane')).toBeNull();
  });
});
