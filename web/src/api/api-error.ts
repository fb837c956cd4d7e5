import i18n, { currentLanguage } from '../i18n';

/** Text the server sends in both languages. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** A field-level validation message from the server. */
export interface FieldError {
  path: string;
  message: LocalizedText;
}

/** The `details` object of an error body; known members are typed, others pass through. */
export interface ApiErrorDetails {
  fields?: FieldError[];
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

/**
 * A failed API call: HTTP status (0 when the server could not be reached), the server's stable snake_case
 * `code`, its `message` in the language shown when the error happened, and the optional `details`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetails = {},
    readonly localized: LocalizedText | null = null,
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** The message in the language shown now (it may have changed since the error happened). */
  localizedMessage(): string {
    return this.localized ? pickText(this.localized) : this.message;
  }

  /** Field errors as `path → message` in the current language (for form fields). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const field of this.details.fields ?? []) out[field.path] = pickText(field.message);
    return out;
  }
}

/** Picks the text in the current language, falling back to the other one when empty. */
export function pickText(text: LocalizedText): string {
  return (currentLanguage() === 'en' ? text.en || text.vi : text.vi || text.en) ?? '';
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).vi === 'string';
}

/** Builds an ApiError from a non-2xx response and its parsed body (any shape, even plain text). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && typeof error.code === 'string') {
    const localized = isLocalizedText(error.message) ? error.message : null;
    const message = localized ? pickText(localized) : i18n.t('errors.unknown', { status });
    const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as ApiErrorDetails;
    const requestId = typeof error.requestId === 'string' ? error.requestId : null;
    return new ApiError(status, error.code, message, details, localized, requestId);
  }
  return new ApiError(status, 'http_error', i18n.t('errors.unknown', { status }));
}

/** The error raised when fetch itself fails (server down, network off). */
export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, 'network_error', i18n.t('errors.network'));
  (error as { cause?: unknown }).cause = cause;
  return error;
}

/** A message to show for any thrown value, in the current language. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.localizedMessage();
  return i18n.t('errors.unknown', { status: '?' });
}

/** True when `error` is an ApiError with the given code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
