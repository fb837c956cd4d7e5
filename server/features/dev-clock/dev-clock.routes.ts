import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses } from '../../platform/http/schemas';
import { devClockBodySchema, devClockSchema } from './dev-clock.schemas';
import { readDevClock, setDevClock } from './dev-clock.service';

const DESCRIPTION = 'Only when DEV_CLOCK=true (refused with NODE_ENV=production); otherwise 404. Like the development mailbox it needs no sign-in: never enable it on a real server.';

/**
 * The development clock: browser tests move the server's time by whole days to let deadlines pass. Answers 404
 * unless DEV_CLOCK is on; each change is written to the audit log (`dev.clock_set`).
 */
export const devClockRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  if (deps.config.devClockEnabled) app.log.warn('DEV_CLOCK is on: anyone can move the server clock through /api/v1/dev/clock. Never enable it in production.');

  app.get(
    '/dev/clock',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getDevClock',
        tags: ['dev'],
        summary: 'Development clock / Đồng hồ thử nghiệm',
        description: DESCRIPTION,
        response: { 200: devClockSchema, ...errorResponses(404) },
      },
    },
    async () => readDevClock(deps),
  );

  app.put(
    '/dev/clock',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'setDevClock',
        tags: ['dev'],
        summary: 'Move the development clock / Chỉnh đồng hồ thử nghiệm',
        description: DESCRIPTION,
        body: devClockBodySchema,
        response: { 200: devClockSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => setDevClock(deps, contextOf(request), request.body.offsetDays),
  );
};
