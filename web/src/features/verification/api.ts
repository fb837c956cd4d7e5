import { useQuery } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap } from '../../api/client';

/** What the public verification answers: the signature check, the signed claims and the register's live record. */
export type CertificateVerification = paths['/api/v1/public/certificates/verify']['get']['responses'][200]['content']['application/json'];

/** Query keys of the verification page. */
export const verificationKeys = {
  all: ['verification'] as const,
  token: (token: string) => [...verificationKeys.all, token] as const,
};

/** Verifies a certificate's QR token (public, no login); always re-read, the status can change any day. */
export function useVerification(token: string | null) {
  return useQuery({
    queryKey: verificationKeys.token(token ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/public/certificates/verify', { params: { query: { token: token! } } })),
    enabled: Boolean(token),
    staleTime: 0,
    retry: false,
  });
}
