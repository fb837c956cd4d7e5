import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentAdminUser } from './accounts.presenter';
import { adminUserSchema, createdUserSchema, createUserBodySchema, oneTimePasswordSchema, updateUserBodySchema, userListQuerySchema, userListSchema } from './accounts.schemas';
import { createUser, listAccounts, resetPassword, setAccountStatus, updateAccount } from './users.service';

const tags = ['admin'];

/** Admin management of accounts: agency accounts are issued with a one-time password. */
export const usersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/admin/users',
    {
      config: { access: 'users:manage' },
      schema: { operationId: 'listUsers', tags, summary: 'List accounts / Danh sách tài khoản', querystring: userListQuerySchema, response: { 200: userListSchema, ...errorResponses(400, 401, 403) } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listAccounts(deps, { ...filter, offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map(presentAdminUser), total: result.total, page, pageSize };
    },
  );

  app.post(
    '/admin/users',
    {
      config: { access: 'users:manage' },
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create an account with a one-time password / Tạo tài khoản với mật khẩu dùng một lần',
        body: createUserBodySchema,
        response: { 201: createdUserSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const created = await createUser(deps, contextOf(request), request.body);
      return reply.status(201).send({ user: presentAdminUser(created.user), oneTimePassword: created.oneTimePassword });
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      config: { access: 'users:manage' },
      schema: { operationId: 'updateUser', tags, summary: 'Edit an account / Sửa tài khoản', params: uuidParamsSchema, body: updateUserBodySchema, response: { 200: adminUserSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => presentAdminUser(await updateAccount(deps, contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/admin/users/:id/reset-password',
    {
      config: { access: 'users:manage' },
      schema: { operationId: 'resetUserPassword', tags, summary: 'Issue a new one-time password / Cấp lại mật khẩu', params: uuidParamsSchema, response: { 200: oneTimePasswordSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (request) => resetPassword(deps, contextOf(request), request.params.id),
  );

  for (const [action, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    app.post(
      `/admin/users/:id/${action}`,
      {
        config: { access: 'users:manage' },
        schema: {
          operationId: `${action}User`,
          tags,
          summary: action === 'disable' ? 'Disable an account / Vô hiệu hóa tài khoản' : 'Re-enable an account / Kích hoạt lại tài khoản',
          params: uuidParamsSchema,
          response: { 200: adminUserSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => presentAdminUser(await setAccountStatus(deps, contextOf(request), request.params.id, status)),
    );
  }
};
