import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contextOf } from '../../platform/http/context';
import { errorResponses } from '../../platform/http/schemas';
import { signupAcceptedSchema, signupBodySchema, verifySignupBodySchema, verifySignupResponseSchema } from './signup.schemas';
import { requestSignup, verifySignup } from './signup.service';

const tags = ['signup'];

/** Self-registration of a foreign NGO's representative, confirmed through a link sent by e-mail. */
export const signupRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/signup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signup',
        tags,
        summary: 'Register an NGO account / Đăng ký tài khoản tổ chức',
        description:
          'Sends a verification link to the e-mail address (valid 48 hours). The answer is the same 202 whether or not the address already has an account; an existing account gets a mail saying so instead. At most 5 requests per address and 10 per IP address per hour (429 with Retry-After).',
        body: signupBodySchema,
        response: { 202: signupAcceptedSchema, ...errorResponses(400, 415, 429) },
      },
    },
    async (request, reply) => reply.status(202).send(await requestSignup(deps, contextOf(request), request.body)),
  );

  app.post(
    '/signup/verify',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'verifySignup',
        tags,
        summary: 'Confirm an e-mail address and create the account / Xác nhận e-mail và tạo tài khoản',
        description:
          'Creates the NGO unit and the representative account (username = the e-mail). 400 signup_token_invalid for an unknown token, 410 signup_token_used or signup_token_expired, 409 username_taken.',
        body: verifySignupBodySchema,
        response: { 200: verifySignupResponseSchema, ...errorResponses(400, 409, 410, 415) },
      },
    },
    async (request) => verifySignup(deps, contextOf(request), request.body.token),
  );
};
