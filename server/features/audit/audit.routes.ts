import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { vnDayStart } from '../../../common/dates';
import type { Deps } from '../../platform/deps';
import { errorResponses } from '../../platform/http/schemas';
import { presentAuditEvent } from './audit.presenter';
import { auditPageSchema, auditQuerySchema } from './audit.schemas';
import { browseAudit } from './audit.service';

/** Admin browser of the append-only audit log. */
export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/admin/audit',
    {
      config: { access: 'audit:read' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['admin'],
        summary: 'Browse the audit log / Tra cứu nhật ký hệ thống',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await browseAudit(deps.db, {
        action: q.action || undefined,
        actor: q.actor || undefined,
        entityType: q.entityType || undefined,
        entityId: q.entityId || undefined,
        from: q.from ? vnDayStart(q.from) : undefined,
        to: q.to ? vnDayStart(q.to, 1) : undefined,
        beforeId: q.cursor ? Number(q.cursor) : undefined,
        limit: q.limit,
      });
      return { items: page.rows.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  );
};
