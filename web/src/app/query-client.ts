import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import type { Me } from '../api/types';
import { authKeys, markSignedOut } from '../features/auth/api';

/**
 * Reacts to session-level errors from any call: a lost session (401 `unauthenticated`) signs the user out
 * locally, and 403 `password_change_required` flags the cached user so the guard routes to /change-password.
 */
function handleSessionError(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && error.code === 'unauthenticated') {
    markSignedOut(queryClient);
  } else if (error.status === 403 && error.code === 'password_change_required') {
    queryClient.setQueryData<Me | null>(authKeys.me(), (me) => (me ? { ...me, mustChangePassword: true } : me));
  }
}

/** Creates the app's QueryClient: no retries on 4xx answers, session errors handled in one place. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleSessionError(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => handleSessionError(queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
