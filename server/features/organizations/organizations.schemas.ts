import { z } from 'zod';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, LEGAL_FORMS, ORGANIZATION_STATUSES, PERSON_ROLES } from '../../../common/registry';
import { isoDateSchema } from '../../platform/http/schemas';
import { certificateSchema, countryCodeSchema, personInputSchema } from '../certificates/certificates.schemas';

const text = (max: number) => z.string().trim().min(1).max(max).overwrite((s) => s.normalize('NFC').replace(/\s+/g, ' '));

/** A Vietnamese partner as entered. */
export const partnerInputSchema = z
  .object({ name: text(300), kind: text(100).nullish(), provinceCode: z.string().regex(/^\d{2}$/).nullish() })
  .meta({ id: 'PartnerEntry' });

const organizationFields = {
  unitId: z.uuid().nullish().describe('The NGO’s account unit (org_unit of kind ngo), once it has one'),
  nameOriginal: text(300).describe('Name in the original language'),
  nameEn: text(300),
  nameVi: text(300).nullish(),
  abbreviation: text(30).nullish(),
  countryCode: countryCodeSchema,
  legalForm: z.enum(LEGAL_FORMS),
  legalDocType: text(200).nullish(),
  legalDocNumber: text(100).nullish(),
  legalDocIssuer: text(300).nullish(),
  legalDocIssuedOn: isoDateSchema.nullish(),
  homeRegistrationExpiresOn: isoDateSchema.nullish().describe('Caps the validity of every certificate (Decree 58/2022 Art. 9)'),
  hqAddress: text(500).nullish(),
  phone: z.string().trim().regex(/^\+?[0-9 ().-]{6,30}$/, 'phone number').nullish(),
  email: z.email().max(200).nullish(),
  website: z.url({ protocol: /^https?$/ }).max(300).nullish(),
  headName: text(200).nullish(),
  headTitle: text(200).nullish(),
  headNationality: countryCodeSchema.nullish(),
  purposes: text(4000).nullish(),
  fundingSources: text(2000).nullish(),
};

/** MOFA data entry of an NGO (with its people and partners). */
export const createOrganizationBodySchema = z
  .object({
    ...organizationFields,
    people: z.array(personInputSchema.omit({ id: true })).max(50).default([]),
    partners: z.array(partnerInputSchema).max(100).default([]),
  })
  .meta({ id: 'CreateOrganizationRequest' });

/** Partial edit of an NGO record. */
export const updateOrganizationBodySchema = z
  .object(organizationFields)
  .partial()
  .extend({
    status: z.enum(ORGANIZATION_STATUSES).optional(),
    people: z.array(personInputSchema).max(50).optional().describe('A person with an id is rewritten with the fields sent (absent = cleared); one without an id is added. People are never deleted (certificates refer to them).'),
    partners: z.array(partnerInputSchema).max(100).optional().describe('Replaces the partner list'),
  })
  .meta({ id: 'UpdateOrganizationRequest' });

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Query of the internal look-up. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Any name (any language), abbreviation, certificate number or representative name'),
  province: z.string().regex(/^\d{2}$/).optional(),
  field: z.string().max(50).optional(),
  country: countryCodeSchema.optional(),
  type: z.enum(CERTIFICATE_TYPES).optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  legacy: boolParam.optional().describe('true = current certificate under Decree 12/2012'),
  sort: z.enum(['relevance', 'name', 'valid_to']).default('relevance'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const range = z.tuple([z.number().int(), z.number().int()]);
/** Where the query matched, per searched field. */
export const highlightSchema = z
  .object({
    nameOriginal: z.array(range),
    nameEn: z.array(range),
    nameVi: z.array(range),
    abbreviation: z.array(range),
    certificateNumber: z.array(range),
    representativeName: z.array(range),
  })
  .partial()
  .describe('[start, end) UTF-16 ranges of the matched text in each field')
  .meta({ id: 'SearchHighlight' });

/** The current certificate as a result row shows it. */
export const listCertificateSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(CERTIFICATE_TYPES),
    number: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    validFrom: z.string(),
    validTo: z.string(),
    officeCityCode: z.string().nullable(),
    isLegacy: z.boolean(),
  })
  .meta({ id: 'OrganizationListCertificate' });

