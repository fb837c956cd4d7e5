import { describe, expect, it } from 'vitest';
import { assertOrgUnitReferences, MERGED_MINISTRIES, ORG_UNITS, PROVINCIAL_FOCAL_UNITS } from './agencies';
import { COUNTRIES } from './countries';
import { FIELDS } from './fields';
import { PROVINCES } from './provinces';

const byCode = new Map(ORG_UNITS.map((u) => [u.code, u]));

describe('org unit seed', () => {
  it('has unique codes and resolvable references', () => {
    expect(() => assertOrgUnitReferences()).not.toThrow();
  });

  it('places COMINGO under MOFA and PACCOM under VUFO', () => {
    expect(byCode.get('COMINGO')).toMatchObject({ kind: 'mofa', parentCode: 'MOFA' });
    expect(byCode.get('PACCOM')).toMatchObject({ kind: 'agency', parentCode: 'VUFO' });
  });

  it.each([
    ['MPI', 'MOF'],
    ['MOLISA', 'MOHA'],
    ['MONRE', 'MAE'],
    ['MARD', 'MAE'],
    ['MOT', 'MOC'],
    ['MOC_OLD', 'MOC'],
    ['MIC', 'MOST'],
    ['CEMA', 'MERA'],
  ])('ends %s on 28 Feb 2025 with successor %s', (code, successor) => {
    expect(byCode.get(code)).toMatchObject({ activeTo: '2025-02-28', successorCode: successor });
    expect(byCode.get(successor)?.activeTo).toBeNull();
  });

  it('has 8 merged ministries', () => {
    expect(MERGED_MINISTRIES).toHaveLength(8);
  });

  it('has one focal unit per current province, PROV-<code>', () => {
    expect(PROVINCIAL_FOCAL_UNITS.map((u) => u.code)).toEqual(PROVINCES.map((p) => `PROV-${p.code}`));
    expect(byCode.get('PROV-46')?.nameVi).toBe('Sở Ngoại vụ thành phố Huế');
    expect(byCode.get('PROV-79')?.nameVi).toBe('Sở Ngoại vụ Thành phố Hồ Chí Minh');
    expect(byCode.get('PROV-12')?.nameEn).toBe("Office of the Lai Chau People's Committee");
    expect(PROVINCIAL_FOCAL_UNITS.every((u) => u.note?.includes('unconfirmed'))).toBe(true);
  });
});

describe('field seed', () => {
  it('has unique codes and ends with other', () => {
    expect(new Set(FIELDS.map((f) => f.code)).size).toBe(FIELDS.length);
    expect(FIELDS.at(-1)?.code).toBe('other');
  });
});

describe('country seed', () => {
  it('has 249 unique alpha-2 and alpha-3 codes in alpha-2 order', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(249);
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it.each([
    ['VN', 'VNM', 'Việt Nam'],
    ['US', 'USA', 'Hoa Kỳ'],
    ['GB', 'GBR', 'Vương quốc Anh'],
    ['TW', 'TWN', 'Đài Loan (Trung Quốc)'],
    ['KR', 'KOR', 'Hàn Quốc'],
  ])('names %s (%s) %s in Vietnamese', (code, alpha3, nameVi) => {
    expect(COUNTRIES.find((c) => c.code === code)).toMatchObject({ alpha3, nameVi });
  });

  it('stores names in NFC', () => {
    for (const c of COUNTRIES) expect(c.nameVi).toBe(c.nameVi.normalize('NFC'));
  });
});
