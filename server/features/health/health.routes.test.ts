import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health, OpenAPI and security headers', () => {
  it('answers /healthz and /readyz with 200', async () => {
    expect((await t.anonymous('GET', '/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.anonymous('GET', '/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.deps.database.kind });
  });

  it('answers /readyz with 503 when the database is unreachable', async () => {
    const original = t.deps.database.ping;
    t.deps.database.ping = async () => {
      throw new Error('down');
    };
    try {
      expect((await t.anonymous('GET', '/readyz')).statusCode).toBe(503);
    } finally {
      t.deps.database.ping = original;
    }
  });

  it('serves an OpenAPI 3 document describing the versioned API', async () => {
    const res = await t.anonymous('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('INGO Hub API');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/admin/users', '/api/v1/admin/audit']));
    expect(doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json']).toBeDefined();
    expect(doc.paths['/api/v1/auth/login'].post.responses['401']).toBeDefined();
    const docs = await t.anonymous('GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
  });

  it('sends security headers and a request id on every response', async () => {
    const res = await t.anonymous('GET', '/api/v1/reference/provinces');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    const res = await t.anonymous('GET', '/api/v1/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', message: { vi: expect.any(String), en: expect.any(String) } });
  });

  it('lists the 34 provinces publicly', async () => {
    const res = await t.anonymous('GET', '/api/v1/reference/provinces');
    expect(res.json().items).toHaveLength(34);
    expect(res.json().items.find((p: { code: string }) => p.code === '46')).toMatchObject({ nameVi: 'Huế', kind: 'city' });
  });
});
