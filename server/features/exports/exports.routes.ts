import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { sendFile } from '../../platform/http/download';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import './exporters';
import { exportJobSchema, startExportBodySchema } from './exports.schemas';
import { getExport, readExportFile, startExport } from './exports.service';

/** Background exports (issue 7 §6): start, follow the progress, download (only the requester). */
export const exportsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/exports',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'startExport',
        tags: ['exports'],
        summary: 'Start a background export / Bắt đầu xuất dữ liệu',
        description: 'Each kind requires its own permission (both kinds here: reports:read). Answers 202 with the job; poll GET /exports/{id}.',
        body: startExportBodySchema,
        response: { 202: exportJobSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(202).send(await startExport(deps, request.actor, request.body.kind, request.body.params)),
  );

  app.get(
    '/exports/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getExport',
        tags: ['exports'],
        summary: 'Export status and progress / Tiến độ xuất dữ liệu',
        params: uuidParamsSchema,
        response: { 200: exportJobSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getExport(deps, request.actor, request.params.id),
  );

  app.get(
    '/exports/:id/file',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'downloadExport',
        tags: ['exports'],
        summary: 'Download the exported file / Tải tệp đã xuất',
        description: 'Only the user who requested the export; 404 for anyone else.',
        params: uuidParamsSchema,
        response: { 200: z.string().describe('The file (attachment)'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => sendFile(reply, await readExportFile(deps, request.actor, request.params.id)),
  );
};
