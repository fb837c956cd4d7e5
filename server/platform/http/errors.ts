/** A message in both languages of the system. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

/** One invalid field of a request. */
export interface FieldError {
  path: string;
  code: string;
  message: BilingualMessage;
}

/**
 * Base class of every error the API reports on purpose. Domain and service code throw these;
 * the HTTP error handler turns them into `{ error: { code, message: { vi, en }, details, requestId } }`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: BilingualMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = new.target.name;
  }
}

/** 400: the request is well-formed JSON but some fields are invalid. */
export class ValidationError extends AppError {
  constructor(fields: FieldError[], messages: BilingualMessage = { vi: 'Dữ liệu không hợp lệ.', en: 'The submitted data is invalid.' }) {
    super(400, 'validation_failed', messages, { fields });
  }
}

/** 401: no valid session, or credentials were wrong. */
export class UnauthenticatedError extends AppError {
  constructor(
    code = 'unauthenticated',
    messages: BilingualMessage = { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
    details?: Record<string, unknown>,
  ) {
    super(401, code, messages, details);
  }
}

/** 403: signed in, but not allowed. */
export class ForbiddenError extends AppError {
  constructor(
    code = 'forbidden',
    messages: BilingualMessage = {
      vi: 'Bạn không có quyền thực hiện thao tác này.',
      en: 'You are not allowed to do this.',
    },
    details?: Record<string, unknown>,
  ) {
    super(403, code, messages, details);
  }
}

/** 404: not found, or not visible to this actor (we do not reveal which). */
export class NotFoundError extends AppError {
  constructor(entity = 'resource') {
    super(404, 'not_found', { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' }, { entity });
  }
}

/** 409: the request conflicts with the current state (duplicate, illegal workflow step). */
export class ConflictError extends AppError {
  constructor(code: string, messages: BilingualMessage, details?: Record<string, unknown>) {
    super(409, code, messages, details);
  }
}

/** 429: too many attempts; `retryAfterSeconds` tells when to try again. */
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, messages?: BilingualMessage) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      429,
      'too_many_attempts',
      messages ?? {
        vi: `Quá nhiều lần thử. Vui lòng thử lại sau ${minutes} phút.`,
        en: `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      },
      { retryAfterSeconds },
    );
  }
}
