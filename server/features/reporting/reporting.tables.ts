import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.tables';
import { organization } from '../organizations/organizations.tables';
import { orgUnit } from '../units/units.tables';

/**
 * Reporting (issue 7, brief §5–§7): campaigns define a period, a form and who must file; each obligated party has
 * one obligation per campaign; each obligation holds immutable submitted versions (a draft first). Aid figures of
 * submitted reports are kept as lines (one per NGO × province × field × currency) and in a pre-aggregated table so
 * the dashboards and the consolidation read sums, not JSON.
 */

/** The forms a campaign can collect. */
export const REPORT_FORMS = ['ngo_annual', 'agency_annual', 'province_annual'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** Who must file: every NGO with a valid certificate, every consulted ministry/agency, every province, or a list. */
export const OBLIGATED_PARTIES = ['ngos_with_valid_certificate', 'consulted_agencies', 'provinces', 'province_departments', 'listed_units'] as const;
export type ObligatedParties = (typeof OBLIGATED_PARTIES)[number];

export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const REPORT_VERSION_STATUSES = ['draft', 'submitted', 'superseded'] as const;
export type ReportVersionStatus = (typeof REPORT_VERSION_STATUSES)[number];

/** Where an aid figure comes from: the NGO's own report, or an agency/province report (possibly adjusted). */
export const AID_LINE_SOURCES = ['ngo', 'agency'] as const;
export type AidLineSource = (typeof AID_LINE_SOURCES)[number];

export const AID_KINDS = ['program', 'project', 'non_project'] as const;
export type AidKind = (typeof AID_KINDS)[number];

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'delayed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/**
 * A reporting campaign: e.g. "NGO annual report 2026", period 15 Dec 2025 – 14 Dec 2026, due 18 Dec 2026
 * (Decree 58/2022 Art. 21(5)); or "Province report on NGO work 2026", due before 1 Dec (Resolution 100/NQ-CP).
 * `parent_unit_id` set = a unit's own campaign towards its departments (e.g. Huế asks its departments by 25 Oct).
 */
export const reportCampaign = pgTable(
  'report_campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    form: text('form', { enum: REPORT_FORMS }).notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    /** The reporting year the campaign is about (e.g. 2026 for 15 Dec 2025 – 14 Dec 2026). */
    reportingYear: integer('reporting_year').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** The last day to file (already moved to a working day where the rule says so). */
    dueOn: date('due_on').notNull(),
    /** Reminder offsets in working days relative to the due day (negative before, 0 on the day, positive after). */
    reminderOffsets: jsonb('reminder_offsets').$type<number[]>().notNull().default([-10, -3, 0, 2]),
    obligated: text('obligated', { enum: OBLIGATED_PARTIES }).notNull(),
    /** For 'listed_units': the unit ids that must file. */
    listedUnitIds: jsonb('listed_unit_ids').$type<string[]>().notNull().default([]),
    /** The unit that runs the campaign (MOFA, or a province asking its departments). */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnit.id),
    status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('open'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_campaign_year_idx').on(t.reportingYear, t.form)],
);

/**
 * One party's duty to file in a campaign. `organization_id` is set for NGOs. `filed_version_id` points to the
 * latest submitted version; `first_submitted_on` decides on time / late (an amendment never makes a report late).
 * `reminder_offsets_sent` records the reminders already sent, so none goes twice after a restart.
 */
export const reportObligation = pgTable(
  'report_obligation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => reportCampaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnit.id),
    organizationId: uuid('organization_id').references(() => organization.id),
    /** Usually the campaign's due day; MOFA may grant an individual extension (reason in the audit log). */
    dueOn: date('due_on').notNull(),
    firstSubmittedOn: date('first_submitted_on'),
    filedVersionId: uuid('filed_version_id'),
    reminderOffsetsSent: jsonb('reminder_offsets_sent').$type<number[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('report_obligation_once').on(t.campaignId, t.unitId),
    index('report_obligation_unit_idx').on(t.unitId),
    index('report_obligation_org_idx').on(t.organizationId),
  ],
);

/**
 * A version of a report: one draft at most, then immutable submitted versions. An amendment is a new version that
 * supersedes the previous submitted one (both kept). `content` holds the form (Form 05 for NGOs, the agency or
 * province report otherwise); its shape is validated by the feature's zod schemas.
 */
export const reportVersion = pgTable(
  'report_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => reportObligation.id),
    version: integer('version').notNull(),
    status: text('status', { enum: REPORT_VERSION_STATUSES }).notNull().default('draft'),
    content: jsonb('content').notNull().default({}),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => reportVersion.id),
    /** Why an amendment was made (required for versions > 1). */
    amendmentReason: text('amendment_reason'),
    preparedBy: uuid('prepared_by')
      .notNull()
      .references(() => appUser.id),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    submittedOn: date('submitted_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_version_number_idx').on(t.obligationId, t.version),
    // At most one draft per obligation.
    uniqueIndex('report_version_one_draft_idx')
      .on(t.obligationId)
      .where(sql`status = 'draft'`),
  ],
);

/**
 * Aid figures of submitted reports, one line per reporter × NGO × province × field × aid kind × currency.
 * `current` is true only for lines of the latest submitted version (lines of superseded versions are kept).
 * Provinces are always one of today's 34 (`province_code`); a figure reported against a pre-2025 province keeps
 * it in `legacy_province_code` and rolls up to its successor. Amounts are in the reported currency, with the USD
 * equivalent at the campaign's configured rate (null when no rate is configured for the currency).
 */
