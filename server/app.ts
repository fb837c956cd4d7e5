import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { authRoutes } from './features/accounts/auth.routes';
import { resolveSession } from './features/accounts/auth.service';
import { usersRoutes } from './features/accounts/users.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { certificatesRoutes } from './features/certificates/certificates.routes';
import { consultationRoutes } from './features/consultation/consultation.routes';
import { consultationSettingsRoutes } from './features/settings/consultation-settings.routes';
import { dossiersRoutes } from './features/dossiers/dossiers.routes';
import { proceduresRoutes } from './features/procedures/procedures.routes';
import { verificationRoutes } from './features/verification/verification.routes';
import { healthRoutes } from './features/health/health.routes';
import { referenceAdminRoutes } from './features/reference/reference.admin.routes';
import { organizationsRoutes } from './features/organizations/organizations.routes';
import { publicRegisterRoutes } from './features/organizations/public-register.routes';
import { referenceRoutes } from './features/reference/reference.routes';
import { registryExportRoutes } from './features/registry-export/registry-export.routes';
import { registryImportRoutes } from './features/registry-import/registry-import.routes';
import { savedSearchesRoutes } from './features/saved-searches/saved-searches.routes';
import { signupRoutes } from './features/signup/signup.routes';
import { mailRoutes } from './features/mail/mail.routes';
import { devClockRoutes } from './features/dev-clock/dev-clock.routes';
import { notificationsRoutes } from './features/notifications/notifications.routes';
import { unitsRoutes } from './features/units/units.routes';
import { actionTasksRoutes } from './features/reporting/action-tasks.routes';
import { consolidationRoutes } from './features/reporting/consolidation.routes';
import { reportCampaignsRoutes } from './features/reporting/campaigns.routes';
import { reportsRoutes } from './features/reporting/reports.routes';
import { dashboardsRoutes } from './features/dashboards/dashboards.routes';
import { exportsRoutes } from './features/exports/exports.routes';
import type { Deps } from './platform/deps';
import { installAccessGuard, type RegisteredRoute } from './platform/http/access-guard';
import { installErrorHandling } from './platform/http/error-handler';
import { isWebBundleBuilt, serveWebBundle } from './platform/http/web-bundle';

/** Options of the app builder. */
export interface BuildAppOptions {
  /** Serve the built web client from dist/web (production); off in API tests. */
  serveWeb?: boolean;
  /** Pino logger options (or false). */
  logger?: boolean | { level: string };
}

/** The app plus the routes it registered (each with its declared access). */
export type App = FastifyInstance & { registeredRoutes: RegisteredRoute[] };

const REQUEST_ID = /^[A-Za-z0-9._:-]{6,100}$/;

/**
 * Builds the Fastify instance: security headers, cookies, one error shape, session + CSRF + route policy,
 * OpenAPI generated from the zod schemas (/api/openapi.json, UI at /api/docs), and each feature's routes
 * under /api/v1.
 */
export async function buildApp(deps: Deps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.LOG_LEVEL },
    trustProxy: (_address: string, hop: number) => hop < deps.config.TRUST_PROXY_HOPS,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site HTML form can send neither application/json nor a custom header.
  app.removeContentTypeParser('text/plain');
  // An empty JSON body (e.g. POST …/disable) is read as "no body" rather than refused.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || body === undefined) return done(null, undefined);
    return parseJson(request, body as string, done);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: deps.config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  const serveWeb = options.serveWeb === true && isWebBundleBuilt();
  if (options.serveWeb && !serveWeb) app.log.warn('web bundle not built (dist/web): only the API is served');
  installErrorHandling(app, { spaFallback: serveWeb });
  const registeredRoutes = installAccessGuard(app, async (token, request) => resolveSession(deps, token, request));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'INGO Hub API',
        description:
          'Cơ sở dữ liệu quốc gia và dịch vụ công trực tuyến về tổ chức phi chính phủ nước ngoài. / National database and online public services for foreign NGOs in Vietnam.\n\n' +
          'Sign in with POST /api/v1/auth/login; send the returned csrfToken in the x-csrf-token header of every state-changing request.',
        version: '1.0.0',
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ingo_sid' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());

  await app.register(healthRoutes, { deps });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { deps });
      await api.register(usersRoutes, { deps });
      await api.register(unitsRoutes, { deps });
      await api.register(auditRoutes, { deps });
      await api.register(referenceRoutes, { deps });
      await api.register(organizationsRoutes, { deps });
      await api.register(certificatesRoutes, { deps });
      await api.register(dossiersRoutes, { deps });
      await api.register(consultationRoutes, { deps });
      await api.register(consultationSettingsRoutes, { deps });
      await api.register(proceduresRoutes, { deps });
      await api.register(verificationRoutes, { deps });
      await api.register(savedSearchesRoutes, { deps });
      await api.register(publicRegisterRoutes, { deps });
      await api.register(referenceAdminRoutes, { deps });
      await api.register(registryImportRoutes, { deps });
      await api.register(registryExportRoutes, { deps });
      await api.register(signupRoutes, { deps });
      await api.register(mailRoutes, { deps });
      await api.register(devClockRoutes, { deps });
      await api.register(notificationsRoutes, { deps });
      await api.register(actionTasksRoutes, { deps });
      await api.register(consolidationRoutes, { deps });
      await api.register(reportCampaignsRoutes, { deps });
      await api.register(reportsRoutes, { deps });
      await api.register(dashboardsRoutes, { deps });
      await api.register(exportsRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );

  if (serveWeb) await serveWebBundle(app);
  return Object.assign(app, { registeredRoutes }) as unknown as App;
}
