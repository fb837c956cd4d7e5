import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { Me } from '../../api/types';

/** Query keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/**
 * Loads the signed-in user, or null when there is no session (401).
 * @throws ApiError for any other failure.
 */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/v1/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user (null = signed out). Cached for the whole session; auth mutations update it. */
export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** Marks the session as ended everywhere: forgets the token and the cached user data. */
export function markSignedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData<Me | null>(authKeys.me(), null);
}

/** Logs in; on success the cached user is replaced (the route guard then takes over). */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (result) => {
      setCsrfToken(result.user.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      const me: Me = { ...result.user, mustChangePassword: result.mustChangePassword };
      queryClient.setQueryData<Me | null>(authKeys.me(), me);
    },
  });
}

/** Logs out; the local session is cleared even when the server call fails (e.g. already expired). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => markSignedOut(queryClient),
  });
}

/** Changes the password; the server rotates the session and returns the user with a new CSRF token. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/auth/change-password', { body: input })),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData<Me | null>(authKeys.me(), me);
    },
  });
}
