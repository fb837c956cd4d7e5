import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CERTIFICATE_TYPES, DECISION_STATUSES, LEGAL_BASES, VERSION_KINDS } from '../../../common/registry';
import { field, legacyProvince, province } from '../reference/reference.tables';
import { organization, person } from '../organizations/organizations.tables';

/**
 * A certificate held by an NGO (brief §2, §8.2): operation or representative office under Decree 58/2022, or a
 * read-only legacy type of Decree 12/2012. The stored `decision_status` is MOFA's decision; the status users
 * see ('valid', 'expired', …) is derived from it and `valid_to` by `certificateStatus()` (no job needed).
 */
export const certificate = pgTable(
  'certificate',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    type: text('type', { enum: CERTIFICATE_TYPES }).notNull(),
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }).notNull(),
    number: text('number').notNull().unique(),
    issuedOn: date('issued_on').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    decisionStatus: text('decision_status', { enum: DECISION_STATUSES }).notNull().default('in_force'),
    officeCityCode: text('office_city_code').references(() => province.code),
    officeAddress: text('office_address'),
    representativePersonId: uuid('representative_person_id').references(() => person.id),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificate_organization_idx').on(t.organizationId),
    index('certificate_valid_to_idx').on(t.validTo),
    /** Status filters of the look-up (valid / expired / suspended …), in end-date order. */
    index('certificate_status_valid_to_idx').on(t.decisionStatus, t.validTo),
    /** What the look-up's facet counts read of a current certificate, without visiting the wide rows. */
    index('certificate_facets_idx').on(t.id, t.type, t.decisionStatus, t.validTo, t.legalBasis),
    check('certificate_dates_ck', sql`${t.validTo} >= ${t.validFrom}`),
    check('certificate_office_city_ck', sql`${t.officeCityCode} is null or ${t.officeCityCode} in ('01', '48', '79')`),
  ],
);

/** A province a certificate allows work in: today's unit plus, for old certificates, the name as written. */
export const certificateArea = pgTable(
  'certificate_area',
  {
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificate.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code')
      .notNull()
      .references(() => province.code),
    legacyProvinceCode: text('legacy_province_code').references(() => legacyProvince.code),
    nameAsWritten: text('name_as_written'),
  },
  (t) => [index('certificate_area_province_idx').on(t.provinceCode, t.certificateId), index('certificate_area_certificate_idx').on(t.certificateId, t.provinceCode)],
);

/** A field (lĩnh vực) written on a certificate. */
export const certificateField = pgTable(
  'certificate_field',
  {
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificate.id, { onDelete: 'cascade' }),
    fieldCode: text('field_code')
      .notNull()
      .references(() => field.code),
  },
  (t) => [primaryKey({ columns: [t.certificateId, t.fieldCode] }), index('certificate_field_field_idx').on(t.fieldCode, t.certificateId)],
);

/** One entry of a certificate's version chain, with the content after it and the field-level diff to the previous. */
export const certificateVersion = pgTable(
  'certificate_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificate.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    kind: text('kind', { enum: VERSION_KINDS }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    decisionNumber: text('decision_number'),
    note: text('note'),
    snapshot: jsonb('snapshot').notNull(),
    diff: jsonb('diff'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [unique('certificate_version_no_uq').on(t.certificateId, t.versionNo)],
);

/**
 * A status decision of MOFA on a certificate (Decree 58/2022 Art. 7, Chapter IV): suspension, termination,
 * revocation, or lifting a suspension ('in_force'). The certificate's `decision_status` is the latest one.
 */
export const certificateDecision = pgTable(
  'certificate_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificate.id, { onDelete: 'cascade' }),
    decisionStatus: text('decision_status', { enum: DECISION_STATUSES }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    decisionNumber: text('decision_number').notNull(),
    reason: text('reason'),
    proposedBy: text('proposed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('certificate_decision_certificate_idx').on(t.certificateId, t.effectiveOn),
    check('certificate_decision_status_ck', sql`${t.decisionStatus} in ('in_force', 'suspended', 'terminated', 'revoked')`),
  ],
);
