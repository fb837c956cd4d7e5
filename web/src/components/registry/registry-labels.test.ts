import { describe, expect, it } from 'vitest';
import { areaLabel } from './registry-labels';

const PROVINCES: Record<string, string> = { '48': 'Đà Nẵng', '46': 'Huế', '79': 'Thành phố Hồ Chí Minh', '01': 'Hà Nội' };
const names = { province: (code: string) => PROVINCES[code] ?? code, legacyProvince: (code: string) => `old ${code}` };

describe('areaLabel', () => {
  it('shows the old province as written before today’s province', () => {
    expect(areaLabel({ provinceCode: '48', legacyProvinceCode: '49', nameAsWritten: 'Quảng Nam' }, names)).toBe('Quảng Nam → Đà Nẵng');
    expect(areaLabel({ provinceCode: '46', legacyProvinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' }, names)).toBe('Thừa Thiên Huế → Huế');
  });

  it('shows only today’s province when the written name is the same place', () => {
    expect(areaLabel({ provinceCode: '01', legacyProvinceCode: null, nameAsWritten: null }, names)).toBe('Hà Nội');
    expect(areaLabel({ provinceCode: '48', legacyProvinceCode: '48', nameAsWritten: 'Đà Nẵng' }, names)).toBe('Đà Nẵng');
    expect(areaLabel({ provinceCode: '79', legacyProvinceCode: '79', nameAsWritten: 'TP. Hồ Chí Minh' }, names)).toBe('Thành phố Hồ Chí Minh');
  });

  it('names the legacy province from the reference list when the written name is missing', () => {
    expect(areaLabel({ provinceCode: '48', legacyProvinceCode: '49', nameAsWritten: null }, names)).toBe('old 49 → Đà Nẵng');
  });
});
