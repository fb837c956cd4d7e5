import { z } from 'zod';
import { TASK_STATUSES } from './reporting.tables';

const amount = z.number().min(0).max(1e15);
const longText = z.string().trim().max(20000);

/** One NGO's figures in a unit's report: the NGO-reported sum beside the (possibly adjusted) figure the unit reports. */
export const ngoActivityRowSchema = z
  .object({
    organizationId: z.uuid(),
    nameVi: z.string().max(500),
    provinceCode: z.string().min(2).max(8),
    currency: z.string().regex(/^[A-Z]{3}$/),
    committed: amount,
    disbursed: amount,
    projects: z.number().int().min(0).max(100000),
    explanation: z.string().trim().max(4000).nullish(),
    adjusted: z.boolean(),
    ngoReported: z.object({ committed: amount, disbursed: amount }),
    /** 'no_report': certificate covers the area but the NGO filed nothing for the year. */
    note: z.enum(['no_report']).nullish(),
  })
  .meta({ id: 'AgencyReportNgoRow' });

export const agencyTotalsSchema = z.array(z.object({ currency: z.string(), committed: z.number(), disbursed: z.number(), ngoCommitted: z.number(), ngoDisbursed: z.number(), projects: z.number().int() }));

export const taskStatusRowSchema = z.object({
  taskId: z.uuid(),
  programCode: z.string(),
  code: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  status: z.enum(TASK_STATUSES),
  progressPercent: z.number().int().min(0).max(100),
  note: z.string().nullable(),
  reportedAt: z.string().nullable(),
});

/** The agency / province annual report on NGO work (issue 7 §3; Resolution 100/NQ-CP: to MOFA before 1 December). */
export const agencyReportContentSchema = z
  .object({
    /** Province code or the ministry's field codes the figures cover (set by the prefill, kept for readers). */
    scope: z.object({ provinceCode: z.string().nullable(), fieldCodes: z.array(z.string()) }).optional(),
    ngoActivity: z.array(ngoActivityRowSchema).max(20000).default([]),
    totals: agencyTotalsSchema.default([]),
    assessment: longText.default(''),
    difficulties: longText.default(''),
    proposals: longText.default(''),
    taskStatus: z.array(taskStatusRowSchema).max(500).default([]),
  })
  .meta({ id: 'AgencyReportContent' });

export type AgencyReportContent = z.infer<typeof agencyReportContentSchema>;
export type NgoActivityRow = z.infer<typeof ngoActivityRowSchema>;
