import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from './errors';
import { describeZodIssue } from './zod-messages';

/** Body of every error response. */
export interface ErrorBody {
  error: { code: string; message: { vi: string; en: string }; details?: Record<string, unknown>; requestId: string };
}

function body(code: string, message: { vi: string; en: string }, requestId: string, details?: Record<string, unknown>): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}), requestId } };
}

/**
 * Installs the one error shape of the API: typed AppErrors, zod validation failures (400 with field errors),
 * Fastify's own client errors, and 500s (logged with the request id, never leaking a stack).
 */
export function installErrorHandling(app: FastifyInstance, options: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = String(request.id);
    if (error instanceof AppError) {
      if (error.status === 429 && typeof error.details?.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(error.details.retryAfterSeconds));
      }
      return reply.status(error.status).send(body(error.code, error.messages, requestId, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as { validationContext?: string }).validationContext ?? 'body';
      const fields: FieldError[] = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
        code: issue.keyword,
        message: describeZodIssue(issue as never),
      }));
      return reply
        .status(400)
        .send(body('validation_failed', { vi: 'Dữ liệu không hợp lệ.', en: 'The submitted data is invalid.' }, requestId, { in: where, fields }));
    }
    if (isResponseSerializationError(error as never) && 'cause' in error) {
      request.log.error({ err: error, cause: (error as { cause?: unknown }).cause }, 'response does not match its schema');
    }
    const status = error.statusCode ?? 500;
    if (status === 415) {
      return reply.status(415).send(
        body('unsupported_media_type', { vi: 'Chỉ chấp nhận dữ liệu JSON (application/json).', en: 'Only application/json is accepted.' }, requestId),
      );
    }
    if (status === 413) {
      return reply.status(413).send(body('payload_too_large', { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' }, requestId));
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send(
        body('bad_request', { vi: 'Yêu cầu không hợp lệ.', en: `Bad request: ${error.message}` }, requestId),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(body('internal_error', { vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', en: 'An internal error occurred. Please try again later.' }, requestId));
  });

  // Client-side routes of the web app (e.g. /admin/users) get index.html; API and asset paths keep the JSON 404.
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (options.spaFallback && isWebPagePath(request.method, pathname)) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(body('not_found', { vi: 'Không tìm thấy địa chỉ yêu cầu.', en: 'No such address.' }, String(request.id)));
  });
}

/**
 * Whether an unknown path is a client-side route of the web app (answered with index.html) rather than an API
 * or asset path (JSON 404). /verify/<token> is always a page: a signed token ends in ".<signature>", which
 * looks like a file extension.
 */
export function isWebPagePath(method: string, pathname: string): boolean {
  if (method !== 'GET' || pathname.startsWith('/api/') || pathname === '/healthz' || pathname === '/readyz') return false;
  return pathname.startsWith('/verify/') || !/\.[a-z0-9]+$/i.test(pathname);
}
