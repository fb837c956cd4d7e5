import { describe, expect, it } from 'vitest';
import { applicationFromRegistry, type RegistryProfile } from './dossier-prefill';

const profile = {
  organization: { nameOriginal: 'Nordisk Handikappförbund', nameEn: 'Nordic Disability Support Association', nameVi: null, abbreviation: 'NDSA', countryCode: 'SE', legalForm: 'non_profit', homeRegistrationExpiresOn: null, hqAddress: 'Sveavägen 44, Stockholm', email: 'not an e-mail', phone: null, website: 'ndsa.se', purposes: 'Inclusion' },
  certificates: [
    { id: 'c1', officeCityCode: '01', officeAddress: '49 Hai Bà Trưng, Hà Nội', representativePersonId: 'p1', areas: [{ provinceCode: '01' }, { provinceCode: '46' }, { provinceCode: '01' }], fields: ['disability'] },
    { id: 'c2', officeCityCode: null, officeAddress: null, representativePersonId: null, areas: [{ provinceCode: '79' }], fields: ['health'] },
  ],
  people: [{ id: 'p1', fullName: 'Erik Johansson', nationality: 'SE', dateOfBirth: '1972-03-08', passportNumber: 'SE8823417', passportExpiresOn: null }],
} as unknown as RegistryProfile;

describe('the application prefilled from the registry', () => {
  it('takes the organisation and the target certificate’s areas, fields, head of office and office', () => {
    expect(applicationFromRegistry(profile, 'c1')).toEqual({
      nameOriginal: 'Nordisk Handikappförbund',
      nameEn: 'Nordic Disability Support Association',
      abbreviation: 'NDSA',
      countryCode: 'SE',
      legalForm: 'non_profit',
      hqAddress: 'Sveavägen 44, Stockholm',
      website: 'https://ndsa.se',
      purposes: 'Inclusion',
      provinceCodes: ['01', '46'],
      fieldCodes: ['disability'],
      representative: { fullName: 'Erik Johansson', nationality: 'SE', dateOfBirth: '1972-03-08', passportNumber: 'SE8823417' },
      officeCityCode: '01',
      officeAddress: '49 Hai Bà Trưng, Hà Nội',
    });
  });

  it('leaves out what the form would refuse or the certificate does not have', () => {
    const application = applicationFromRegistry(profile, 'c2');
    expect(application.email).toBeUndefined(); // "not an e-mail" would block saving the draft
    expect(application).not.toHaveProperty('representative');
    expect(application).not.toHaveProperty('officeCityCode');
    expect(application.provinceCodes).toEqual(['79']);
  });
});