/** One row of the internal look-up. */
export const organizationListItemSchema = z
  .object({
    id: z.uuid(),
    registryCode: z.string(),
    nameOriginal: z.string(),
    nameEn: z.string(),
    nameVi: z.string().nullable(),
    abbreviation: z.string().nullable(),
    countryCode: z.string(),
    certificate: listCertificateSchema.nullable(),
    provinceCodes: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    representativeName: z.string().nullable(),
    highlight: highlightSchema,
  })
  .meta({ id: 'OrganizationListItem' });

const facetValues = z.array(z.object({ value: z.string(), count: z.number().int() }));
/** Facet counts of the internal look-up. */
export const facetsSchema = z
  .object({ province: facetValues, field: facetValues, country: facetValues, type: facetValues, status: facetValues })
  .describe('Counts over the filtered set, each facet ignoring its own filter')
  .meta({ id: 'OrganizationFacets' });

/** Response of the internal look-up: one page (the counts come from GET /organizations/facets). */
export const organizationListSchema = z
  .object({ items: z.array(organizationListItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'OrganizationList' });

/** Query of the counts: the look-up's filters and search text (no sort, cursor or page size). */
export const facetsQuerySchema = searchQuerySchema.omit({ sort: true, cursor: true, limit: true });

/** Response of the counts of a look-up. */
export const organizationCountsSchema = z
  .object({ total: z.number().int().describe('Number of NGOs the look-up finds'), facets: facetsSchema })
  .meta({ id: 'OrganizationCounts' });

/** Query of the profile: an optional "as of" day. */
export const profileQuerySchema = z.object({ asOf: isoDateSchema.optional().describe('Show the profile as it stood on this day') });

/** A person with personal data (internal registry only, never public). */
export const personSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(PERSON_ROLES),
    fullName: z.string(),
    nationality: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    gender: z.string().nullable(),
    passportNumber: z.string().nullable(),
    passportExpiresOn: z.string().nullable(),
    address: z.string().nullable(),
    fromDate: z.string().nullable(),
    toDate: z.string().nullable(),
  })
  .meta({ id: 'Person' });

/** A Vietnamese partner. */
export const partnerSchema = z.object({ name: z.string(), kind: z.string().nullable(), provinceCode: z.string().nullable() }).meta({ id: 'Partner' });

/** One event of a profile’s timeline. */
export const timelineEventSchema = z
  .object({
    date: z.string(),
    kind: z.string().describe('certificate.issued | certificate.amended | … | certificate.expired | record.<audit action>'),
    certificateId: z.uuid().nullable(),
    certificateNumber: z.string().nullable(),
    versionNo: z.number().int().nullable(),
    decisionNumber: z.string().nullable(),
    actor: z.string().nullable(),
  })
  .meta({ id: 'TimelineEvent' });

/** The internal NGO profile. */
export const organizationProfileSchema = z
  .object({
    id: z.uuid(),
    registryCode: z.string(),
    unitId: z.uuid().nullable(),
    nameOriginal: z.string(),
    nameEn: z.string(),
    nameVi: z.string().nullable(),
    abbreviation: z.string().nullable(),
    countryCode: z.string(),
    legalForm: z.enum(LEGAL_FORMS),
    legalStatus: z.object({
      docType: z.string().nullable(),
      docNumber: z.string().nullable(),
      issuer: z.string().nullable(),
      issuedOn: z.string().nullable(),
      homeRegistrationExpiresOn: z.string().nullable(),
    }),
    hqAddress: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    head: z.object({ name: z.string().nullable(), title: z.string().nullable(), nationality: z.string().nullable() }),
    purposes: z.string().nullable(),
    fundingSources: z.string().nullable(),
    status: z.enum(ORGANIZATION_STATUSES),
    currentCertificate: certificateSchema.nullable(),
    certificates: z.array(certificateSchema),
    people: z.array(personSchema),
    partners: z.array(partnerSchema),
    timeline: z.array(timelineEventSchema),
    asOf: z.string().nullable().describe('The day the profile is shown as of (null = now)'),
    statusDate: z.string().describe('The day certificate statuses are computed for'),
    abilities: z.object({ canEdit: z.boolean(), canRecordCertificate: z.boolean() }),
    reporting: z
      .object({ upToDate: z.boolean(), overdue: z.number().int(), lastFiledOn: z.string().nullable() })
      .describe('Periodic reports (Form 05): up to date = no overdue report; lastFiledOn = latest submission day'),
    updatedAt: z.string(),
  })
  .meta({ id: 'OrganizationProfile' });
