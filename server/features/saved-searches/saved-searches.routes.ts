import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentSavedSearch } from './saved-searches.presenter';
import { createSavedSearchBodySchema, savedSearchListSchema, savedSearchSchema, updateSavedSearchBodySchema } from './saved-searches.schemas';
import { createSavedSearch, deleteSavedSearch, listSavedSearches, updateSavedSearch } from './saved-searches.service';

const tags = ['registry'];

/** Saved look-ups of the NGO registry: private to each user (another user's id answers 404). */
export const savedSearchesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/saved-searches',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'listSavedSearches',
        tags,
        summary: 'My saved searches / Tìm kiếm đã lưu của tôi',
        response: { 200: savedSearchListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await listSavedSearches(deps, request.actor)).map(presentSavedSearch) }),
  );

  app.post(
    '/saved-searches',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'createSavedSearch',
        tags,
        summary: 'Save a search / Lưu tìm kiếm',
        body: createSavedSearchBodySchema,
        response: { 201: savedSearchSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(presentSavedSearch(await createSavedSearch(deps, contextOf(request), request.body))),
  );

  app.put(
    '/saved-searches/:id',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'updateSavedSearch',
        tags,
        summary: 'Rename a saved search or replace its filters / Đổi tên, cập nhật tìm kiếm đã lưu',
        params: uuidParamsSchema,
        body: updateSavedSearchBodySchema,
        response: { 200: savedSearchSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentSavedSearch(await updateSavedSearch(deps, contextOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/saved-searches/:id',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'deleteSavedSearch',
        tags,
        summary: 'Delete a saved search / Xóa tìm kiếm đã lưu',
        params: uuidParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch(deps, contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
