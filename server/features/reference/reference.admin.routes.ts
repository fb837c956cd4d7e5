import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses } from '../../platform/http/schemas';
import { calendarDayBodySchema, calendarDayParamsSchema, calendarDaySchema } from './reference.schemas';
import { clearCalendarDay, setCalendarDay } from './reference.service';

const tags = ['admin'];

/** Admin edits of the working-day calendar (holidays, compensatory days, day swaps). */
export const referenceAdminRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.put(
    '/admin/calendar/:day',
    {
      config: { access: 'reference:manage' },
      schema: {
        operationId: 'setCalendarDay',
        tags,
        summary: 'Set a day off or make-up working day / Đặt ngày nghỉ hoặc ngày làm bù',
        params: calendarDayParamsSchema,
        body: calendarDayBodySchema,
        response: { 200: calendarDaySchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const saved = await setCalendarDay(deps, contextOf(request), request.params.day, request.body);
      return { day: saved.day, isWorkingDay: saved.isWorkingDay, kind: saved.kind, nameVi: saved.nameVi, nameEn: saved.nameEn, source: saved.source };
    },
  );
  app.delete(
    '/admin/calendar/:day',
    {
      config: { access: 'reference:manage' },
      schema: {
        operationId: 'clearCalendarDay',
        tags,
        summary: 'Remove a calendar exception / Xóa ngày ngoại lệ',
        params: calendarDayParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await clearCalendarDay(deps, contextOf(request), request.params.day);
      return reply.status(204).send(null);
    },
  );
};
