import { describe, expect, it } from 'vitest';
import { diffCertificateSnapshots } from './certificate-diff';

describe('diffCertificateSnapshots (version chain, Decree 58/2022 Art. 12-13, 16-17)', () => {
  const v1 = {
    number: '45/GĐK-BNG',
    validTo: '2026-12-31',
    fields: ['health', 'education'],
    areas: [{ provinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' }],
    officeAddress: null,
  };

  it.each([
    ['Art. 12: an extension changes only valid_to', { ...v1, validTo: '2029-12-31' }, [{ field: 'validTo', kind: 'changed', before: '2026-12-31', after: '2029-12-31' }]],
    [
      'Art. 13: a supplement adds a field (arrays compared as sets)',
      { ...v1, fields: ['education', 'health', 'disability'] },
      [{ field: 'fields', kind: 'set', added: ['disability'], removed: [] }],
    ],
    [
      'Art. 13: an amendment replaces an area (objects compared by value, key order ignored)',
      { ...v1, areas: [{ nameAsWritten: 'Thừa Thiên Huế', provinceCode: '46' }, { provinceCode: '48', nameAsWritten: null }] },
      [{ field: 'areas', kind: 'set', added: [{ provinceCode: '48', nameAsWritten: null }], removed: [] }],
    ],
    ['Art. 13: a re-issue with the same content has no diff', { ...v1, fields: ['education', 'health'] }, []],
    ['Art. 17: a new office address is a change from null', { ...v1, officeAddress: '12 Tràng Tiền, Hà Nội' }, [{ field: 'officeAddress', kind: 'changed', before: null, after: '12 Tràng Tiền, Hà Nội' }]],
  ] as const)('%s', (_name, after, expected) => {
    expect(diffCertificateSnapshots(v1, after as unknown as Record<string, unknown>)).toEqual(expected);
  });

  it('reports removed items and fields that appear or disappear', () => {
    expect(diffCertificateSnapshots({ fields: ['health', 'culture'], a: 1 }, { fields: ['health'], b: 2 })).toEqual([
      { field: 'a', kind: 'changed', before: 1, after: null },
      { field: 'b', kind: 'changed', before: null, after: 2 },
      { field: 'fields', kind: 'set', added: [], removed: ['culture'] },
    ]);
  });
});
