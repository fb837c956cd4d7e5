import { describe, expect, it } from 'vitest';
import { checkRepresentativeOffice } from './representative-office';

describe('checkRepresentativeOffice (Decree 58/2022 Art. 8(2)-(3))', () => {
  const ok = { officeCityCode: '01', isAtPartyOrStatePremises: false, otherOfficesInForce: 0 };
  it.each([
    ['Art. 8(2): an office in Hà Nội is allowed', ok, []],
    ['Art. 8(2): an office in Đà Nẵng is allowed', { ...ok, officeCityCode: '48' }, []],
    ['Art. 8(2): an office in TP Hồ Chí Minh is allowed', { ...ok, officeCityCode: '79' }, []],
    ['Art. 8(2): an office in Huế is refused', { ...ok, officeCityCode: '46' }, ['office_city_not_allowed']],
    ['Art. 8(2): an office without a city is refused', { ...ok, officeCityCode: null }, ['office_city_not_allowed']],
    ['Art. 8(2): a second representative office is refused', { ...ok, otherOfficesInForce: 1 }, ['second_representative_office']],
    ['Art. 8(3): an office at Party/State premises is refused', { ...ok, isAtPartyOrStatePremises: true }, ['office_at_state_premises']],
    ['Art. 8: every broken rule is reported', { officeCityCode: '92', isAtPartyOrStatePremises: true, otherOfficesInForce: 2 }, ['second_representative_office', 'office_city_not_allowed', 'office_at_state_premises']],
  ] as const)('%s', (_name, input, codes) => {
    expect(checkRepresentativeOffice(input).map((i) => i.code)).toEqual(codes);
  });
});
