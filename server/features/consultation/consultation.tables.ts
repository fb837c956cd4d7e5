import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.tables';
import { dossier } from '../dossiers/dossiers.tables';
import { orgUnit } from '../units/units.tables';

export const REQUEST_STATUSES = ['sent', 'answered', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REPLY_POSITIONS = ['agree', 'agree_with_conditions', 'disagree', 'outside_remit'] as const;
export type ReplyPosition = (typeof REPLY_POSITIONS)[number];
export const REPLY_STATUSES = ['draft', 'sent', 'superseded'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/**
 * One request for opinion (văn bản xin ý kiến) to one agency on one dossier (Decree 58/2022 Art. 11(2)), with its
 * own clock: `sent_on` is day 0, `due_on` the last day to reply (10 WD). A province's focal unit may forward an
 * internal sub-request to one of its departments (`parent_request_id`, its own `due_on` inside the parent's).
 * `reminder_offsets` records the reminders already sent (working days from the due day) so no reminder goes twice.
 */
export const consultationRequest = pgTable(
  'consultation_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnit.id),
    parentRequestId: uuid('parent_request_id').references((): AnyPgColumn => consultationRequest.id),
    /** Letter number, e.g. '15/UBCT-PCPNN'; null for an internal sub-request. */
    letterNumber: text('letter_number'),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('sent'),
    /** Why this agency is asked: the proposal's reasons, or the officer's reason when added by hand. */
    reasons: jsonb('reasons').notNull().default([]),
    addedReason: text('added_reason'),
    /** A note to the agency (or to the department, for a sub-request). */
    note: text('note'),
    sentOn: date('sent_on').notNull(),
    dueOn: date('due_on').notNull(),
    answeredOn: date('answered_on'),
    reminderOffsets: jsonb('reminder_offsets').$type<number[]>().notNull().default([]),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consultation_request_dossier_idx').on(t.dossierId),
    index('consultation_request_unit_idx').on(t.unitId, t.status),
    // One live request per agency and dossier (or per department and parent request).
    unique('consultation_request_once').on(t.dossierId, t.unitId, t.parentRequestId).nullsNotDistinct(),
  ],
);

/**
 * A reply to a request: drafted inside the agency, then sent (immutable from then on). A correction is a new reply
 * that supersedes the previous one; both are kept (`supersedes_id`). `late` = sent after the request's due day.
 */
export const consultationReply = pgTable(
  'consultation_reply',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => consultationRequest.id),
    version: integer('version').notNull(),
    status: text('status', { enum: REPLY_STATUSES }).notNull().default('draft'),
    position: text('position', { enum: REPLY_POSITIONS }),
    reasons: text('reasons'),
    /** Structured conditions / objections: [{ kind: 'condition' | 'objection', text }]. */
    items: jsonb('items').$type<{ kind: 'condition' | 'objection'; text: string }[]>().notNull().default([]),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** The signed letter, when uploaded: storage key, file name, SHA-256. */
    letterFile: jsonb('letter_file').$type<{ key: string; fileName: string; sha256: string; bytes: number; contentType: string } | null>(),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => consultationReply.id),
    preparedBy: uuid('prepared_by')
      .notNull()
      .references(() => appUser.id),
    sentBy: uuid('sent_by').references(() => appUser.id),
    sentOn: date('sent_on'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consultation_reply_version_idx').on(t.requestId, t.version), index('consultation_reply_request_idx').on(t.requestId, t.status)],
);
