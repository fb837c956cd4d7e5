import { z } from 'zod';
import { PROCEDURE_CODES } from '../../../common/dossiers';
import { bilingualSchema, isoDateSchema } from '../../platform/http/schemas';
import { dossierDocumentSchema } from '../dossiers/dossiers.schemas';
import { REPLY_POSITIONS, REPLY_STATUSES, REQUEST_STATUSES } from './consultation.tables';

const text = (max: number) => z.string().trim().max(max);

export const timelinessSchema = z.enum(['on_time', 'late', 'pending', 'missing']).describe('on_time / late = answered before / after the due day; pending = not yet due; missing = no reply by the deadline');

export const consulteeReasonSchema = z
  .object({ kind: z.enum(['standing', 'field', 'area', 'office', 'aid_approval', 'change']), party: z.string().optional(), fieldCode: z.string().optional(), provinceCode: z.string().optional(), change: z.string().optional() })
  .meta({ id: 'ConsulteeReason' });

const unitRefSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), kind: z.string() });

export const requestSummarySchema = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    parentRequestId: z.uuid().nullable(),
    unit: unitRefSchema,
    letterNumber: z.string().nullable(),
    status: z.enum(REQUEST_STATUSES),
    reasons: z.array(consulteeReasonSchema),
    addedReason: z.string().nullable(),
    note: z.string().nullable(),
    sentOn: isoDateSchema,
    dueOn: isoDateSchema,
    answeredOn: isoDateSchema.nullable(),
    timeliness: timelinessSchema,
    workingDaysLeft: z.number().int().nullable().describe('Working days until the due day (0 on the day, negative when overdue); null once answered'),
  })
  .meta({ id: 'ConsultationRequest' });

export const replySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(REPLY_STATUSES),
    position: z.enum(REPLY_POSITIONS).nullable(),
    reasons: z.string().nullable(),
    items: z.array(z.object({ kind: z.enum(['condition', 'objection']), text: z.string() })),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    preparedByName: z.string().nullable(),
    sentOn: isoDateSchema.nullable(),
    late: z.boolean(),
    supersedesId: z.uuid().nullable(),
    letterFile: z
      .object({ fileName: z.string(), bytes: z.number().int(), sha256: z.string(), contentType: z.string() })
      .nullable()
      .describe('The signed reply letter (PDF), when uploaded; download it from GET /api/v1/consultations/{id}/replies/{replyId}/letter'),
  })
  .meta({ id: 'ConsultationReply' });

export const inboxSchema = z
  .object({
    items: z.array(requestSummarySchema.extend({ dossierCode: z.string(), procedure: z.enum(PROCEDURE_CODES), applicantName: z.string() })),
  })
  .meta({ id: 'ConsultationInbox' });

export const inboxQuerySchema = z.object({ status: z.enum(['open', 'answered']).optional() });

export const requestViewSchema = z
  .object({
    request: requestSummarySchema,
    dossier: z.object({ id: z.uuid(), code: z.string(), procedure: z.enum(PROCEDURE_CODES), applicantName: z.string(), acceptedOn: isoDateSchema.nullable(), application: z.record(z.string(), z.unknown()) }),
    documents: z.array(dossierDocumentSchema),
    replies: z.array(replySchema),
    subRequests: z.array(requestSummarySchema.extend({ reply: replySchema.nullable() })),
  })
  .meta({ id: 'ConsultationRequestView' });

export const replyBodySchema = z
  .object({
    position: z.enum(REPLY_POSITIONS).nullable().optional(),
    reasons: text(8000).nullable().optional(),
    items: z.array(z.object({ kind: z.enum(['condition', 'objection']), text: text(2000).min(1) })).max(50).optional(),
    signerName: text(200).nullable().optional(),
    signerTitle: text(200).nullable().optional(),
  });

export const forwardBodySchema = z
  .object({ unitCode: z.string().max(50), dueOn: isoDateSchema.nullable().optional(), note: text(4000).nullable().optional() });

export const replyLetterParamsSchema = z.object({ id: z.uuid(), replyId: z.uuid() });

export const letterQuerySchema = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

export const sendBodySchema = z
  .object({
    consultees: z.array(z.object({ unitCode: z.string().max(50), reason: text(2000).nullable().optional() })).max(120).optional().describe('The agencies to ask; default = the proposal'),
    adjustReason: text(2000).nullable().optional().describe('Required when a proposed agency is left out'),
    note: text(4000).nullable().optional(),
    lockVersion: z.number().int().optional(),
  });

export const matrixSchema = z
  .object({
    dossierId: z.uuid(),
    status: z.string(),
    proposal: z
      .object({
        consultees: z.array(z.object({ unitCode: z.string(), unit: unitRefSchema.nullable(), reasons: z.array(consulteeReasonSchema) })),
        unmappedFields: z.array(z.string()),
        basis: bilingualSchema,
      })
      .nullable()
      .describe('Who the law and the dossier call for (only while the dossier waits to be sent for consultation)'),
    rows: z.array(
      z.object({
        request: requestSummarySchema,
        missedDeadline: z
          .enum(['no_reply', 'deemed_agreement'])
          .nullable()
          .describe(
            'Past the due day without a reply: how the silence reads under the configuration onMissedDeadline — no_reply (default: no reply received by the deadline) or deemed_agreement (recorded as agreement; not a reply, a later reply prevails). null while answered or within the period',
          ),
        reply: replySchema.nullable(),
        superseded: z.array(replySchema),
      }),
    ),
  })
  .meta({ id: 'OpinionMatrix' });

export const statisticsQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const statisticsSchema = z
  .object({
    items: z.array(
      z.object({
        unitCode: z.string(),
        nameVi: z.string(),
        nameEn: z.string(),
        received: z.number().int(),
        onTime: z.number().int(),
        late: z.number().int(),
        missing: z.number().int(),
        pending: z.number().int(),
        medianWorkingDays: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'ConsultationStatistics' });

export const unitOptionsSchema = z
  .object({ items: z.array(unitRefSchema) })
  .meta({ id: 'ConsultationUnitOptions' });
