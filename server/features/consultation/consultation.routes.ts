import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { MIME_TYPES } from '../../platform/storage/sniff';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentDocument } from '../dossiers/dossiers.presenter';
import { takeAction } from '../dossiers/dossier-actions.service';
import { presentReply, presentRequest } from './consultation.presenter';
import { replyLetterRoutes } from './consultation-reply-letter.routes';
import { statisticsQuerySchema, statisticsSchema, forwardBodySchema, inboxQuerySchema, inboxSchema, letterQuerySchema, matrixSchema, replyBodySchema, replySchema, requestSummarySchema, requestViewSchema, sendBodySchema, unitOptionsSchema } from './consultation.schemas';
import { listConsultableAgencies, listRequestDepartments } from './consultation-units.service';
import { exportOpinionMatrix, consultationStatistics, forwardSubRequest, getRequestView, listInbox, opinionMatrix, readRequestDocument, requestLetter, saveDraftReply, sendReply } from './consultation.service';

const tags = ['consultation'];
const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

/** Requests for opinion to consulted agencies and MOFA's opinion matrix (Decree 58/2022 Art. 11(2); issue 6). */
export const consultationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(replyLetterRoutes, { deps });
  const matrix = async (actor: Parameters<typeof opinionMatrix>[1], id: string) => {
    const m = await opinionMatrix(deps, actor, id);
    return {
      dossierId: m.dossier.id,
      status: m.dossier.status,
      proposal: m.proposal && {
        consultees: m.proposal.consultees.map((c) => ({ unitCode: c.unitCode, unit: c.unit && { code: c.unit.code, nameVi: c.unit.nameVi, nameEn: c.unit.nameEn, kind: c.unit.kind }, reasons: c.reasons as never })),
        unmappedFields: [...m.proposal.unmappedFields],
        basis: m.proposal.basis,
      },
      rows: m.rows.map((r) => ({ request: presentRequest({ ...r.request, timeliness: r.timeliness, workingDaysLeft: r.workingDaysLeft }), missedDeadline: r.missedDeadline, reply: r.reply && presentReply(r.reply), superseded: r.superseded.map(presentReply) })),
    };
  };

  app.get(
    '/dossiers/:id/consultation',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'getOpinionMatrix', tags, summary: 'Opinion matrix and proposed consultees / Tổng hợp ý kiến', params: uuidParamsSchema, response: { 200: matrixSchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => matrix(request.actor, request.params.id),
  );

  app.get(
    '/dossiers/:id/consultation/export',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'exportOpinionMatrix', tags, summary: 'Opinion matrix as XLSX or DOCX / Xuất bảng tổng hợp ý kiến', params: uuidParamsSchema, querystring: z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') }), response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const format = request.query.format;
      const bytes = await exportOpinionMatrix(deps, contextOf(request), request.params.id, format);
      return sendFile(reply, { bytes, fileName: `tong-hop-y-kien.${format}`, contentType: MIME_TYPES[format] });
    },
  );

  app.post(
    '/dossiers/:id/consultation/send',
    {
      config: { access: 'dossiers:process' },
      schema: {
        operationId: 'sendForConsultation',
        tags,
        summary: 'Send the requests for opinion / Gửi văn bản xin ý kiến',
        description: 'Takes the dossier action send_for_consultation with the chosen agencies (default: the proposal). An agency added by hand needs a reason; leaving a proposed one out needs adjustReason.',
        params: uuidParamsSchema,
        body: sendBodySchema,
        response: { 200: matrixSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { consultees, adjustReason, note, lockVersion } = request.body;
      await takeAction(deps, contextOf(request), request.params.id, { action: 'send_for_consultation', lockVersion }, { consultees, adjustReason, note });
      return matrix(request.actor, request.params.id);
    },
  );

  app.get(
    '/consultations',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'listConsultationInbox', tags, summary: 'Requests for opinion to my agency / Yêu cầu xin ý kiến', querystring: inboxQuerySchema, response: { 200: inboxSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => ({ items: (await listInbox(deps, request.actor, request.query.status)).map((r) => ({ ...presentRequest(r), dossierCode: r.dossierCode, procedure: r.procedure, applicantName: r.applicantName })) }),
  );

  app.get(
    '/consultations/statistics',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'getConsultationStatistics', tags, summary: 'Replies on time, late, missing per agency / Thống kê trả lời ý kiến', querystring: statisticsQuerySchema, response: { 200: statisticsSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => ({ items: await consultationStatistics(deps, request.actor, request.query.from, request.query.to) }),
  );

  app.get(
    '/consultations/agencies',
    {
      config: { access: 'dossiers:process' },
      schema: { operationId: 'listConsultableAgencies', tags, summary: 'Agencies that may be asked for an opinion / Cơ quan có thể lấy ý kiến', response: { 200: unitOptionsSchema, ...errorResponses(401, 403) } },
    },
    async () => ({ items: await listConsultableAgencies(deps) }),
  );

  app.get(
    '/consultations/:id/departments',
    {
      config: { access: 'consultations:answer' },
      schema: { operationId: 'listConsultationDepartments', tags, summary: 'Departments to forward a request to / Sở, ngành có thể chuyển xin ý kiến', params: uuidParamsSchema, response: { 200: unitOptionsSchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => ({ items: await listRequestDepartments(deps, contextOf(request), request.params.id) }),
  );

  app.get(
    '/consultations/:id',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'getConsultationRequest', tags, summary: 'A request with the dossier to read / Chi tiết yêu cầu xin ý kiến', params: uuidParamsSchema, response: { 200: requestViewSchema, ...errorResponses(401, 403, 404) } },
    },
    async (request) => {
      const v = await getRequestView(deps, contextOf(request), request.params.id);
      return {
        request: presentRequest(v.request),
        dossier: { id: v.dossier.id, code: v.dossier.code, procedure: v.dossier.procedure, applicantName: v.dossier.applicantName, acceptedOn: v.dossier.acceptedOn, application: v.dossier.application as Record<string, unknown> },
        documents: v.documents.map(presentDocument),
        replies: v.replies.map(presentReply),
        subRequests: v.subRequests.map((s) => ({ ...presentRequest(s), reply: s.reply && presentReply(s.reply) })),
      };
    },
  );

  app.get(
    '/consultations/:id/documents/:documentId',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'downloadConsultationDocument', tags, summary: 'Read a dossier file (logged) / Xem tài liệu hồ sơ', params: documentParams, response: { 200: z.any(), ...errorResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const { document, bytes } = await readRequestDocument(deps, contextOf(request), request.params.id, request.params.documentId);
      return sendFile(reply, { bytes, fileName: document.fileName, contentType: document.contentType, inline: true });
    },
  );

  app.get(
    '/consultations/:id/letter',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'downloadConsultationLetter', tags, summary: 'The request letter as PDF or DOCX / Văn bản xin ý kiến', params: uuidParamsSchema, querystring: letterQuerySchema, response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const format = request.query.format;
      const bytes = await requestLetter(deps, contextOf(request), request.params.id, format);
      return sendFile(reply, { bytes, fileName: `van-ban-xin-y-kien.${format}`, contentType: MIME_TYPES[format] });
    },
  );

  app.put(
    '/consultations/:id/reply',
    {
      config: { access: 'consultations:answer' },
      schema: { operationId: 'saveConsultationReplyDraft', tags, summary: 'Save the draft reply / Lưu dự thảo trả lời', params: uuidParamsSchema, body: replyBodySchema, response: { 200: replySchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => presentReply(await saveDraftReply(deps, contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/consultations/:id/reply/send',
    {
      config: { access: 'consultations:answer' },
      schema: { operationId: 'sendConsultationReply', tags, summary: 'Send the reply (then immutable) / Gửi văn bản trả lời', params: uuidParamsSchema, response: { 200: replySchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (request) => presentReply(await sendReply(deps, contextOf(request), request.params.id)),
  );

  app.post(
    '/consultations/:id/forward',
    {
      config: { access: 'consultations:answer' },
      schema: { operationId: 'forwardConsultationRequest', tags, summary: 'Forward to a department of the province / Chuyển sở, ngành cho ý kiến', params: uuidParamsSchema, body: forwardBodySchema, response: { 201: requestSummarySchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const created = await forwardSubRequest(deps, contextOf(request), request.params.id, request.body);
      const view = await getRequestView(deps, contextOf(request), request.params.id);
      const sub = view.subRequests.find((s) => s.id === created.id)!;
      return reply.status(201).send(presentRequest(sub));
    },
  );
};
