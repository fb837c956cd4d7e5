import multipart from '@fastify/multipart';
import { readUploadedFile } from '../../platform/http/upload';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { sendFile } from '../../platform/http/download';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentReply } from './consultation.presenter';
import { replyLetterParamsSchema, replySchema } from './consultation.schemas';
import { readReplyLetter, uploadReplyLetter } from './consultation-reply-letter.service';

const tags = ['consultation'];


/** The signed letter of a reply: uploaded onto the agency's draft, downloaded by the agency, its parent focal unit and MOFA. */
export const replyLetterRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(multipart, { limits: { fileSize: deps.config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5, fieldSize: 1000 } });

  app.post(
    '/consultations/:id/reply/letter',
    {
      config: { access: 'consultations:answer' },
      schema: {
        operationId: 'uploadConsultationReplyLetter',
        tags,
        summary: 'Attach the signed reply letter (PDF) to the draft / Tải lên văn bản trả lời có chữ ký',
        description: `multipart/form-data with one file: a PDF (checked by its content), at most ${deps.config.MAX_UPLOAD_MB} MB. Only the addressed agency, only on its draft reply (409 once sent); replaces an earlier letter of the draft.`,
        consumes: ['multipart/form-data'],
        params: uuidParamsSchema,
        response: { 200: replySchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const file = await readUploadedFile(request, deps.config.MAX_UPLOAD_MB);
      return presentReply(await uploadReplyLetter(deps, contextOf(request), request.params.id, file));
    },
  );

  app.get(
    '/consultations/:id/replies/:replyId/letter',
    {
      config: { access: 'consultations:read' },
      schema: { operationId: 'downloadConsultationReplyLetter', tags, summary: 'The signed reply letter (PDF) / Văn bản trả lời có chữ ký', params: replyLetterParamsSchema, response: { 200: z.any(), ...errorResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const { file, bytes } = await readReplyLetter(deps, contextOf(request), request.params.id, request.params.replyId);
      return sendFile(reply, { bytes, fileName: file.fileName, contentType: file.contentType, inline: true });
    },
  );
};
