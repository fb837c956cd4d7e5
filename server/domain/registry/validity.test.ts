import { describe, expect, it } from 'vitest';
import { addYears, checkCertificateValidity, maxValidTo } from './validity';

describe('maxValidTo (Decree 58/2022 Art. 9(1)-(2))', () => {
  it.each([
    ['Art. 9(1): operation certificate at most 3 years from issue', 'operation', '2024-03-15', null, '2027-03-15'],
    ['Art. 9(1): representative office at most 5 years from issue', 'rep_office', '2024-03-15', null, '2029-03-15'],
    ['Art. 9(2): never beyond the home-country registration (operation)', 'operation', '2024-03-15', '2025-12-31', '2025-12-31'],
    ['Art. 9(2): never beyond the home-country registration (rep office)', 'rep_office', '2024-03-15', '2027-01-01', '2027-01-01'],
    ['Art. 9(2): a later home registration does not extend the decree cap', 'operation', '2024-03-15', '2040-01-01', '2027-03-15'],
    ['Art. 9(1): 29 Feb issue date ends on 28 Feb of a common year', 'operation', '2024-02-29', null, '2027-02-28'],
    ['Decree 12/2012 legacy certificates: only the home-country cap', 'legacy_operation', '2015-01-01', '2030-06-30', '2030-06-30'],
    ['Decree 12/2012 legacy certificates: no cap without home expiry', 'legacy_rep_office', '2015-01-01', null, null],
  ] as const)('%s', (_name, type, issuedOn, home, expected) => {
    expect(maxValidTo(type, issuedOn, home)).toBe(expected);
  });

  it('addYears keeps the calendar day', () => {
    expect(addYears('2025-12-31', 3)).toBe('2028-12-31');
  });
});

describe('checkCertificateValidity (Decree 58/2022 Art. 9)', () => {
  const base = { type: 'operation' as const, issuedOn: '2025-01-10', validFrom: '2025-01-10', validTo: '2028-01-10', homeRegistrationExpiresOn: null };
  it.each([
    ['Art. 9(1): exactly 3 years is allowed', {}, []],
    ['Art. 9(1): one day beyond 3 years is refused', { validTo: '2028-01-11' }, ['validity_too_long']],
    ['Art. 9(2): beyond the home-country registration is refused', { homeRegistrationExpiresOn: '2026-06-30', validTo: '2026-07-01' }, ['validity_beyond_home_registration']],
    ['valid_to before valid_from is refused', { validTo: '2024-12-31' }, ['valid_to_before_valid_from']],
    ['valid_from before the issue date is refused', { validFrom: '2025-01-09' }, ['valid_from_before_issue']],
  ] as const)('%s', (_name, override, codes) => {
    expect(checkCertificateValidity({ ...base, ...override }).map((i) => i.code)).toEqual(codes);
  });

  it('gives a message in Vietnamese and English', () => {
    const [issue] = checkCertificateValidity({ ...base, validTo: '2030-01-01' });
    expect(issue?.message.vi).toMatch(/Điều 9/);
    expect(issue?.message.en).toMatch(/Art\. 9/);
  });
});
