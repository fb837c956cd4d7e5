import { z } from 'zod';
import { isoDateSchema } from '../../platform/http/schemas';
import { CAMPAIGN_STATUSES, OBLIGATED_PARTIES, REPORT_FORMS } from './reporting.tables';

const text = (max: number) => z.string().trim().max(max);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');

export const filingStatusSchema = z
  .enum(['filed_on_time', 'filed_late', 'open', 'due_soon', 'overdue'])
  .describe('filed_on_time / filed_late = first submission on or before / after the due day; open, due_soon (≤ 3 working days left), overdue = not filed')
  .meta({ id: 'FilingStatus' });

export const campaignSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    form: z.enum(REPORT_FORMS),
    titleVi: z.string(),
    titleEn: z.string(),
    reportingYear: z.number().int(),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    dueOn: isoDateSchema,
    reminderOffsets: z.array(z.number().int()),
    obligated: z.enum(OBLIGATED_PARTIES),
    listedUnitIds: z.array(z.uuid()),
    status: z.enum(CAMPAIGN_STATUSES),
    createdAt: z.string(),
    obligations: z.number().int(),
    filed: z.number().int(),
  })
  .meta({ id: 'ReportCampaign' });

export const campaignListSchema = z.object({ items: z.array(campaignSchema) }).meta({ id: 'ReportCampaignList' });

export const createCampaignBodySchema = z.object({
  form: z.enum(REPORT_FORMS),
  reportingYear: z.number().int().min(2000).max(2100),
  code: text(60).min(3).regex(/^[A-Za-z0-9._-]+$/).optional().describe('Default: <form>-<year>'),
  titleVi: text(300).min(1).optional(),
  titleEn: text(300).min(1).optional(),
  periodFrom: isoDateSchema.optional().describe('Default: from the reporting calendar settings (15 Dec of the previous year)'),
  periodTo: isoDateSchema.optional(),
  dueOn: isoDateSchema.optional().describe('Default: 18 Dec (NGOs) or 30 Nov (agencies, provinces), moved to the next working day'),
  reminderOffsets: z.array(z.number().int().min(-60).max(60)).max(10).optional(),
  obligated: z.enum(OBLIGATED_PARTIES),
  listedUnitIds: z.array(z.uuid()).max(500).optional(),
});

export const createCampaignResultSchema = z
  .object({
    campaign: campaignSchema,
    obligationsCreated: z.number().int(),
    skippedWithoutAccount: z.number().int().describe('NGOs with a valid certificate but no account (unit) yet: no obligation could be created'),
  })
  .meta({ id: 'ReportCampaignCreated' });

export const proposalQuerySchema = z.object({ form: z.enum(REPORT_FORMS), year: z.coerce.number().int().min(2000).max(2100) });

export const proposalSchema = z
  .object({ periodFrom: isoDateSchema, periodTo: isoDateSchema, dueOn: isoDateSchema, reminderOffsets: z.array(z.number().int()), titleVi: z.string(), titleEn: z.string() })
  .meta({ id: 'ReportCampaignProposal' });

export const boardQuerySchema = z.object({
  status: filingStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const boardRowSchema = z
  .object({
    obligationId: z.uuid(),
    unit: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), kind: z.string() }),
    organization: z.object({ id: z.uuid(), registryCode: z.string().nullable(), name: z.string().nullable() }).nullable(),
    dueOn: isoDateSchema,
    status: filingStatusSchema,
    firstSubmittedOn: isoDateSchema.nullable(),
    versionCount: z.number().int(),
    hasDraft: z.boolean(),
  })
  .meta({ id: 'ReportBoardRow' });

export const boardSchema = z
  .object({
    campaign: campaignSchema,
    counts: z.object({ filed_on_time: z.number().int(), filed_late: z.number().int(), open: z.number().int(), due_soon: z.number().int(), overdue: z.number().int() }),
    total: z.number().int().describe('Rows matching the filter'),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(boardRowSchema),
  })
  .meta({ id: 'ReportCampaignBoard' });

export const obligationParamsSchema = z.object({ id: z.uuid(), obligationId: z.uuid() });

export const extendBodySchema = z.object({ dueOn: isoDateSchema, reason: text(2000).min(3) });

export const refreshResultSchema = z
  .object({ campaign: campaignSchema, obligationsCreated: z.number().int(), skippedWithoutAccount: z.number().int() })
  .meta({ id: 'ReportObligationsRefreshed' });

export const reportingSettingsSchema = z
  .object({
    calendar: z.object({
      periodStartMonthDay: monthDay,
      ngoDueMonthDay: monthDay,
      agencyDueMonthDay: monthDay,
      shiftToWorkingDay: z.boolean(),
      reminderOffsets: z.array(z.number().int().min(-60).max(60)).max(10),
    }),
    usdRates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()).describe('USD per unit of currency: configuration, not official rates'),
    reconciliation: z
      .object({
        relativeTolerance: z.number().min(0).max(1).describe('0.05 = figures may differ by 5 % of the larger one'),
        absoluteFloor: z.number().min(0).describe('Differences at or below this amount (reporting currency) are ignored'),
      })
      .optional()
      .describe('When a province figure and an NGO figure disagree; kept as it is when omitted'),
  })
  .meta({ id: 'ReportingSettings' });
