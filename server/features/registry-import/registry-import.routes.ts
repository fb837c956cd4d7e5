import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { AppError, ValidationError } from '../../platform/http/errors';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentImport, presentRow } from './registry-import.presenter';
import { importListSchema, importRowsSchema, importSchema, rowsQuerySchema, templateQuerySchema } from './registry-import.schemas';
import { discardImport, getImport, importTemplate, listImportRows, listImports, requestCommit, startImport } from './registry-import.service';

const tags = ['registry-import'];
/** Largest accepted upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;
const binary = z.string().describe('The file (attachment)');

const tooLarge = () => new AppError(413, 'file_too_large', { vi: 'Tệp lớn hơn 10 MB.', en: 'The file is larger than 10 MB.' });
const notMultipart = () =>
  new AppError(415, 'unsupported_media_type', { vi: 'Gửi tệp dưới dạng multipart/form-data (trường "file").', en: 'Send the file as multipart/form-data (field "file").' });

/**
 * Bulk import of existing NGOs from XLSX/CSV (MOFA data entry): template, upload with a dry run that reports
 * every row's problems, then an all-or-nothing commit. Any user with registry:manage sees and may commit any
 * batch: data entry at COMINGO is shared work (a colleague or leader reviews and commits), and every step is
 * audited with who did it.
 */
export const registryImportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });

  app.get(
    '/registry-imports/template',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'downloadRegistryImportTemplate',
        tags,
        summary: 'Import template (XLSX with instructions, or CSV) / Tải mẫu nhập danh sách tổ chức',
        querystring: templateQuerySchema,
        response: { 200: binary, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const body = await importTemplate(deps, format);
      return reply.header('content-type', MIME[format]).header('content-disposition', `attachment; filename="ingo-registry-import-template.${format}"`).send(body as unknown as string); // a Buffer is sent as is (no serializer)
    },
  );

  app.get(
    '/registry-imports',
    {
      config: { access: 'registry:manage' },
      schema: { operationId: 'listRegistryImports', tags, summary: 'Recent imports / Các lần nhập gần đây', response: { 200: importListSchema, ...errorResponses(401, 403) } },
    },
    async () => ({ items: (await listImports(deps)).map((found) => presentImport(found)) }),
  );

  app.post(
    '/registry-imports',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'uploadRegistryImport',
        tags,
        summary: 'Upload an XLSX/CSV file and check it (dry run) / Tải tệp lên và kiểm tra',
        description: 'multipart/form-data with one part "file" (at most 10 MB). Answers 202: the rows are checked in the background; poll GET /registry-imports/{id}.',
        response: { 202: importSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw notMultipart();
      const file = await request.file();
      if (!file) throw new ValidationError([{ path: 'file', code: 'required', message: { vi: 'Chưa chọn tệp.', en: 'No file was sent.' } }]);
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      const id = await startImport(deps, contextOf(request), { fileName: file.filename || 'upload', bytes });
      const found = await getImport(deps, id);
      return reply.status(202).send(presentImport(found, found.counts));
    },
  );

  app.get(
    '/registry-imports/:id',
    {
      config: { access: 'registry:manage' },
      schema: { operationId: 'getRegistryImport', tags, summary: 'Import status, progress and counts / Tình trạng lần nhập', params: uuidParamsSchema, response: { 200: importSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => {
      const found = await getImport(deps, request.params.id);
      return presentImport(found, found.counts);
    },
  );

  app.get(
    '/registry-imports/:id/rows',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'listRegistryImportRows',
        tags,
        summary: 'Checked rows with their problems / Các dòng và lỗi',
        params: uuidParamsSchema,
        querystring: rowsQuerySchema,
        response: { 200: importRowsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await listImportRows(deps, request.params.id, request.query);
      return { items: page.rows.map(presentRow), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/registry-imports/:id/commit',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'commitRegistryImport',
        tags,
        summary: 'Write every row, all or nothing / Ghi toàn bộ vào cơ sở dữ liệu',
        description: 'Refused (409) while any row has an error. 200 when written at once; 202 when a background job writes it (poll the import).',
        params: uuidParamsSchema,
        response: { 200: importSchema, 202: importSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await requestCommit(deps, contextOf(request), request.params.id);
      const found = await getImport(deps, request.params.id);
      return reply.status(found.batch.status === 'committing' ? 202 : 200).send(presentImport(found, found.counts));
    },
  );

  app.post(
    '/registry-imports/:id/discard',
    {
      config: { access: 'registry:manage' },
      schema: { operationId: 'discardRegistryImport', tags, summary: 'Discard a checked import / Hủy lần nhập', params: uuidParamsSchema, response: { 200: importSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => {
      await discardImport(deps, contextOf(request), request.params.id);
      const found = await getImport(deps, request.params.id);
      return presentImport(found, found.counts);
    },
  );
};
