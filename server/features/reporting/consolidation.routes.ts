import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { errorResponses } from '../../platform/http/schemas';
import { MIME_TYPES } from '../../platform/storage/sniff';
// Registers the agency / province annual report form with the report workflow (side effect of the import).
import './agency-report.form';
import { currentReportingYear } from './action-tasks.service';
import { consolidationSchema, consolidationQuerySchema, exportQuerySchema, reconciliationQuerySchema, reconciliationSchema } from './consolidation.schemas';
import { consolidate, exportConsolidation, reconcileYear } from './consolidation.service';

const tags = ['reporting'];

/** MOFA's consolidation of NGO-reported aid and the reconciliation with the provinces' reports (issue 7 §5). */
export const consolidationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/reporting/consolidation',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'getAidConsolidation', tags, summary: 'NGO-reported aid by province, field, country and year / Tổng hợp viện trợ', querystring: consolidationQuerySchema, response: { 200: consolidationSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => consolidate(deps, request.actor, request.query),
  );

  app.get(
    '/reporting/reconciliation',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'getAidReconciliation', tags, summary: 'NGO vs province figures beyond the tolerance / Đối chiếu số liệu', querystring: reconciliationQuerySchema, response: { 200: reconciliationSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => reconcileYear(deps, request.actor, request.query.year ?? currentReportingYear(deps), request.query.all !== 'true'),
  );

  app.get(
    '/reporting/consolidation/export',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'exportAidConsolidation', tags, summary: 'Consolidated tables as XLSX or DOCX / Xuất báo cáo tổng hợp', querystring: exportQuerySchema, response: { 200: z.any(), ...errorResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const bytes = await exportConsolidation(deps, contextOf(request), query, format);
      return sendFile(reply, { bytes, fileName: `tong-hop-vien-tro.${format}`, contentType: MIME_TYPES[format] });
    },
  );
};
