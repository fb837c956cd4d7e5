import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { MIME_TYPES } from '../../platform/storage/sniff';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { myReportsSchema, reportVersionSchema, reportViewSchema, saveDraftBodySchema, startDraftBodySchema, submitBodySchema, submitResultSchema, versionParamsSchema } from './reports.schemas';
import { exportReportVersion, getReport, getReportVersion, listMyReports, saveDraft, startDraft, submitReport } from './reports.service';

const tags = ['reporting'];

/** Filing a report: my open reports, the draft, submission and amendments, reading versions (issue 7 §2). */
export const reportsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/my/reports',
    { config: { access: 'reports:file' }, schema: { operationId: 'listMyReports', tags, summary: 'Reports my unit must file / Báo cáo của đơn vị', response: { 200: myReportsSchema, ...errorResponses(401, 403) } } },
    async (request) => ({ items: await listMyReports(deps, request.actor) }),
  );

  app.get(
    '/reports/:id',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'getReport', tags, summary: 'A report with its versions / Báo cáo và các phiên bản', description: 'Readers: MOFA, the reporting unit, a province for NGOs whose certificate covers it (others: 403, audited).', params: uuidParamsSchema, response: { 200: reportViewSchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => getReport(deps, contextOf(request), request.params.id),
  );

  app.get(
    '/reports/:id/versions/:versionId',
    { config: { access: 'authenticated' }, schema: { operationId: 'getReportVersion', tags, summary: 'One version of a report / Một phiên bản báo cáo', params: versionParamsSchema, response: { 200: reportVersionSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => getReportVersion(deps, contextOf(request), request.params.id, request.params.versionId),
  );

  app.get(
    '/reports/:id/versions/:versionId/export',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'exportReportVersion',
        tags,
        summary: 'A submitted version as XLSX or DOCX / Tải báo cáo (XLSX, DOCX)',
        description: 'Same readers as the version itself (others: 403, audited); drafts are not exported (404).',
        params: versionParamsSchema,
        querystring: z.object({ format: z.enum(['xlsx', 'docx']) }),
        response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const file = await exportReportVersion(deps, contextOf(request), request.params.id, request.params.versionId, format);
      return sendFile(reply, { ...file, contentType: MIME_TYPES[format] });
    },
  );

  app.post(
    '/reports/:id/draft',
    {
      config: { access: 'reports:file' },
      schema: { operationId: 'startReportDraft', tags, summary: 'Create (or get) the draft; an amendment copies the report in force / Tạo dự thảo', params: uuidParamsSchema, body: startDraftBodySchema, response: { 200: reportVersionSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => startDraft(deps, contextOf(request), request.params.id, request.body ?? {}),
  );

  app.put(
    '/reports/:id/draft',
    {
      config: { access: 'reports:file' },
      schema: { operationId: 'saveReportDraft', tags, summary: 'Save the draft / Lưu dự thảo', params: uuidParamsSchema, body: saveDraftBodySchema, response: { 200: reportVersionSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => saveDraft(deps, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/submit',
    {
      config: { access: 'reports:file' },
      schema: {
        operationId: 'submitReport',
        tags,
        summary: 'Submit the draft (then immutable) / Nộp báo cáo',
        description: 'Errors of the form checks answer 422 with one message per field; warnings are returned and kept with the version.',
        params: uuidParamsSchema,
        body: submitBodySchema,
        response: { 200: submitResultSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => submitReport(deps, contextOf(request), request.params.id, request.body ?? {}),
  );
};
