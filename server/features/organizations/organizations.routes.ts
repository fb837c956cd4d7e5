import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { countOrganizations, findOrganizations } from './organizations-search.service';
import { presentList, presentProfile } from './organizations.presenter';
import {
  createOrganizationBodySchema,
  facetsQuerySchema,
  organizationCountsSchema,
  organizationListSchema,
  organizationProfileSchema,
  profileQuerySchema,
  searchQuerySchema,
  updateOrganizationBodySchema,
} from './organizations.schemas';
import { createOrganization, getProfile, loadProfile, updateOrganization } from './organizations.service';

const tags = ['registry'];

/** The internal NGO registry: look-up, profile, and MOFA data entry of organisations. */
export const organizationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/organizations',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'searchOrganizations',
        tags,
        summary: 'Look NGOs up: one page of results / Tra cứu tổ chức PCPNN',
        querystring: searchQuerySchema,
        response: { 200: organizationListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => presentList(await findOrganizations(deps, request.actor, request.query)),
  );

  app.get(
    '/organizations/facets',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'countOrganizations',
        tags,
        summary: 'Total and facet counts of a look-up / Số lượng kết quả theo bộ lọc',
        querystring: facetsQuerySchema,
        response: { 200: organizationCountsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => countOrganizations(deps, request.actor, request.query),
  );

  app.get(
    '/organizations/:id',
    {
      config: { access: 'registry:read' },
      schema: {
        operationId: 'getOrganization',
        tags,
        summary: 'NGO profile, now or as of a past day / Hồ sơ tổ chức',
        params: uuidParamsSchema,
        querystring: profileQuerySchema,
        response: { 200: organizationProfileSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentProfile(await getProfile(deps, request.actor, request.params.id, request.query.asOf), request.actor),
  );

  app.post(
    '/organizations',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'createOrganization',
        tags,
        summary: 'Record an NGO / Nhập tổ chức vào cơ sở dữ liệu',
        body: createOrganizationBodySchema,
        response: { 201: organizationProfileSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const created = await createOrganization(deps, contextOf(request), request.body);
      return reply.status(201).send(presentProfile(await loadProfile(deps, created.organization.id), request.actor));
    },
  );

  app.patch(
    '/organizations/:id',
    {
      config: { access: 'registry:manage' },
      schema: {
        operationId: 'updateOrganization',
        tags,
        summary: 'Edit an NGO record / Sửa thông tin tổ chức',
        params: uuidParamsSchema,
        body: updateOrganizationBodySchema,
        response: { 200: organizationProfileSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await updateOrganization(deps, contextOf(request), request.params.id, request.body);
      return presentProfile(await loadProfile(deps, request.params.id), request.actor);
    },
  );
};
