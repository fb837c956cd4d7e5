import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { sendFile } from '../../platform/http/download';
import { contextOf } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { errorResponses } from '../../platform/http/schemas';
import { chartCsvQuerySchema, dashboardOverviewSchema, publicChartCsvQuerySchema, publicStatisticsSchema } from './dashboards.schemas';
import { getDashboardOverview, getPublicStatistics } from './dashboards.service';
import { chartCsv, chartTable, type ChartData } from './dashboards.tables-out';

const csvFile = (data: ChartData, chart: Parameters<typeof chartTable>[1], lang: 'vi' | 'en', prefix: string) => {
  const table = chartTable(data, chart, lang);
  if (!table) throw new NotFoundError('chart');
  return { bytes: chartCsv(table), fileName: `${prefix}-${chart}-${data.asOf}.csv`, contentType: 'text/csv; charset=utf-8' };
};

/** Reporting dashboards (issue 7 §7): the scoped overview for MOFA and agencies, and the public statistics. */
export const dashboardsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/dashboards/overview',
    {
      config: { access: 'reports:read' },
      schema: {
        operationId: 'getDashboardOverview',
        tags: ['dashboards'],
        summary: 'Dashboard overview / Tổng quan',
        description: 'Scoped by the caller: MOFA and the standing consultees see the country, a province its province, a line ministry its fields.',
        response: { 200: dashboardOverviewSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => getDashboardOverview(deps, request.actor),
  );

  app.get(
    '/dashboards/overview/csv',
    {
      config: { access: 'reports:read' },
      schema: {
        operationId: 'downloadDashboardChartCsv',
        tags: ['dashboards'],
        summary: "One chart's data as CSV / Tải dữ liệu biểu đồ",
        querystring: chartCsvQuerySchema,
        response: { 200: z.string().describe('CSV (UTF-8 with BOM)'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return sendFile(reply, csvFile(await getDashboardOverview(deps, ctx.actor), request.query.chart, ctx.lang, 'ingo-dashboard'));
    },
  );

  app.get(
    '/public/statistics',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPublicStatistics',
        tags: ['public'],
        summary: 'Public statistics / Thống kê công khai',
        description: 'Non-personal aggregates only: working NGOs by country, field and province; certificates by status; reported aid by year.',
        response: { 200: publicStatisticsSchema },
      },
    },
    async () => getPublicStatistics(deps),
  );

  app.get(
    '/public/statistics/csv',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'downloadPublicStatisticsCsv',
        tags: ['public'],
        summary: 'Public statistics of one chart as CSV / Tải dữ liệu thống kê',
        querystring: publicChartCsvQuerySchema,
        response: { 200: z.string().describe('CSV (UTF-8 with BOM)'), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => sendFile(reply, csvFile(await getPublicStatistics(deps), request.query.chart, contextOf(request).lang, 'ingo-statistics')),
  );
};
