import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { currentLanguage } from '../i18n';
import { networkError, toApiError } from './api-error';

let csrfToken: string | null = null;

/**
 * Remembers the CSRF token (from the login response, /auth/me or change-password) in memory only;
 * it is sent as `x-csrf-token` on every request that is not a GET.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const headersMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', currentLanguage());
    if (csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed API client. Paths include the `/api/v1` prefix; the session cookie travels with every call. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(headersMiddleware);

/** What every openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data.
 * @throws ApiError for a non-2xx answer (with the server's code, localized message and details)
 *   or when the server cannot be reached (status 0, code `network_error`).
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}
