import type { FastifyRequest } from 'fastify';
import type { Actor, RouteAccess } from '../../domain/access/policy';

/** The current session as resolved from the cookie. */
export interface SessionInfo {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route (required on every /api route; the authorization matrix test checks it). */
    access?: RouteAccess;
    /** Routes a user with a one-time password may still use (me, change-password, logout). */
    allowDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    session: SessionInfo | null;
  }
}

/** Who did what, from where: passed to services so they can authorize and write audit events. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string;
  userAgent: string | null;
  /** Preferred language of the caller (for generated texts; error bodies carry both). */
  lang: 'vi' | 'en';
}

/** Builds the service-level context from a Fastify request. */
export function contextOf(request: FastifyRequest): RequestContext {
  const accept = String(request.headers['accept-language'] ?? '');
  return {
    actor: request.actor,
    requestId: String(request.id),
    ip: request.ip,
    userAgent: (request.headers['user-agent'] as string | undefined) ?? null,
    lang: accept.toLowerCase().startsWith('en') ? 'en' : 'vi',
  };
}
