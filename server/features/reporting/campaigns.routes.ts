import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, isoDateSchema, uuidParamsSchema } from '../../platform/http/schemas';
import {
  boardQuerySchema,
  boardSchema,
  campaignListSchema,
  campaignSchema,
  createCampaignBodySchema,
  createCampaignResultSchema,
  extendBodySchema,
  obligationParamsSchema,
  proposalQuerySchema,
  proposalSchema,
  refreshResultSchema,
  reportingSettingsSchema,
} from './campaigns.schemas';
import { campaignBoard, closeCampaign, createCampaign, extendObligation, getCampaign, listCampaigns, proposeCampaign, readReportingSettings, refreshObligations, updateReportingSettings } from './campaigns.service';

const tags = ['reporting'];

/** MOFA's reporting campaigns: who must file what by when, and who has filed (issue 7 §1). */
export const reportCampaignsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/report-campaigns',
    { config: { access: 'reports:manage' }, schema: { operationId: 'listReportCampaigns', tags, summary: 'Reporting campaigns / Các đợt báo cáo', response: { 200: campaignListSchema, ...errorResponses(401, 403) } } },
    async () => ({ items: await listCampaigns(deps) }),
  );

  app.get(
    '/report-campaigns/proposal',
    {
      config: { access: 'reports:manage' },
      schema: { operationId: 'proposeReportCampaign', tags, summary: 'Period and due day from the reporting calendar / Đề xuất kỳ và hạn báo cáo', querystring: proposalQuerySchema, response: { 200: proposalSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => proposeCampaign(deps, request.query.form, request.query.year),
  );

  app.post(
    '/report-campaigns',
    {
      config: { access: 'reports:manage' },
      schema: {
        operationId: 'createReportCampaign',
        tags,
        summary: 'Create a campaign and its obligations / Tạo đợt báo cáo',
        description: 'Period, due day and reminders default to the reporting calendar settings. NGOs with a valid certificate but no account are counted in skippedWithoutAccount.',
        body: createCampaignBodySchema,
        response: { 201: createCampaignResultSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createCampaign(deps, contextOf(request), request.body)),
  );

  app.get(
    '/report-campaigns/:id',
    { config: { access: 'reports:manage' }, schema: { operationId: 'getReportCampaign', tags, summary: 'A campaign / Đợt báo cáo', params: uuidParamsSchema, response: { 200: campaignSchema, ...errorResponses(401, 403, 404) } } },
    async (request) => getCampaign(deps, request.params.id),
  );

  app.get(
    '/report-campaigns/:id/obligations',
    {
      config: { access: 'reports:manage' },
      schema: { operationId: 'getReportCampaignBoard', tags, summary: 'Filing status board / Tình hình nộp báo cáo', params: uuidParamsSchema, querystring: boardQuerySchema, response: { 200: boardSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => campaignBoard(deps, request.params.id, request.query),
  );

  app.post(
    '/report-campaigns/:id/refresh-obligations',
    {
      config: { access: 'reports:manage' },
      schema: { operationId: 'refreshReportObligations', tags, summary: 'Add newly obligated parties / Cập nhật đối tượng phải báo cáo', params: uuidParamsSchema, response: { 200: refreshResultSchema, ...errorResponses(401, 403, 404, 409) } },
    },
    async (request) => refreshObligations(deps, contextOf(request), request.params.id),
  );

  app.post(
    '/report-campaigns/:id/obligations/:obligationId/extend',
    {
      config: { access: 'reports:manage' },
      schema: {
        operationId: 'extendReportObligation',
        tags,
        summary: 'Individual due-day extension / Gia hạn nộp báo cáo',
        params: obligationParamsSchema,
        body: extendBodySchema,
        response: { 200: z.object({ obligationId: z.uuid(), dueOn: isoDateSchema }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const o = await extendObligation(deps, contextOf(request), request.params.id, request.params.obligationId, request.body);
      return { obligationId: o.id, dueOn: o.dueOn };
    },
  );

  app.post(
    '/report-campaigns/:id/close',
    { config: { access: 'reports:manage' }, schema: { operationId: 'closeReportCampaign', tags, summary: 'Close a campaign / Đóng đợt báo cáo', params: uuidParamsSchema, response: { 200: campaignSchema, ...errorResponses(401, 403, 404, 409) } } },
    async (request) => closeCampaign(deps, contextOf(request), request.params.id),
  );

  app.get(
    '/reporting/settings',
    { config: { access: 'reports:manage' }, schema: { operationId: 'getReportingSettings', tags, summary: 'Reporting calendar and USD rates / Cấu hình báo cáo', response: { 200: reportingSettingsSchema, ...errorResponses(401, 403) } } },
    async () => readReportingSettings(deps),
  );

  app.put(
    '/reporting/settings',
    {
      config: { access: 'reports:manage' },
      schema: { operationId: 'updateReportingSettings', tags, summary: 'Change the reporting calendar and USD rates / Sửa cấu hình báo cáo', body: reportingSettingsSchema, response: { 200: reportingSettingsSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => updateReportingSettings(deps, contextOf(request), request.body),
  );
};
