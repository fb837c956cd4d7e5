import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { ApiError, toApiError } from './api-error';

const throttled = {
  error: {
    code: 'too_many_attempts',
    message: { vi: 'Bạn đã nhập sai quá nhiều lần.', en: 'Too many failed attempts.' },
    details: { retryAfterSeconds: 840, fields: [{ path: 'username', message: { vi: 'Sai', en: 'Wrong' } }] },
    requestId: 'req-1',
  },
};

describe('toApiError', () => {
  afterEach(() => changeLanguage('vi'));

  it('keeps the code, details and request id and picks the message in the current language', async () => {
    const error = toApiError(429, throttled);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', requestId: 'req-1' });
    expect(error.message).toBe('Bạn đã nhập sai quá nhiều lần.');
    expect(error.details.retryAfterSeconds).toBe(840);
    await changeLanguage('en');
    expect(error.localizedMessage()).toBe('Too many failed attempts.');
    expect(error.fieldMessages()).toEqual({ username: 'Wrong' });
  });

  it('turns a body without the error envelope into a generic http_error', () => {
    const error = toApiError(502, 'Bad Gateway');
    expect(error.code).toBe('http_error');
    expect(error.message).toContain('502');
  });
});
