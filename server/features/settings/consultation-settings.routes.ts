import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses } from '../../platform/http/schemas';
import { consultationSettingsSchema } from './consultation-settings.schemas';
import { getConsultationSettings, updateConsultationSettings } from './consultation-settings.service';

const tags = ['admin'];

/** The administrator's consultation configuration: field → ministries, province → focal unit, the reply clock. */
export const consultationSettingsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/admin/settings/consultation',
    {
      config: { access: 'reference:manage' },
      schema: { operationId: 'getConsultationSettings', tags, summary: 'Consultation configuration / Cấu hình lấy ý kiến', response: { 200: consultationSettingsSchema, ...errorResponses(401, 403) } },
    },
    async () => getConsultationSettings(deps.db),
  );

  app.put(
    '/admin/settings/consultation',
    {
      config: { access: 'reference:manage' },
      schema: {
        operationId: 'updateConsultationSettings',
        tags,
        summary: 'Save the consultation configuration / Lưu cấu hình lấy ý kiến',
        description: 'Replaces the whole configuration. 422 invalid_settings lists every invalid entry (unknown or inactive unit — a merged ministry names its successor —, unknown field or province) in error.details.fields.',
        body: consultationSettingsSchema,
        response: { 200: consultationSettingsSchema, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (request) => updateConsultationSettings(deps, contextOf(request), request.body),
  );
};
