import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { SESSION_COOKIE } from '../../platform/http/access-guard';
import { contextOf } from '../../platform/http/context';
import { UnauthenticatedError } from '../../platform/http/errors';
import { errorResponses } from '../../platform/http/schemas';
import { findUserById } from './accounts.repo';
import { presentMe } from './accounts.presenter';
import { changePasswordBodySchema, loginBodySchema, loginResponseSchema, meSchema } from './accounts.schemas';
import { changePassword, login, logout, type OpenedSession } from './auth.service';

/** Sign-in, sign-out, current user and password change. */
export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const setSessionCookie = (reply: FastifyReply, opened: OpenedSession) =>
    reply.setCookie(SESSION_COOKIE, opened.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.config.cookieSecure,
      path: '/',
      // Relative lifetime: the browser's clock may differ from the server's (and a development clock may be moved).
      maxAge: Math.max(0, Math.floor((opened.expiresAt.getTime() - deps.clock.now().getTime()) / 1000)),
    });

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Sign in / Đăng nhập',
        description: 'Accepts only application/json. A wrong password and an unknown user get the same 401.',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses(400, 401, 415, 429) },
      },
    },
    async (request, reply) => {
      const opened = await login(deps, contextOf(request), request.body);
      setSessionCookie(reply, opened);
      return { user: presentMe(opened.user, opened.csrfToken), mustChangePassword: opened.user.user.mustChangePassword };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { operationId: 'logout', tags: ['auth'], summary: 'Sign out / Đăng xuất', response: { 204: z.null(), ...errorResponses(401, 403) } },
    },
    async (request, reply) => {
      await logout(deps, contextOf(request), request.session!.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { operationId: 'getMe', tags: ['auth'], summary: 'Current user / Người dùng hiện tại', response: { 200: meSchema, ...errorResponses(401) } },
    },
    async (request) => {
      const user = await findUserById(deps.db, request.actor.userId!);
      if (!user) throw new UnauthenticatedError();
      return presentMe(user, request.session!.csrfToken);
    },
  );

  app.post(
    '/auth/change-password',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change own password / Đổi mật khẩu',
        body: changePasswordBodySchema,
        response: { 200: meSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const opened = await changePassword(deps, contextOf(request), request.body);
      setSessionCookie(reply, opened);
      return presentMe(opened.user, opened.csrfToken);
    },
  );
};
