import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { errorResponses } from '../../platform/http/schemas';
import { presentUnit } from './units.presenter';
import { unitListQuerySchema, unitListSchema } from './units.schemas';
import { listUnits } from './units.service';

/** Organisation units (for admin account forms). */
export const unitsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/admin/units',
    {
      config: { access: 'users:manage' },
      schema: {
        operationId: 'listUnits',
        tags: ['admin'],
        summary: 'List organisation units / Danh sách đơn vị',
        querystring: unitListQuerySchema,
        response: { 200: unitListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: (await listUnits(deps.db, request.query.kind)).map(presentUnit) }),
  );
};
