import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** Body of POST /signup. */
export type SignupInput = JsonOf<paths['/api/v1/signup']['post']['requestBody']>;
/** The 202 answer of POST /signup (the same whether or not the address already has an account). */
export type SignupAccepted = JsonOf<paths['/api/v1/signup']['post']['responses'][202]>;

/** Sends a self-registration; the server mails a verification link. */
export function useSignup() {
  return useMutation({ mutationFn: (input: SignupInput) => unwrap(api.POST('/api/v1/signup', { body: input })) });
}

/** Confirms the e-mail address with the token from the link; answers the new username. */
export function useVerifySignup() {
  return useMutation({ mutationFn: (token: string) => unwrap(api.POST('/api/v1/signup/verify', { body: { token } })) });
}
