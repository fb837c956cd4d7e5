import { describe, expect, it } from 'vitest';
import { toNgoContent } from './form-content';

describe('toNgoContent', () => {
  it('fills empty amounts with 0, drops lines without a province and upper-cases currencies', () => {
    const content = toNgoContent({
      items: [{ kind: 'project', titleVi: ' Dự án ', fieldCodes: ['health'], lines: [{ provinceCode: '46', currency: 'eur', committed: null, disbursed: 5 }, { provinceCode: '', currency: 'USD', committed: 1, disbursed: 1 }], beneficiaries: { description: '', count: null } }],
      staff: { foreign: 2, vietnamese: null },
      contact: { name: 'Lan', email: '' },
    } as never);
    expect(content.items[0]).toMatchObject({ titleVi: 'Dự án', lines: [{ provinceCode: '46', currency: 'EUR', committed: 0, disbursed: 5 }], vietnamesePartners: [] });
    expect(content.staff).toEqual({ foreign: 2, vietnamese: 0 });
    expect(content.contact).toEqual({ name: 'Lan', title: null, email: null, phone: null });
  });

  it('keeps staff empty until a number is entered', () => {
    expect(toNgoContent({ staff: { foreign: null, vietnamese: null } } as never).staff).toBeNull();
    expect(toNgoContent(undefined)).toMatchObject({ items: [], staff: null, difficulties: '', contact: null });
  });
});
