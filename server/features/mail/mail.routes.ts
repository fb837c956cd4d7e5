import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { errorResponses } from '../../platform/http/schemas';
import { presentOutboxMail } from './mail.presenter';
import { devMailboxQuerySchema, devMailboxSchema } from './mail.schemas';
import { listDevMailbox } from './mail.service';

/**
 * The development mailbox: the outbox as a web page can read it, so sign-up links can be followed without an
 * SMTP server. Answers 404 unless DEV_MAILBOX is on (by default only while SMTP_URL is unset).
 */
export const mailRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/dev/mailbox',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listDevMailbox',
        tags: ['dev'],
        summary: 'Development mailbox (outbox) / Hộp thư thử nghiệm',
        description: 'Only when DEV_MAILBOX is on (default: when SMTP_URL is unset); otherwise 404. Never enable it in production: it shows verification links.',
        querystring: devMailboxQuerySchema,
        response: { 200: devMailboxSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => ({ items: (await listDevMailbox(deps, request.query)).map(presentOutboxMail) }),
  );
};
