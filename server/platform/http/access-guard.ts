import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS, decideRouteAccess, type Actor } from '../../domain/access/policy';
import type { SessionInfo } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** Name of the session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'ingo_sid';
/** Header carrying the CSRF token on every state-changing request made with a session. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves a session token into the session and its actor, or null when invalid or expired. */
export type SessionResolver = (token: string, request: FastifyRequest) => Promise<{ session: SessionInfo; actor: Actor } | null>;

/** A route as registered, with its declared access (used by the authorization matrix test). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
  allowDuringPasswordChange: boolean;
}

/**
 * Installs authentication, CSRF and route-level authorization for every route:
 * - onRequest: resolve the session cookie into `request.actor` (anonymous when absent/expired);
 * - then, still before parsing: refuse a route that declares no access (deny by default), apply the role policy,
 *   and require the CSRF token on every state-changing request to a non-public route. Public state-changing
 *   routes (login) accept only application/json, which a cross-site form cannot send.
 * Returns the list of registered routes, filled as routes are added.
 */
export function installAccessGuard(app: FastifyInstance, resolveSession: SessionResolver): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        access: route.config?.access,
        allowDuringPasswordChange: route.config?.allowDuringPasswordChange === true,
      });
    }
  });

  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    request.session = null;
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(token, request);
    if (resolved) {
      request.actor = resolved.actor;
      request.session = resolved.session;
    }
  });

  // Authorization runs in onRequest too, before the body is parsed or validated: a caller without the right
  // learns nothing about the route's input rules.
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url ?? '';
    const config = request.routeOptions.config;
    const isApi = url.startsWith('/api/v1');
    if (!isApi) return; // health checks, OpenAPI document, docs UI and web bundle are public by design
    const access = config?.access;
    if (!access) {
      throw new ForbiddenError('route_without_policy', {
        vi: 'Chức năng này chưa được phân quyền.',
        en: 'This route has no access policy.',
      });
    }
    const decision = decideRouteAccess(request.actor, access, config.allowDuringPasswordChange === true);
    if (decision === 'unauthenticated') throw new UnauthenticatedError();
    if (decision === 'password_change_required') {
      throw new ForbiddenError('password_change_required', {
        vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
        en: 'You must change your password before continuing.',
      });
    }
    if (decision === 'forbidden') throw new ForbiddenError();
    if (!SAFE_METHODS.has(request.method) && access !== 'public' && request.session) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== request.session.csrfToken) {
        throw new ForbiddenError('csrf_token_invalid', {
          vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
          en: 'Missing or invalid CSRF token. Please reload the page.',
        });
      }
    }
  });
  return routes;
}
