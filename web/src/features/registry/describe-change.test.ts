import { describe, expect, it } from 'vitest';
import { describeChanges, type DiffContext } from './describe-change';

const context: DiffContext = {
  names: {
    province: (code) => ({ '48': 'Đà Nẵng', '52': 'Gia Lai' })[code ?? ''] ?? String(code),
    legacyProvince: (code) => String(code),
    field: (code) => ({ water_sanitation: 'Nước sạch và vệ sinh' })[code ?? ''] ?? String(code),
  },
  typeLabel: (type) => `type:${type}`,
  decisionLabel: (decision) => `decision:${decision}`,
};

describe('describeChanges', () => {
  it('names added and removed areas and fields', () => {
    const views = describeChanges(
      [
        { field: 'areas', kind: 'set', added: [{ provinceCode: '52', legacyProvinceCode: null, nameAsWritten: null }], removed: [{ provinceCode: '48', legacyProvinceCode: '49', nameAsWritten: 'Quảng Nam' }] },
        { field: 'fields', kind: 'set', added: ['water_sanitation'], removed: [] },
      ],
      context,
    );
    expect(views).toEqual([
      { field: 'areas', kind: 'set', added: ['Gia Lai'], removed: ['Quảng Nam → Đà Nẵng'] },
      { field: 'fields', kind: 'set', added: ['Nước sạch và vệ sinh'], removed: [] },
    ]);
  });

  it('shows changed dates as DD/MM/YYYY, empty values as a dash, and leaves out the representative id', () => {
    const views = describeChanges(
      [
        { field: 'validTo', kind: 'changed', before: '2026-08-31', after: '2029-08-19' },
        { field: 'officeAddress', kind: 'changed', before: null, after: 'Tầng 8, 02 Quang Trung' },
        { field: 'representativePersonId', kind: 'changed', before: 'a', after: 'b' },
        { field: 'decisionStatus', kind: 'changed', before: 'in_force', after: 'suspended' },
      ],
      context,
    );
    expect(views).toEqual([
      { field: 'validTo', kind: 'changed', before: '31/08/2026', after: '19/08/2029' },
      { field: 'officeAddress', kind: 'changed', before: '—', after: 'Tầng 8, 02 Quang Trung' },
      { field: 'decisionStatus', kind: 'changed', before: 'decision:in_force', after: 'decision:suspended' },
    ]);
    expect(describeChanges(null, context)).toEqual([]);
  });
});
