import { describe, expect, it } from 'vitest';
import { isWebPagePath } from './error-handler';

describe('isWebPagePath (SPA fallback)', () => {
  it('serves client-side routes, including a verification token that ends like a file extension', () => {
    expect(isWebPagePath('GET', '/admin/users')).toBe(true);
    expect(isWebPagePath('GET', '/verify/INGO1.eyJuIjoiMDE1In0.AbCd1234')).toBe(true);
  });
  it('keeps the JSON 404 for API, health, asset paths and other methods', () => {
    expect(isWebPagePath('GET', '/api/v1/nothing')).toBe(false);
    expect(isWebPagePath('GET', '/readyz')).toBe(false);
    expect(isWebPagePath('GET', '/assets/missing.js')).toBe(false);
    expect(isWebPagePath('POST', '/admin/users')).toBe(false);
  });
});
