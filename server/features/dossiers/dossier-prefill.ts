import type { ProfileContent } from '../organizations/organizations.service';
import { applicationSchema } from './dossiers.schemas';
import type { Application } from './dossiers.service';

/** What the prefill reads of the registry: the organisation, its people and the certificate's content. */
export type RegistryProfile = Pick<ProfileContent, 'organization' | 'certificates' | 'people'>;

type ApplicationKey = keyof typeof applicationSchema.shape;

/** A website as the application form accepts it (the registry may hold "example.org" without a scheme). */
const withScheme = (website: string | null) => (website && !/^https?:\/\//i.test(website) ? `https://${website}` : website);

const withoutEmpty = (values: Record<string, string | null>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));

/**
 * The application form of an amend / extend dossier prefilled from the registry (the organisation's identity and
 * contacts, and the target certificate's provinces, fields, representative or head of office, office city and
 * address), so the NGO starts from what is on record and changes only what changes. Values the form would refuse
 * (a record older than today's validation) are left out rather than blocking the draft. Pure.
 */
export function applicationFromRegistry(profile: RegistryProfile, certificateId: string): Application {
  const org = profile.organization;
  const cert = profile.certificates.find((c) => c.id === certificateId);
  const person = cert?.representativePersonId ? profile.people.find((p) => p.id === cert.representativePersonId) : undefined;
  const candidate: Partial<Record<ApplicationKey, unknown>> = {
    nameOriginal: org.nameOriginal,
    nameEn: org.nameEn,
    nameVi: org.nameVi,
    abbreviation: org.abbreviation,
    countryCode: org.countryCode,
    legalForm: org.legalForm,
    homeRegistrationExpiresOn: org.homeRegistrationExpiresOn,
    hqAddress: org.hqAddress,
    email: org.email,
    phone: org.phone,
    website: withScheme(org.website),
    purposes: org.purposes,
    provinceCodes: cert ? [...new Set(cert.areas.map((a) => a.provinceCode).filter(Boolean))] : undefined,
    fieldCodes: cert?.fields,
    representative: person ? withoutEmpty({ fullName: person.fullName, nationality: person.nationality, dateOfBirth: person.dateOfBirth, passportNumber: person.passportNumber, passportExpiresOn: person.passportExpiresOn }) : undefined,
    officeCityCode: cert?.officeCityCode,
    officeAddress: cert?.officeAddress,
  };
  const application: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate) as [ApplicationKey, unknown][]) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const parsed = applicationSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) application[key] = parsed.data;
  }
  return application as Application;
}
