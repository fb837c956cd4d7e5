import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentCertificate } from '../organizations/organizations.presenter';
import { loadProfile } from '../organizations/organizations.service';
import { addVersionBodySchema, certificateSchema, recordCertificateBodySchema, recordDecisionBodySchema } from './certificates.schemas';
import { addCertificateVersion, recordCertificate, recordStatusDecision } from './certificates.service';

const tags = ['registry'];

/** MOFA data entry of certificates: record an existing one, then its amendments, re-issues and extensions. */
export const certificatesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const present = async (organizationId: string, certificateId: string, actor: Actor) => {
    const view = await loadProfile(deps, organizationId);
    return presentCertificate(view.content.certificates.find((c) => c.id === certificateId)!, view, actor);
  };

  app.post(
    '/organizations/:id/certificates',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'recordCertificate',
        tags,
        summary: 'Record an existing or legacy certificate / Nhập giấy đăng ký đã cấp',
        params: uuidParamsSchema,
        body: recordCertificateBodySchema,
        response: { 201: certificateSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const content = await recordCertificate(deps, contextOf(request), request.params.id, request.body);
      return reply.status(201).send(await present(request.params.id, content.id, request.actor));
    },
  );

  app.post(
    '/certificates/:id/versions',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'addCertificateVersion',
        tags,
        summary: 'Record an amendment, re-issue or extension / Ghi nhận sửa đổi, cấp lại, gia hạn',
        params: uuidParamsSchema,
        body: addVersionBodySchema,
        response: { 201: certificateSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { certificate, organizationId } = await addCertificateVersion(deps, contextOf(request), request.params.id, request.body);
      return reply.status(201).send(await present(organizationId, certificate.id, request.actor));
    },
  );

  app.post(
    '/certificates/:id/decisions',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'recordCertificateDecision',
        tags,
        summary: 'Record a suspension, termination, revocation or lifting / Ghi nhận quyết định đình chỉ, chấm dứt, thu hồi',
        params: uuidParamsSchema,
        body: recordDecisionBodySchema,
        response: { 201: certificateSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId } = await recordStatusDecision(deps, contextOf(request), request.params.id, request.body);
      return reply.status(201).send(await present(organizationId, request.params.id, request.actor));
    },
  );
};
