import { z } from 'zod';
import { isoDateSchema } from '../../platform/http/schemas';
import { filingStatusSchema } from './campaigns.schemas';
import { CAMPAIGN_STATUSES, REPORT_FORMS, REPORT_VERSION_STATUSES } from './reporting.tables';

const text = (max: number) => z.string().trim().max(max);

export const contentIssueSchema = z
  .object({ path: z.string(), code: z.string(), severity: z.enum(['error', 'warning']), messageVi: z.string(), messageEn: z.string() })
  .meta({ id: 'ReportContentIssue' });

export const reportSummarySchema = z
  .object({
    obligationId: z.uuid(),
    campaign: z.object({
      id: z.uuid(),
      code: z.string(),
      form: z.enum(REPORT_FORMS),
      titleVi: z.string(),
      titleEn: z.string(),
      reportingYear: z.number().int(),
      periodFrom: isoDateSchema,
      periodTo: isoDateSchema,
      status: z.enum(CAMPAIGN_STATUSES),
    }),
    party: z.object({ nameVi: z.string(), nameEn: z.string(), kind: z.string() }),
    organizationId: z.uuid().nullable(),
    dueOn: isoDateSchema,
    status: filingStatusSchema,
    firstSubmittedOn: isoDateSchema.nullable(),
    workingDaysLeft: z.number().int().nullable().describe('Working days until the due day (0 on the day, negative when overdue); null once filed'),
    hasDraft: z.boolean(),
    currentVersion: z.number().int().nullable().describe('Number of the submitted version in force (null = not filed)'),
  })
  .meta({ id: 'ReportSummary' });

export const myReportsSchema = z.object({ items: z.array(reportSummarySchema) }).meta({ id: 'MyReports' });

export const reportVersionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(REPORT_VERSION_STATUSES),
    content: z.record(z.string(), z.unknown()),
    warnings: z.array(contentIssueSchema).describe('Warnings kept with a submitted version (content._warnings)'),
    amendmentReason: z.string().nullable(),
    preparedByName: z.string().nullable(),
    submittedByName: z.string().nullable(),
    submittedOn: isoDateSchema.nullable(),
    submittedAt: z.string().nullable(),
    late: z.boolean(),
    supersedesId: z.uuid().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReportVersion' });

export const reportViewSchema = z
  .object({
    report: reportSummarySchema,
    versions: z.array(reportVersionSchema.omit({ content: true })).describe('Submitted and superseded versions, newest first'),
    current: reportVersionSchema.nullable().describe('The submitted version in force'),
    draft: reportVersionSchema.nullable().describe('The draft (only for the reporting unit)'),
    abilities: z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canAmend: z.boolean() }),
  })
  .meta({ id: 'ReportView' });

export const startDraftBodySchema = z.object({ amendmentReason: text(2000).nullish() }).optional();

export const saveDraftBodySchema = z.object({
  content: z.record(z.string(), z.unknown()).describe('The form content (validated by the form; drafts may be incomplete)'),
  amendmentReason: text(2000).nullish(),
});

export const submitBodySchema = z.object({ amendmentReason: text(2000).nullish().describe('Required for an amendment (version > 1)') }).optional();

export const submitResultSchema = z
  .object({ version: reportVersionSchema, warnings: z.array(contentIssueSchema) })
  .meta({ id: 'ReportSubmitted' });

export const versionParamsSchema = z.object({ id: z.uuid(), versionId: z.uuid() });
