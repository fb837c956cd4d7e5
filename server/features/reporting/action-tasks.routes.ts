import multipart from '@fastify/multipart';
import { readUploadedFile } from '../../platform/http/upload';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentTask, presentTaskUpdate } from './action-tasks.presenter';
import { createTaskBodySchema, taskHistorySchema, taskListQuerySchema, taskListSchema, taskUpdateBodySchema, taskUpdateSchema, updateParamsSchema, uploadedEvidenceSchema } from './action-tasks.schemas';
import { createProvinceTask, ensureResolution100Tasks, listTasks, listTaskUpdates, readTaskEvidence, recordTaskUpdate, uploadTaskEvidence } from './action-tasks.service';

const tags = ['action-program'];


/**
 * The action program on foreign NGO work (Resolution 100/NQ-CP) and the provinces' plans: tasks, updates by the
 * responsible units, evidence. The seeded program is loaded (upserted) when the app starts.
 */
export const actionTasksRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // Idempotent (upsert by program and code). A failure is logged, never fatal: the next start retries.
  app.addHook('onReady', async () => {
    try {
      await ensureResolution100Tasks(deps.db);
    } catch (error) {
      app.log.error({ err: error }, 'action-program seed (Resolution 100/NQ-CP) not loaded');
    }
  });
  await app.register(multipart, { limits: { fileSize: deps.config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5, fieldSize: 1000 } });

  app.get(
    '/action-tasks',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'listActionTasks', tags, summary: 'Action-program tasks / Nhiệm vụ chương trình hành động', querystring: taskListQuerySchema, response: { 200: taskListSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => {
      const q = request.query;
      const result = await listTasks(deps, request.actor, { program: q.program, group: q.group, mine: q.mine === 'true', status: q.status, year: q.year });
      return { reportingYear: result.year, programs: result.programs, items: result.items.map((item) => presentTask(item, result.units)) };
    },
  );

  app.post(
    '/action-tasks',
    {
      config: { access: 'reports:file' },
      schema: { operationId: 'createProvinceActionTask', tags, summary: "Add a task to my province's plan / Thêm nhiệm vụ vào kế hoạch của địa phương", body: createTaskBodySchema, response: { 201: z.object({ id: z.uuid(), programCode: z.string(), code: z.string() }), ...errorResponses(400, 401, 403, 409) } },
    },
    async (request, reply) => {
      const task = await createProvinceTask(deps, contextOf(request), request.body);
      return reply.status(201).send({ id: task.id, programCode: task.programCode, code: task.code });
    },
  );

  app.get(
    '/action-tasks/:id/updates',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'listActionTaskUpdates', tags, summary: 'History of updates / Lịch sử cập nhật', params: uuidParamsSchema, response: { 200: taskHistorySchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => ({ items: (await listTaskUpdates(deps, request.actor, request.params.id)).map(presentTaskUpdate) }),
  );

  app.post(
    '/action-tasks/:id/updates',
    {
      config: { access: 'reports:file' },
      schema: { operationId: 'updateActionTask', tags, summary: 'Report status, progress and evidence / Cập nhật tình hình thực hiện', params: uuidParamsSchema, body: taskUpdateBodySchema, response: { 201: taskUpdateSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const update = await recordTaskUpdate(deps, contextOf(request), request.params.id, request.body);
      const [withUnit] = (await listTaskUpdates(deps, request.actor, request.params.id)).filter((u) => u.update.id === update.id);
      return reply.status(201).send(presentTaskUpdate(withUnit!));
    },
  );

  app.post(
    '/action-tasks/:id/evidence',
    {
      config: { access: 'reports:file' },
      schema: {
        operationId: 'uploadActionTaskEvidence',
        tags,
        summary: 'Upload an evidence file / Tải lên tài liệu minh chứng',
        description: `multipart/form-data with one file (PDF, JPEG, PNG, DOCX or XLSX, checked by content; at most ${deps.config.MAX_UPLOAD_MB} MB). Send the answer in the evidence list of the next update.`,
        consumes: ['multipart/form-data'],
        params: uuidParamsSchema,
        response: { 201: uploadedEvidenceSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const file = await readUploadedFile(request, deps.config.MAX_UPLOAD_MB);
      return reply.status(201).send(await uploadTaskEvidence(deps, contextOf(request), request.params.id, file));
    },
  );

  app.get(
    '/action-tasks/:id/updates/:updateId/evidence/:index',
    {
      config: { access: 'reports:read' },
      schema: { operationId: 'downloadActionTaskEvidence', tags, summary: 'Download an evidence file / Tải tài liệu minh chứng', params: updateParamsSchema, response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const { evidence, bytes } = await readTaskEvidence(deps, request.actor, request.params.id, request.params.updateId, request.params.index);
      return sendFile(reply, { bytes, fileName: evidence.fileName, contentType: evidence.contentType ?? 'application/octet-stream' });
    },
  );
};