export const reportAidLine = pgTable(
  'report_aid_line',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => reportVersion.id),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => reportCampaign.id),
    reportingYear: integer('reporting_year').notNull(),
    source: text('source', { enum: AID_LINE_SOURCES }).notNull(),
    /** The unit that reported the line (the NGO's unit, or the agency/province). */
    reporterUnitId: uuid('reporter_unit_id')
      .notNull()
      .references(() => orgUnit.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    /** The NGO's country of establishment (denormalised for consolidation by country of origin). */
    countryCode: text('country_code'),
    provinceCode: text('province_code').notNull(),
    legacyProvinceCode: text('legacy_province_code'),
    fieldCode: text('field_code'),
    aidKind: text('aid_kind', { enum: AID_KINDS }).notNull().default('project'),
    currency: text('currency').notNull(),
    committed: numeric('committed', { precision: 18, scale: 2, mode: 'number' }).notNull().default(0),
    disbursed: numeric('disbursed', { precision: 18, scale: 2, mode: 'number' }).notNull().default(0),
    committedUsd: numeric('committed_usd', { precision: 18, scale: 2, mode: 'number' }),
    disbursedUsd: numeric('disbursed_usd', { precision: 18, scale: 2, mode: 'number' }),
    /** For agency lines: why the figure differs from what the NGO reported. */
    explanation: text('explanation'),
    current: boolean('current').notNull().default(true),
  },
  (t) => [
    index('report_aid_line_version_idx').on(t.versionId),
    index('report_aid_line_current_idx')
      .on(t.reportingYear, t.source, t.provinceCode)
      .where(sql`current`),
    index('report_aid_line_org_idx').on(t.organizationId, t.reportingYear),
  ],
);

/**
 * Pre-aggregated NGO-reported aid (source 'ngo', current lines only), maintained in the submit transaction:
 * one row per year × province × field × country × currency. Dashboards and consolidation read this table.
 */
export const aidAggregate = pgTable(
  'aid_aggregate',
  {
    reportingYear: integer('reporting_year').notNull(),
    provinceCode: text('province_code').notNull(),
    fieldCode: text('field_code').notNull().default(''),
    countryCode: text('country_code').notNull().default(''),
    currency: text('currency').notNull(),
    committed: numeric('committed', { precision: 20, scale: 2, mode: 'number' }).notNull().default(0),
    disbursed: numeric('disbursed', { precision: 20, scale: 2, mode: 'number' }).notNull().default(0),
    committedUsd: numeric('committed_usd', { precision: 20, scale: 2, mode: 'number' }).notNull().default(0),
    disbursedUsd: numeric('disbursed_usd', { precision: 20, scale: 2, mode: 'number' }).notNull().default(0),
    lineCount: integer('line_count').notNull().default(0),
  },
  (t) => [uniqueIndex('aid_aggregate_key_idx').on(t.reportingYear, t.provinceCode, t.fieldCode, t.countryCode, t.currency)],
);

/**
 * A task of an action program: the Government's (Resolution 100/NQ-CP appendix: group, lead agency, coordinating
 * agencies, expected output, deadline) or a province's own plan (`owner_unit_id` = the province; e.g. Huế's).
 */
export const actionTask = pgTable(
  'action_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programCode: text('program_code').notNull(),
    code: text('code').notNull(),
    groupNo: integer('group_no').notNull(),
    groupTitleVi: text('group_title_vi').notNull(),
    groupTitleEn: text('group_title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    leadUnitId: uuid('lead_unit_id').references(() => orgUnit.id),
    /** Who leads when it is every ministry / every province ('all_ministries', 'all_provinces'), else null. */
    leadScope: text('lead_scope'),
    coordinatingUnitIds: jsonb('coordinating_unit_ids').$type<string[]>().notNull().default([]),
    expectedOutputVi: text('expected_output_vi').notNull(),
    expectedOutputEn: text('expected_output_en').notNull(),
    /** A date, or a recurring wording such as 'hằng năm' kept in `deadline_text`. */
    deadlineOn: date('deadline_on'),
    deadlineText: text('deadline_text'),
    ownerUnitId: uuid('owner_unit_id').references(() => orgUnit.id),
    parentTaskId: uuid('parent_task_id').references((): AnyPgColumn => actionTask.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('action_task_code').on(t.programCode, t.code), index('action_task_lead_idx').on(t.leadUnitId)],
);

/** A responsible unit's progress report on a task (append-only: the latest per unit is the current status). */
export const actionTaskUpdate = pgTable(
  'action_task_update',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => actionTask.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnit.id),
    reportingYear: integer('reporting_year').notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull(),
    progressPercent: integer('progress_percent').notNull().default(0),
    note: text('note'),
    /** Evidence files (stored through the storage interface) or links. */
    evidence: jsonb('evidence').$type<{ key?: string; url?: string; fileName: string; sha256?: string; bytes?: number; contentType?: string }[]>().notNull().default([]),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => appUser.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_task_update_task_idx').on(t.taskId, t.unitId, t.reportedAt)],
);

/** A background export (large XLSX/DOCX): progress, then a download link to the stored file. */
export const exportJob = pgTable(
  'export_job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    status: text('status', { enum: EXPORT_JOB_STATUSES }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    error: text('error'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => appUser.id),
    unitId: uuid('unit_id').references(() => orgUnit.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('export_job_user_idx').on(t.requestedBy, t.createdAt)],
);
