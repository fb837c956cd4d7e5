import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AMEND_KINDS, PROCEDURE_CODES } from '../../../common/dossiers';
import { vnDateOf } from '../../../common/dates';
import type { Deps } from '../../platform/deps';
import { errorResponses } from '../../platform/http/schemas';
import { AMEND_CHANGES } from '../../domain/procedures/procedure-types';
import { guideFor, listProcedures } from './procedures.service';

const bilingual = z.object({ vi: z.string(), en: z.string() });
const procedureSchema = z
  .object({
    code: z.enum(PROCEDURE_CODES),
    kind: z.enum(['issue', 'extend', 'amend']),
    certificateType: z.enum(['operation', 'rep_office']),
    name: bilingual,
    basis: z.array(z.string()),
    totalWorkingDays: z.number().int(),
    amendKinds: z.array(z.enum(AMEND_KINDS)),
    amendChanges: z.array(z.enum(AMEND_CHANGES)),
  })
  .meta({ id: 'Procedure' });

const guideSchema = z
  .object({
    procedure: procedureSchema,
    components: z.array(
      z.object({
        code: z.string(),
        name: bilingual,
        note: bilingual.nullable(),
        status: z.enum(['required', 'if_applicable']),
        copyKind: z.enum(['original', 'copy']),
        formNumber: z.string().nullable(),
        foreignDocuments: z.enum(['legalisation_and_translation', 'certified_translation', 'none']),
        acceptedFormats: z.array(z.string()),
        basis: z.string(),
      }),
    ),
    openQuestions: z.array(z.string()),
    submittedOn: z.string().describe('The day the dates are computed from (today, or the receipt day after office hours)'),
    expectedDecisionOn: z.string().describe('Submission + completeness check + the statutory period, in working days'),
    steps: z.array(z.object({ code: z.string(), name: bilingual, startOn: z.string(), dueOn: z.string().nullable(), maxWorkingDays: z.number().int().nullable() })),
  })
  .meta({ id: 'ProcedureGuide' });

/** The guide of the six procedures (public: an NGO can read it before signing up). */
export const proceduresRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/procedures',
    { config: { access: 'public' }, schema: { operationId: 'listProcedures', tags: ['procedures'], summary: 'The six procedures / Các thủ tục hành chính', response: { 200: z.object({ items: z.array(procedureSchema) }) } } },
    async () => ({ items: await listProcedures(deps) }),
  );

  app.get(
    '/procedures/:code/guide',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getProcedureGuide',
        tags: ['procedures'],
        summary: 'What to submit and the expected decision date / Thành phần hồ sơ và ngày dự kiến có kết quả',
        params: z.object({ code: z.enum(PROCEDURE_CODES) }),
        querystring: z.object({
          amendKind: z.enum(AMEND_KINDS).optional(),
          changes: z.string().max(300).optional().describe('Comma-separated AMEND_CHANGES'),
          nationality: z.enum(['foreign', 'vietnamese']).optional(),
          legalisationExempt: z.enum(['true', 'false']).optional(),
          submittedOn: z.iso.date().optional(),
        }),
        response: { 200: guideSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { changes, legalisationExempt, submittedOn, ...rest } = request.query;
      return guideFor(deps, request.params.code, {
        ...rest,
        ...(changes ? { changes: changes.split(',').filter((c): c is (typeof AMEND_CHANGES)[number] => (AMEND_CHANGES as readonly string[]).includes(c)) } : {}),
        ...(legalisationExempt ? { legalisationExempt: legalisationExempt === 'true' } : {}),
      }, submittedOn ?? vnDateOf(deps.clock.now()));
    },
  );
};
