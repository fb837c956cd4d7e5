import multipart from '@fastify/multipart';
import { readUploadedFile } from '../../platform/http/upload';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { takeAction } from './dossier-actions.service';
import { readDocument, removeDocument, uploadDocument } from './dossier-documents.service';
import { listMyCertificates } from './dossier-targets.service';
import { presentDetail, presentDocument, presentMyCertificate, presentSummary } from './dossiers.presenter';
import {
  assignBodySchema,
  createDossierBodySchema,
  dossierActionBodySchema,
  dossierDetailSchema,
  dossierDocumentSchema,
  dossierListSchema,
  messageBodySchema,
  myCertificateListSchema,
  queueQuerySchema,
  receivePaperDossierBodySchema,
  updateDossierBodySchema,
} from './dossiers.schemas';
import { assignDossier, createDossier, getDossierView, listApplicantDossiers, listCalendar, listQueue, postMessage, receivePaperDossier, updateApplication } from './dossiers.service';

const tags = ['dossiers'];

const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

/** The online procedures: an NGO's dossiers, MOFA's queue and every step of the workflow (brief §3). */
export const dossiersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const maxBytes = deps.config.MAX_UPLOAD_MB * 1024 * 1024;
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1000 } });
  const detail = async (actor: Parameters<typeof getDossierView>[1], id: string) => presentDetail(await getDossierView(deps, actor, id));
  const list = async (rows: Awaited<ReturnType<typeof listQueue>>) => {
    const calendar = await listCalendar(deps.db);
    const today = vnDateOf(deps.clock.now());
    return { items: rows.map((r) => presentSummary(r.dossier, r.assigneeName, calendar, today)) };
  };

  app.post(
    '/my/dossiers',
    {
      config: { access: 'ngo:self' },
      schema: { operationId: 'createDossier', tags, summary: 'Open a dossier (draft) / Tạo hồ sơ', body: createDossierBodySchema, response: { 200: dossierDetailSchema, 201: dossierDetailSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const { dossier, created } = await createDossier(deps, contextOf(request), request.body);
      return reply.status(created ? 201 : 200).send(await detail(request.actor, dossier.id));
    },
  );

  app.get(
    '/my/dossiers',
    { config: { access: 'ngo:self' }, schema: { operationId: 'listMyDossiers', tags, summary: 'My dossiers / Hồ sơ của tôi', response: { 200: dossierListSchema, ...errorResponses(401, 403) } } },
    async (request) => list(await listApplicantDossiers(deps, request.actor)),
  );

  app.get(
    '/my/certificates',
    {
      config: { access: 'ngo:self' },
      schema: {
        operationId: 'listMyCertificates',
        tags,
        summary: 'My certificates, to extend or amend / Giấy đăng ký của tổ chức',
        description: 'The certificates of the organisations whose account unit is the caller’s, with the extend / amend procedures each can be the target of today.',
        response: { 200: myCertificateListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await listMyCertificates(deps, request.actor)).map(presentMyCertificate) }),
  );

  app.get(
    '/dossiers',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'listDossierQueue', tags, summary: 'Work queue with SLA colours / Danh sách hồ sơ cần xử lý', querystring: queueQuerySchema, response: { 200: dossierListSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => {
      const { mine, ...rest } = request.query;
      return list(await listQueue(deps, request.actor, { ...rest, mine: mine === 'true' }));
    },
  );

  app.post(
    '/dossiers/paper',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'receivePaperDossier', tags, summary: 'Record a dossier received on paper or by post / Tiếp nhận hồ sơ giấy', body: receivePaperDossierBodySchema, response: { 201: dossierDetailSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const row = await receivePaperDossier(deps, contextOf(request), request.body);
      return reply.status(201).send(await detail(request.actor, row.id));
    },
  );

  app.get(
    '/dossiers/:id',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'getDossier', tags, summary: 'A dossier with its timeline / Chi tiết hồ sơ', params: uuidParamsSchema, response: { 200: dossierDetailSchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => detail(request.actor, request.params.id),
  );

  app.put(
    '/dossiers/:id/application',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'updateDossierApplication', tags, summary: 'Save the application form / Lưu tờ khai', params: uuidParamsSchema, body: updateDossierBodySchema, response: { 200: dossierDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => {
      await updateApplication(deps, contextOf(request), request.params.id, request.body.application, request.body.lockVersion);
      return detail(request.actor, request.params.id);
    },
  );

  app.post(
    '/dossiers/:id/actions',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'takeDossierAction',
        tags,
        summary: 'Take a workflow step / Thực hiện bước xử lý',
        description: 'A step not allowed in the current status, or not yours, answers 409 with the current status and the allowed actions.',
        params: uuidParamsSchema,
        body: dossierActionBodySchema,
        response: { 200: dossierDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      await takeAction(deps, contextOf(request), request.params.id, request.body);
      return detail(request.actor, request.params.id);
    },
  );

  app.post(
    '/dossiers/:id/assign',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'assignDossier', tags, summary: 'Assign to an officer / Phân công xử lý', params: uuidParamsSchema, body: assignBodySchema, response: { 200: dossierDetailSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => {
      await assignDossier(deps, contextOf(request), request.params.id, request.body.userId);
      return detail(request.actor, request.params.id);
    },
  );

  app.post(
    '/dossiers/:id/messages',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'postDossierMessage', tags, summary: 'Message on the dossier / Trao đổi về hồ sơ', params: uuidParamsSchema, body: messageBodySchema, response: { 200: dossierDetailSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => {
      await postMessage(deps, contextOf(request), request.params.id, request.body.body);
      return detail(request.actor, request.params.id);
    },
  );

  app.post(
    '/dossiers/:id/documents',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'uploadDossierDocument',
        tags,
        summary: 'Upload a file for a component / Tải lên tài liệu',
        description: `multipart/form-data: fields componentCode, legalised (true/false), certifiedTranslation (true/false), then one file (PDF, JPEG, PNG or DOCX, checked by content; at most ${deps.config.MAX_UPLOAD_MB} MB).`,
        consumes: ['multipart/form-data'],
        params: uuidParamsSchema,
        response: { 201: dossierDocumentSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { fileName, bytes, field } = await readUploadedFile(request, deps.config.MAX_UPLOAD_MB);
      const document = await uploadDocument(deps, contextOf(request), request.params.id, {
        componentCode: field('componentCode'),
        fileName,
        bytes,
        legalised: field('legalised') === 'true',
        certifiedTranslation: field('certifiedTranslation') === 'true',
      });
      return reply.status(201).send(presentDocument(document));
    },
  );

  app.delete(
    '/dossiers/:id/documents/:documentId',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'removeDossierDocument', tags, summary: 'Remove a file / Xoá tài liệu', params: documentParams, response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) } },
    },
    async (request, reply) => {
      await removeDocument(deps, contextOf(request), request.params.id, request.params.documentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/dossiers/:id/documents/:documentId',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'downloadDossierDocument', tags, summary: 'Download a file / Tải tài liệu', params: documentParams, response: { 200: z.any(), ...errorResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const { document, bytes } = await readDocument(deps, contextOf(request), request.params.id, request.params.documentId);
      return sendFile(reply, { bytes, fileName: document.fileName, contentType: document.contentType });
    },
  );
};
