import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, NEW_PASSWORD, TEST_PASSWORD, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(async () => t?.close());

describe('POST /api/v1/auth/login', () => {
  it('signs in with JSON, sets an httpOnly SameSite session cookie and reports the forced password change', async () => {
    const res = await t.anonymous('POST', '/api/v1/auth/login', { username: 'police.focal', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mustChangePassword: true, user: { username: 'police.focal', role: 'agency_focal', unit: { code: 'MPS' } } });
    const cookie = res.cookies.find((c) => c.name === 'ingo_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.headers['set-cookie']).toMatch(/HttpOnly/i);
    // A relative lifetime (the session's absolute limit), so a browser whose clock differs from the server's keeps it.
    const limit = t.deps.config.SESSION_ABSOLUTE_HOURS * 3600;
    expect(cookie?.maxAge).toBeGreaterThan(limit - 10);
    expect(cookie?.maxAge).toBeLessThanOrEqual(limit);
    expect(res.headers['set-cookie']).not.toMatch(/Expires=/i);
  });

  it('answers 401 with the same message for a wrong password and for an unknown user', async () => {
    const wrong = await t.anonymous('POST', '/api/v1/auth/login', { username: 'mofa.leader', password: 'nope' });
    const unknown = await t.anonymous('POST', '/api/v1/auth/login', { username: 'nobody.here', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json().error.message).toEqual(wrong.json().error.message);
    expect(wrong.json().error.message.vi).toContain('không đúng');
  });

  it('refuses a form-encoded body (a cross-site form cannot log in)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=admin&password=x' });
    expect(res.statusCode).toBe(415);
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: '{"username":"admin","password":"x"}' });
    expect(plain.statusCode).toBe(415);
  });

  it('answers 400 with field errors in Vietnamese and English when the username is missing', async () => {
    const res = await t.anonymous('POST', '/api/v1/auth/login', { password: 'x' });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.details.fields[0]).toMatchObject({ path: 'username', message: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' } });
  });

  it('throttles repeated failures with 429 and the same answer whether the user exists or not', async () => {
    for (const username of ['finance.viewer', 'ghost.user']) {
      for (let i = 0; i < 3; i++) {
        const r = await t.anonymous('POST', '/api/v1/auth/login', { username, password: 'wrong' });
        expect(r.statusCode).toBe(401);
      }
      const blocked = await t.anonymous('POST', '/api/v1/auth/login', { username, password: TEST_PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('too_many_attempts');
      expect(blocked.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.headers['retry-after']).toBeDefined();
    }
  });
});

describe('forced password change, /auth/me, CSRF and logout', () => {
  it('blocks every other route with 403 password_change_required until the password is changed', async () => {
    const login = await t.anonymous('POST', '/api/v1/auth/login', { username: 'hue.focal', password: TEST_PASSWORD });
    const cookie = `ingo_sid=${login.cookies.find((c) => c.name === 'ingo_sid')!.value}`;
    const csrf = login.json().user.csrfToken as string;

    const blocked = await t.anonymous('GET', '/api/v1/admin/users', undefined, { cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const me = await t.anonymous('GET', '/api/v1/auth/me', undefined, { cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'hue.focal', mustChangePassword: true, unit: { code: 'PROV-46' } });

    const noCsrf = await t.anonymous('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_token_invalid');

    const weak = await t.anonymous('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }, { cookie, 'x-csrf-token': csrf });
    expect(weak.statusCode).toBe(400);
    const codes = weak.json().error.details.fields.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['too_short', 'missing_uppercase', 'missing_digit', 'missing_symbol']));

    const wrongCurrent = await t.anonymous('POST', '/api/v1/auth/change-password', { currentPassword: 'bad', newPassword: NEW_PASSWORD }, { cookie, 'x-csrf-token': csrf });
    expect(wrongCurrent.statusCode).toBe(401);
    expect(wrongCurrent.json().error.code).toBe('invalid_current_password');

    const changed = await t.anonymous('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { cookie, 'x-csrf-token': csrf });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    // the old session was closed and a new one issued
    const oldCookie = await t.anonymous('GET', '/api/v1/auth/me', undefined, { cookie });
    expect(oldCookie.statusCode).toBe(401);
    const newCookie = `ingo_sid=${changed.cookies.find((c) => c.name === 'ingo_sid')!.value}`;
    const after = await t.anonymous('GET', '/api/v1/reference/provinces', undefined, { cookie: newCookie });
    expect(after.statusCode).toBe(200);
  });

  it('answers 401 on /auth/me without a session', async () => {
    const res = await t.anonymous('GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'unauthenticated', message: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' } });
  });

  it('logs out: the cookie stops working and the logout is audited', async () => {
    const s = await t.login('mofa.officer');
    const out = await s.request('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await s.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const admin = await t.login('admin');
    const audit = await admin.request('GET', '/api/v1/admin/audit?action=auth.logout');
    expect(audit.json().items.some((e: { actorUsername: string }) => e.actorUsername === 'mofa.officer')).toBe(true);
  });

  it('expires an idle session', async () => {
    const s = await t.login('mofa.leader');
    // make the session look idle for longer than SESSION_IDLE_MINUTES
    await t.deps.db.execute(sql`update session set last_seen_at = now() - interval '2 hours'`);
    expect((await s.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});
