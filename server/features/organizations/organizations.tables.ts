import { sql } from 'drizzle-orm';
import { bigserial, date, index, jsonb, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LEGAL_FORMS, ORGANIZATION_STATUSES, PERSON_ROLES } from '../../../common/registry';
import { country, province } from '../reference/reference.tables';
import { orgUnit } from '../units/units.tables';

/** Source of registry codes 'INGO-000001', 'INGO-000002', … */
export const organizationRegistrySeq = pgSequence('organization_registry_seq', { startWith: 1 });

/**
 * A foreign NGO (tổ chức phi chính phủ nước ngoài) in the national database (Decree 58/2022 Art. 6; brief §8.2).
 * `search_text` is a stored generated column (names + abbreviation + `search_keywords`, folded by vn_norm) with a
 * GIN trigram index; `search_keywords` holds certificate numbers; `people_text` holds the names of representatives
 * (searched internally, never publicly); both are refreshed by the service whenever those change. `current_certificate_id` points at the certificate shown as current (no FK:
 * the certificate table references this one; the FK is added in the custom migration).
 */
export const organization = pgTable(
  'organization',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registryCode: text('registry_code').notNull().unique(),
    unitId: uuid('unit_id').references(() => orgUnit.id),
    nameOriginal: text('name_original').notNull(),
    nameEn: text('name_en').notNull(),
    nameVi: text('name_vi'),
    abbreviation: text('abbreviation'),
    countryCode: text('country_code')
      .notNull()
      .references(() => country.code),
    legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull(),
    legalDocType: text('legal_doc_type'),
    legalDocNumber: text('legal_doc_number'),
    legalDocIssuer: text('legal_doc_issuer'),
    legalDocIssuedOn: date('legal_doc_issued_on'),
    /** Home-country registration expiry: caps the validity of any certificate (Decree 58/2022 Art. 9). */
    homeRegistrationExpiresOn: date('home_registration_expires_on'),
    hqAddress: text('hq_address'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    headName: text('head_name'),
    headTitle: text('head_title'),
    headNationality: text('head_nationality').references(() => country.code),
    purposes: text('purposes'),
    fundingSources: text('funding_sources'),
    status: text('status', { enum: ORGANIZATION_STATUSES }).notNull().default('active'),
    currentCertificateId: uuid('current_certificate_id'),
    /** Certificate numbers (public), refreshed by the service. */
    searchKeywords: text('search_keywords').notNull().default(''),
    /** vn_norm of representatives' and heads of office's names: searched internally only, never by the public. */
    peopleText: text('people_text').notNull().default(''),
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sql`vn_norm(coalesce(name_original, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(name_vi, '') || ' ' || coalesce(abbreviation, '') || ' ' || coalesce(search_keywords, ''))`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organization_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('organization_people_trgm_idx').using('gin', sql`${t.peopleText} gin_trgm_ops`),
    index('organization_country_idx').on(t.countryCode),
    /** Also covers the look-up's facet counts (read from the index alone, not the wide rows). */
    index('organization_current_certificate_idx').on(t.currentCertificateId, t.countryCode, t.id),
    index('organization_unit_idx').on(t.unitId),
    /** The look-up's name order (and its keyset pages) read from the index instead of sorting the register. */
    index('organization_sort_name_idx').on(sql`vn_norm(${t.nameEn})`, t.id),
  ],
);

/** A representative, head of office or key staff member of an NGO (brief §8.2). Personal data: internal only. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    fullName: text('full_name').notNull(),
    nationality: text('nationality').references(() => country.code),
    dateOfBirth: date('date_of_birth'),
    gender: text('gender', { enum: ['female', 'male', 'other'] }),
    passportNumber: text('passport_number'),
    passportExpiresOn: date('passport_expires_on'),
    address: text('address'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_organization_idx').on(t.organizationId)],
);

/** A Vietnamese partner of an NGO (brief §8.2). */
export const vietnamesePartner = pgTable(
  'vietnamese_partner',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    name: text('name').notNull(),
    kind: text('kind'),
    provinceCode: text('province_code').references(() => province.code),
  },
  (t) => [index('vietnamese_partner_organization_idx').on(t.organizationId)],
);

/**
 * The whole profile of an organisation after each change, so it can be shown "as of" a past date.
 * `effective_on` is the legal date the state took effect (a version's effective date, a certificate's issue
 * date, or the day of an edit); `recorded_at` is when it was entered.
 */
export const organizationSnapshot = pgTable(
  'organization_snapshot',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    effectiveOn: date('effective_on').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [index('organization_snapshot_lookup_idx').on(t.organizationId, t.effectiveOn, t.id)],
);
