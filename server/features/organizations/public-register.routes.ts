import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { NotFoundError } from '../../platform/http/errors';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { isOnPublicRegister, searchPublicRegister } from './organizations-search.service';
import { loadProfile } from './organizations.service';
import { presentPublicList, presentPublicProfile } from './public-register.presenter';
import { publicOrganizationListSchema, publicOrganizationProfileSchema, publicQuerySchema } from './public-register.schemas';

const tags = ['public'];

/** The public register (no login): public fields only, never personal data. */
export const publicRegisterRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/public/organizations',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'searchPublicRegister',
        tags,
        summary: 'Public register of foreign NGOs / Danh bạ công khai tổ chức PCPNN',
        querystring: publicQuerySchema,
        response: { 200: publicOrganizationListSchema, ...errorResponses(400) },
      },
    },
    async (request) => presentPublicList(await searchPublicRegister(deps, { ...request.query, sort: request.query.q ? 'relevance' : 'name' })),
  );

  app.get(
    '/public/organizations/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPublicOrganization',
        tags,
        summary: 'Public profile of an NGO / Thông tin công khai của tổ chức',
        params: uuidParamsSchema,
        response: { 200: publicOrganizationProfileSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      if (!(await isOnPublicRegister(deps, request.params.id))) throw new NotFoundError('organization');
      return presentPublicProfile(await loadProfile(deps, request.params.id));
    },
  );
};
