import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { certificateVerificationLink, renderCertificatePdf, verificationPublicKey, verifyCertificate } from './verification.service';

const verificationSchema = z
  .object({
    signatureValid: z.boolean(),
    claims: z.object({ c: z.string(), n: z.string(), t: z.string(), o: z.string(), f: z.string(), u: z.string(), v: z.number() }).nullable(),
    current: z
      .object({
        number: z.string(),
        type: z.string(),
        organizationName: z.string(),
        organizationId: z.uuid(),
        validFrom: z.string(),
        validTo: z.string(),
        status: z.string(),
        version: z.number().int(),
        matchesClaims: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: 'CertificateVerification' });

/** Certificate PDFs and their public verification (QR code). */
export const verificationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/public/certificates/verify',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'verifyCertificate',
        tags: ['public'],
        summary: 'Verify a certificate’s QR code / Xác minh giấy đăng ký',
        querystring: z.object({ token: z.string().min(1).max(2000) }),
        response: { 200: verificationSchema, ...errorResponses(400) },
      },
    },
    async (request) => verifyCertificate(deps, request.query.token),
  );

  app.get(
    '/public/certificates/verification-key',
    {
      config: { access: 'public' },
      schema: { operationId: 'getVerificationKey', tags: ['public'], summary: 'Public key for offline verification (Ed25519, PEM)', response: { 200: z.object({ algorithm: z.literal('Ed25519'), publicKeyPem: z.string() }) } },
    },
    async () => ({ algorithm: 'Ed25519' as const, publicKeyPem: await verificationPublicKey(deps) }),
  );

  app.get(
    '/certificates/:id/pdf',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'downloadCertificatePdf', tags: ['registry'], summary: 'The certificate as PDF / Tải giấy đăng ký (PDF)', params: uuidParamsSchema, response: { 200: z.any(), ...errorResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const { bytes, fileName } = await renderCertificatePdf(deps, contextOf(request), request.params.id);
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(bytes);
    },
  );

  app.get(
    '/certificates/:id/verification-link',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getCertificateVerificationLink',
        tags: ['registry'],
        summary: 'The signed verification link of a certificate (its QR code) / Đường dẫn xác minh giấy đăng ký',
        description: 'For the NGO that holds the certificate and registry readers (the same rule as the PDF); others get 404.',
        params: uuidParamsSchema,
        response: { 200: z.object({ url: z.string() }).meta({ id: 'CertificateVerificationLink' }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => certificateVerificationLink(deps, request.actor, request.params.id),
  );
};
