import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { paths } from '../../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** One outbox mail as the development mailbox lists it. */
export type OutboxMail = JsonOf<paths['/api/v1/dev/mailbox']['get']['responses'][200]>['items'][number];

/** Query keys of the development mailbox. */
export const mailboxKeys = {
  all: ['dev-mailbox'] as const,
  list: (to: string) => [...mailboxKeys.all, to] as const,
};

/**
 * The newest outbox mails (optionally to one address), or null when the server's development mailbox is off
 * (it answers 404 then). Refreshed every 5 seconds while the page is open.
 */
export function useDevMailbox(to: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: mailboxKeys.list(to),
    queryFn: async (): Promise<OutboxMail[] | null> => {
      try {
        return (await unwrap(api.GET('/api/v1/dev/mailbox', { params: { query: { ...(to ? { to } : {}), limit: 50 } } }))).items;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data === null ? false : 5000),
    retry: false,
    enabled: options.enabled ?? true,
  });
}
