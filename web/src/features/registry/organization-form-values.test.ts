import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { OrganizationProfile } from '../../api/types';
import { organizationFormValuesOf, toCreateOrganizationBody, toUpdateOrganizationBody, type OrganizationFormValues } from './organization-form-values';

const values: OrganizationFormValues = {
  nameOriginal: '  Hilfswerk Mekong  ',
  nameEn: 'Mekong Relief',
  nameVi: '  ',
  abbreviation: 'MR',
  countryCode: 'DE',
  legalForm: 'social_fund',
  homeRegistrationExpiresOn: dayjs('2030-12-31'),
  email: ' info@mekong.de ',
  website: '',
  people: [{ role: 'representative', fullName: ' Anna Weber ', nationality: 'DE', passportNumber: 'C01X00T47', passportExpiresOn: dayjs('2031-05-01'), dateOfBirth: null }],
  partners: [{ name: 'Sở Y tế thành phố Huế', kind: 'state_agency', provinceCode: '46' }],
};

describe('organization form values', () => {
  it('builds a create request without the empty fields, trimmed, dates as YYYY-MM-DD', () => {
    expect(toCreateOrganizationBody(values)).toEqual({
      nameOriginal: 'Hilfswerk Mekong',
      nameEn: 'Mekong Relief',
      abbreviation: 'MR',
      countryCode: 'DE',
      legalForm: 'social_fund',
      homeRegistrationExpiresOn: '2030-12-31',
      email: 'info@mekong.de',
      people: [{ role: 'representative', fullName: 'Anna Weber', nationality: 'DE', passportNumber: 'C01X00T47', passportExpiresOn: '2031-05-01' }],
      partners: [{ name: 'Sở Y tế thành phố Huế', kind: 'state_agency', provinceCode: '46' }],
    });
  });

  it('builds an edit request that clears emptied fields with null and keeps the ids of recorded people', () => {
    const body = toUpdateOrganizationBody({ ...values, people: [{ ...values.people![0]!, id: 'p-1' }, { role: 'staff', fullName: 'Lê Văn Nam' }] });
    expect(body.nameVi).toBeNull();
    expect(body.website).toBeNull();
    expect(body.legalDocIssuedOn).toBeNull();
    expect(body.people?.map((p) => [p.id, p.fullName, p.role])).toEqual([
      ['p-1', 'Anna Weber', 'representative'],
      [undefined, 'Lê Văn Nam', 'staff'],
    ]);
    expect(body.people?.[1]).not.toHaveProperty('id');
  });

  it('fills the edit form from a profile (days as dayjs values) and sends the same back', () => {
    const profile = {
      nameOriginal: 'Hilfswerk Mekong',
      nameEn: 'Mekong Relief',
      nameVi: null,
      abbreviation: 'MR',
      countryCode: 'DE',
      legalForm: 'social_fund',
      legalStatus: { docType: 'Vereinsregister', docNumber: 'VR 123', issuer: 'Amtsgericht Köln', issuedOn: '2010-03-01', homeRegistrationExpiresOn: null },
      hqAddress: null,
      phone: '+49 221 000',
      email: null,
      website: 'https://mekong.de',
      head: { name: 'Klaus Bauer', title: 'Vorstand', nationality: 'DE' },
      purposes: null,
      fundingSources: null,
      people: [{ id: 'p-1', role: 'representative', fullName: 'Anna Weber', nationality: 'DE', dateOfBirth: '1980-02-29', gender: 'female', passportNumber: 'C01', passportExpiresOn: null, address: null, fromDate: null, toDate: null }],
      partners: [{ name: 'Hội Chữ thập đỏ', kind: null, provinceCode: null }],
    } as unknown as OrganizationProfile;
    const form = organizationFormValuesOf(profile);
    expect(form.legalDocIssuedOn?.format('DD/MM/YYYY')).toBe('01/03/2010');
    expect(form.people?.[0]?.dateOfBirth?.format('DD/MM/YYYY')).toBe('29/02/1980');
    const body = toUpdateOrganizationBody(form);
    expect(body).toMatchObject({ legalDocIssuedOn: '2010-03-01', headName: 'Klaus Bauer', headNationality: 'DE', homeRegistrationExpiresOn: null });
    expect(body.people?.[0]).toMatchObject({ id: 'p-1', dateOfBirth: '1980-02-29', gender: 'female' });
    expect(body.partners).toEqual([{ name: 'Hội Chữ thập đỏ', kind: null, provinceCode: null }]);
  });
});
