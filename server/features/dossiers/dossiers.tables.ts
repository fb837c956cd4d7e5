import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES } from '../../domain/dossiers/workflow';
import { DOSSIER_CHANNELS, PROCEDURE_CODES } from '../../../common/dossiers';
import { appUser } from '../accounts/accounts.tables';
import { certificate } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { orgUnit } from '../units/units.tables';

/**
 * An application (hồ sơ) for one of the six Decree 58/2022 procedures (brief §3). `status` and the clock columns are
 * the current state; `dossier_action` is the log that explains them. Clock: `received_on` (day of receipt, online or
 * paper), `accepted_on` (complete and valid: the 30-WD period starts, Art. 11), `step_due_on` (due day of the
 * current step), `overall_due_on` (the whole procedure), `paused_working_days` (time the applicant spent
 * supplementing, which does not count).
 */
export const dossier = pgTable(
  'dossier',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'HS-2026-000123' */
    code: text('code').notNull().unique(),
    procedure: text('procedure', { enum: PROCEDURE_CODES }).notNull(),
    /** amend / supplement / reissue_lost / reissue_damaged for the amendment procedures. */
    amendKind: text('amend_kind'),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull().default('draft'),
    channel: text('channel', { enum: DOSSIER_CHANNELS }).notNull().default('online'),
    /** The NGO's account unit (null for a paper dossier of an NGO without an account). */
    applicantUnitId: uuid('applicant_unit_id').references(() => orgUnit.id),
    applicantName: text('applicant_name').notNull(),
    organizationId: uuid('organization_id').references(() => organization.id),
    /** The certificate amended or extended. */
    targetCertificateId: uuid('target_certificate_id').references(() => certificate.id),
    /** The certificate the procedure produced. */
    resultCertificateId: uuid('result_certificate_id').references(() => certificate.id),
    /** The application form's content (names, areas, fields, representative, plans…), validated per procedure. */
    application: jsonb('application').notNull().default({}),
    /** The officer's draft decision: { outcome, reasons, validFrom, validTo, note }. */
    decisionDraft: jsonb('decision_draft'),
    assignedTo: uuid('assigned_to').references(() => appUser.id),
    receivedOn: date('received_on'),
    acceptedOn: date('accepted_on'),
    overallDueOn: date('overall_due_on'),
    stepEnteredOn: date('step_entered_on'),
    stepDueOn: date('step_due_on'),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    closedOn: date('closed_on'),
    /** Idempotency: a retried create with the same key returns the same dossier. */
    clientKey: text('client_key'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    lockVersion: integer('lock_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossier_client_key_uq').on(t.createdBy, t.clientKey),
    index('dossier_status_due_idx').on(t.status, t.stepDueOn),
    index('dossier_applicant_idx').on(t.applicantUnitId, t.createdAt),
    index('dossier_assigned_idx').on(t.assignedTo),
    index('dossier_organization_idx').on(t.organizationId),
  ],
);

/** The action log of a dossier: every accepted action with who, when, why and the step due day it opened. */
export const dossierAction = pgTable(
  'dossier_action',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    action: text('action', { enum: [...DOSSIER_ACTIONS, 'create', 'assign', 'update', 'upload', 'receive_paper'] }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').references(() => appUser.id),
    actorRole: text('actor_role'),
    actorUnitId: uuid('actor_unit_id'),
    reason: text('reason'),
    payload: jsonb('payload'),
    /** Vietnam calendar day of the action (what deadlines count from). */
    onDay: date('on_day').notNull(),
    stepDueOn: date('step_due_on'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_action_dossier_idx').on(t.dossierId, t.id)],
);

/** A file uploaded for one component of a dossier; type sniffed from content, SHA-256 kept. */
export const dossierDocument = pgTable(
  'dossier_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    componentCode: text('component_code').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Consular legalisation done (foreign documents, Decree 58/2022 Art. 11, 15). */
    legalised: boolean('legalised').notNull().default(false),
    /** Certified Vietnamese translation attached. */
    certifiedTranslation: boolean('certified_translation').notNull().default(false),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => appUser.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('dossier_document_dossier_idx').on(t.dossierId, t.componentCode)],
);

/** A message between the applicant and the officer on a dossier. */
export const dossierMessage = pgTable(
  'dossier_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => appUser.id),
    authorParty: text('author_party', { enum: ['applicant', 'officer', 'leader'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_message_dossier_idx').on(t.dossierId, t.createdAt)],
);

/** Per-year counters: dossier codes and certificate numbers (one row per scope and year, bumped in the transaction). */
export const numberCounter = pgTable(
  'number_counter',
  {
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.year] })],
);
