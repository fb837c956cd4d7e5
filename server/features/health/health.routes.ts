import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';

const okSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.enum(['ready', 'unavailable']), database: z.enum(['pglite', 'postgres']) });

/** Liveness (/healthz: the process answers) and readiness (/readyz: the database answers). */
export const healthRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/healthz', { config: { access: 'public' }, schema: { operationId: 'healthz', tags: ['health'], response: { 200: okSchema } } }, async () => ({ status: 'ok' as const }));
  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { operationId: 'readyz', tags: ['health'], response: { 200: readySchema, 503: readySchema } } },
    async (_request, reply) => {
      try {
        await deps.database.ping();
        return { status: 'ready' as const, database: deps.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: deps.database.kind });
      }
    },
  );
};
