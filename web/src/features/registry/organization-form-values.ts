import dayjs, { type Dayjs } from 'dayjs';
import type { OrganizationProfile } from '../../api/types';
import type { CreateOrganizationBody, PartnerEntry, PersonEntry, UpdateOrganizationBody } from './entry-types';

type Day = Dayjs | null | undefined;

/** A person as the form holds it (dates as dayjs values; `id` for a person already recorded). */
export interface PersonFormValue {
  id?: string;
  role?: PersonEntry['role'];
  fullName?: string;
  nationality?: string | null;
  dateOfBirth?: Day;
  gender?: PersonEntry['gender'];
  passportNumber?: string | null;
  passportExpiresOn?: Day;
  address?: string | null;
  fromDate?: Day;
  toDate?: Day;
}

/** A Vietnamese partner as the form holds it. */
export interface PartnerFormValue {
  name?: string;
  kind?: string | null;
  provinceCode?: string | null;
}

/** The organisation form's values: the fields of POST /organizations, dates as dayjs values. */
export interface OrganizationFormValues {
  nameOriginal?: string;
  nameEn?: string;
  nameVi?: string | null;
  abbreviation?: string | null;
  countryCode?: string;
  legalForm?: CreateOrganizationBody['legalForm'];
  legalDocType?: string | null;
  legalDocNumber?: string | null;
  legalDocIssuer?: string | null;
  legalDocIssuedOn?: Day;
  homeRegistrationExpiresOn?: Day;
  hqAddress?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  headName?: string | null;
  headTitle?: string | null;
  headNationality?: string | null;
  purposes?: string | null;
  fundingSources?: string | null;
  people?: PersonFormValue[];
  partners?: PartnerFormValue[];
}

/** Trimmed text, or null when empty. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A picked day as the API's `YYYY-MM-DD`, or null. */
export function dayOrNull(value: Day): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** An API day (`YYYY-MM-DD`) as a DatePicker value. */
export function dayjsOf(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

/** Drops the null members, for a create request where absent means empty. */
function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function personEntry(p: PersonFormValue): PersonEntry {
  return {
    ...(p.id ? { id: p.id } : {}),
    role: p.role ?? 'representative',
    fullName: p.fullName?.trim() ?? '',
    nationality: p.nationality ?? null,
    dateOfBirth: dayOrNull(p.dateOfBirth),
    gender: p.gender ?? null,
    passportNumber: textOrNull(p.passportNumber),
    passportExpiresOn: dayOrNull(p.passportExpiresOn),
    address: textOrNull(p.address),
    fromDate: dayOrNull(p.fromDate),
    toDate: dayOrNull(p.toDate),
  };
}

function partnerEntry(p: PartnerFormValue): PartnerEntry {
  return { name: p.name?.trim() ?? '', kind: textOrNull(p.kind), provinceCode: p.provinceCode ?? null };
}

/** The identity fields of the form as the API takes them (empty → null). */
function identityOf(v: OrganizationFormValues) {
  return {
    nameOriginal: v.nameOriginal?.trim() ?? '',
    nameEn: v.nameEn?.trim() ?? '',
    nameVi: textOrNull(v.nameVi),
    abbreviation: textOrNull(v.abbreviation),
    countryCode: v.countryCode ?? '',
    legalForm: v.legalForm ?? 'non_profit',
    legalDocType: textOrNull(v.legalDocType),
    legalDocNumber: textOrNull(v.legalDocNumber),
    legalDocIssuer: textOrNull(v.legalDocIssuer),
    legalDocIssuedOn: dayOrNull(v.legalDocIssuedOn),
    homeRegistrationExpiresOn: dayOrNull(v.homeRegistrationExpiresOn),
    hqAddress: textOrNull(v.hqAddress),
    phone: textOrNull(v.phone),
    email: textOrNull(v.email),
    website: textOrNull(v.website),
    headName: textOrNull(v.headName),
    headTitle: textOrNull(v.headTitle),
    headNationality: v.headNationality ?? null,
    purposes: textOrNull(v.purposes),
    fundingSources: textOrNull(v.fundingSources),
  };
}

/** The body of POST /organizations from the form (empty fields left out). */
export function toCreateOrganizationBody(values: OrganizationFormValues): CreateOrganizationBody {
  return {
    ...withoutNulls(identityOf(values)),
    people: (values.people ?? []).map((p) => withoutNulls(personEntry({ ...p, id: undefined }))),
    partners: (values.partners ?? []).map((p) => withoutNulls(partnerEntry(p))),
  } as CreateOrganizationBody;
}

/**
 * The body of PATCH /organizations/{id} from the form: every identity field (an emptied field is sent as null to
 * clear it), the people (those already recorded keep their id; the API never deletes people) and the partner list.
 */
export function toUpdateOrganizationBody(values: OrganizationFormValues): UpdateOrganizationBody {
  return {
    ...identityOf(values),
    people: (values.people ?? []).map(personEntry),
    partners: (values.partners ?? []).map(partnerEntry),
  };
}

/** The form's values for editing a profile. */
export function organizationFormValuesOf(profile: OrganizationProfile): OrganizationFormValues {
  return {
    nameOriginal: profile.nameOriginal,
    nameEn: profile.nameEn,
    nameVi: profile.nameVi,
    abbreviation: profile.abbreviation,
    countryCode: profile.countryCode,
    legalForm: profile.legalForm,
    legalDocType: profile.legalStatus.docType,
    legalDocNumber: profile.legalStatus.docNumber,
    legalDocIssuer: profile.legalStatus.issuer,
    legalDocIssuedOn: dayjsOf(profile.legalStatus.issuedOn),
    homeRegistrationExpiresOn: dayjsOf(profile.legalStatus.homeRegistrationExpiresOn),
    hqAddress: profile.hqAddress,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
    headName: profile.head.name,
    headTitle: profile.head.title,
    headNationality: profile.head.nationality,
    purposes: profile.purposes,
    fundingSources: profile.fundingSources,
    people: profile.people.map((p) => ({
      id: p.id,
      role: p.role,
      fullName: p.fullName,
      nationality: p.nationality,
      dateOfBirth: dayjsOf(p.dateOfBirth),
      gender: p.gender === 'female' || p.gender === 'male' || p.gender === 'other' ? p.gender : null,
      passportNumber: p.passportNumber,
      passportExpiresOn: dayjsOf(p.passportExpiresOn),
      address: p.address,
      fromDate: dayjsOf(p.fromDate),
      toDate: dayjsOf(p.toDate),
    })),
    partners: profile.partners.map((p) => ({ name: p.name, kind: p.kind, provinceCode: p.provinceCode })),
  };
}
