import { z } from 'zod';
import { bilingualSchema, isoDateSchema } from '../../platform/http/schemas';
import { TASK_STATUSES } from './reporting.tables';

const text = (max: number) => z.string().trim().max(max);

export const taskUnitSchema = z.object({ id: z.uuid(), code: z.string(), nameVi: z.string(), nameEn: z.string() }).meta({ id: 'ActionTaskUnit' });

export const evidenceSchema = z
  .object({
    index: z.number().int(),
    fileName: z.string(),
    url: z.string().nullable().describe('A link given as evidence'),
    hasFile: z.boolean().describe('A stored file: download it with GET /action-tasks/{id}/updates/{updateId}/evidence/{index}'),
    bytes: z.number().int().nullable(),
    contentType: z.string().nullable(),
  })
  .meta({ id: 'ActionTaskEvidence' });

export const taskUpdateSchema = z
  .object({
    id: z.uuid(),
    taskId: z.uuid(),
    unit: taskUnitSchema,
    reportingYear: z.number().int(),
    status: z.enum(TASK_STATUSES),
    progressPercent: z.number().int(),
    note: z.string().nullable(),
    evidence: z.array(evidenceSchema),
    reportedAt: z.string(),
  })
  .meta({ id: 'ActionTaskUpdate' });

export const actionTaskSchema = z
  .object({
    id: z.uuid(),
    programCode: z.string(),
    code: z.string(),
    groupNo: z.number().int(),
    groupTitle: bilingualSchema,
    title: bilingualSchema,
    lead: taskUnitSchema.nullable(),
    leadScope: z.enum(['all_ministries', 'all_provinces']).nullable(),
    coordinating: z.array(taskUnitSchema),
    owner: taskUnitSchema.nullable(),
    expectedOutput: bilingualSchema,
    deadlineOn: isoDateSchema.nullable(),
    deadlineText: z.string().nullable(),
    /** Set for seeded program tasks: summarised, to verify against the published appendix. */
    sourceNotice: bilingualSchema.nullable(),
    myUpdate: taskUpdateSchema.nullable().describe("The caller's unit's latest update this reporting year"),
    updates: z.array(taskUpdateSchema).describe('Latest update per unit (MOFA: every unit; others: their own unit)'),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'ActionTask' });

export const taskListQuerySchema = z.object({
  program: text(60).optional(),
  group: z.coerce.number().int().min(1).max(99).optional(),
  mine: z.enum(['true', 'false']).optional().describe('true = only tasks my unit answers for'),
  status: z.enum(TASK_STATUSES).optional().describe('Current status (of my unit; for MOFA: of any unit)'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Reporting year (default: the current one)'),
});

export const taskListSchema = z.object({
  reportingYear: z.number().int(),
  programs: z.array(z.string()),
  items: z.array(actionTaskSchema),
});

const linkEvidenceSchema = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000), fileName: text(300).min(1) });
const fileEvidenceSchema = z.object({ key: z.string().max(200), fileName: text(300).min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0), contentType: z.string().max(120) });

export const taskUpdateBodySchema = z.object({
  status: z.enum(TASK_STATUSES),
  progressPercent: z.number().int().min(0).max(100),
  note: text(4000).optional(),
  evidence: z.array(z.union([fileEvidenceSchema, linkEvidenceSchema])).max(20).default([]).describe('Links, or files uploaded first with POST /action-tasks/{id}/evidence'),
});

export const uploadedEvidenceSchema = fileEvidenceSchema.meta({ id: 'UploadedEvidence' });

export const createTaskBodySchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9.-]{1,20}$/),
  groupNo: z.number().int().min(1).max(99),
  groupTitleVi: text(300).min(1),
  groupTitleEn: text(300).optional(),
  titleVi: text(1000).min(1),
  titleEn: text(1000).optional(),
  coordinatingUnitIds: z.array(z.uuid()).max(50).default([]),
  expectedOutputVi: text(1000).min(1),
  expectedOutputEn: text(1000).optional(),
  deadlineOn: isoDateSchema.optional(),
  deadlineText: text(200).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  parentTaskId: z.uuid().optional().describe('The national task this one implements'),
});

export const updateParamsSchema = z.object({ id: z.uuid(), updateId: z.uuid(), index: z.coerce.number().int().min(0).max(19) });
export const taskHistorySchema = z.object({ items: z.array(taskUpdateSchema) });
