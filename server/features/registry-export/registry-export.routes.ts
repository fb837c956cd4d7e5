import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses } from '../../platform/http/schemas';
import { exportQuerySchema } from './registry-export.schemas';
import { exportOrganizations } from './registry-export.service';

/** Export of the internal look-up (a plain download link from the search page). */
export const registryExportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/organizations/export',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'exportOrganizations',
        tags: ['registry'],
        summary: 'Export the look-up to XLSX or CSV / Xuất kết quả tra cứu',
        description:
          'Same filters and sort as GET /organizations and the same province scope; at most 20,000 rows (a capped file says so in its last row and in x-export-truncated).',
        querystring: exportQuerySchema,
        response: { 200: z.string().describe('The file (attachment)'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const file = await exportOrganizations(deps, contextOf(request), filters, format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-export-rows', String(file.rows))
        .header('x-export-truncated', String(file.truncated))
        .send(file.body as unknown as string); // a Buffer is sent as is (no serializer)
    },
  );
};
