import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, NEW_PASSWORD, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let admin: Session;
let mpsUnitId: string;
let hueUnitId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const units = (await admin.request('GET', '/api/v1/admin/units')).json().items as { id: string; code: string }[];
  mpsUnitId = units.find((u) => u.code === 'MPS')!.id;
  hueUnitId = units.find((u) => u.code === 'PROV-46')!.id;
});
afterAll(async () => t?.close());

describe('admin account management', () => {
  it('creates an agency account with a one-time password that must be changed at first login', async () => {
    const res = await admin.request('POST', '/api/v1/admin/users', { username: 'Police.Viewer2', fullName: '  Đỗ  Văn   Nam ', role: 'agency_viewer', unitId: mpsUnitId });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'police.viewer2', fullName: 'Đỗ Văn Nam', mustChangePassword: true, status: 'active', unit: { code: 'MPS' } });
    expect(body.oneTimePassword).toMatch(/^.{16}$/);

    const login = await t.anonymous('POST', '/api/v1/auth/login', { username: 'police.viewer2', password: body.oneTimePassword });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);

    const audit = await admin.request('GET', `/api/v1/admin/audit?action=user.create&entityId=${body.user.id}`);
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0]).toMatchObject({ actorUsername: 'admin', actorRole: 'system_admin', entityType: 'user', after: { username: 'police.viewer2' } });
    expect(JSON.stringify(audit.json().items[0])).not.toContain(body.oneTimePassword);
  });

  it('answers 409 username_taken for a duplicate username (any case)', async () => {
    const res = await admin.request('POST', '/api/v1/admin/users', { username: 'HUE.FOCAL', fullName: 'Someone', role: 'agency_focal', unitId: hueUnitId });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('username_taken');
  });

  it('answers 400 when the role does not fit the unit (an agency member cannot be a MOFA leader)', async () => {
    const res = await admin.request('POST', '/api/v1/admin/users', { username: 'wrong.role', fullName: 'Someone', role: 'mofa_leader', unitId: mpsUnitId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ path: 'role', code: 'role_not_allowed_for_unit' });
  });

  it('answers 400 per invalid field', async () => {
    const res = await admin.request('POST', '/api/v1/admin/users', { username: 'x', fullName: '', role: 'king', unitId: 'nope', email: 'bad' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['email', 'fullName', 'role', 'unitId', 'username']);
  });

  it('resets a password: sessions close and the new one-time password forces a change', async () => {
    const user = await t.login('police.focal');
    const list = await admin.request('GET', '/api/v1/admin/users?q=police.focal');
    const id = list.json().items[0].id as string;
    const reset = await admin.request('POST', `/api/v1/admin/users/${id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await user.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.anonymous('POST', '/api/v1/auth/login', { username: 'police.focal', password: reset.json().oneTimePassword });
    expect(again.json().mustChangePassword).toBe(true);
  });

  it('disables an account (sessions close, login refused with the generic 401) and re-enables it', async () => {
    const user = await t.login('mofa.leader');
    const id = (await admin.request('GET', '/api/v1/admin/users?q=mofa.leader')).json().items[0].id as string;
    const disabled = await admin.request('POST', `/api/v1/admin/users/${id}/disable`);
    expect(disabled.json().status).toBe('disabled');
    expect((await user.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const refused = await t.anonymous('POST', '/api/v1/auth/login', { username: 'mofa.leader', password: NEW_PASSWORD });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_credentials');
    const enabled = await admin.request('POST', `/api/v1/admin/users/${id}/enable`);
    expect(enabled.json().status).toBe('active');
    expect((await t.anonymous('POST', '/api/v1/auth/login', { username: 'mofa.leader', password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses to let an admin disable their own account (409)', async () => {
    const me = (await admin.request('GET', '/api/v1/auth/me')).json();
    const res = await admin.request('POST', `/api/v1/admin/users/${me.id}/disable`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('cannot_disable_self');
  });

  it('edits a user, audits before/after, and answers 404 for an unknown id', async () => {
    const id = (await admin.request('GET', '/api/v1/admin/users?q=finance.viewer')).json().items[0].id as string;
    const res = await admin.request('PATCH', `/api/v1/admin/users/${id}`, { fullName: 'Phạm Thu Hằng' });
    expect(res.json().fullName).toBe('Phạm Thu Hằng');
    const audit = (await admin.request('GET', `/api/v1/admin/audit?action=user.update&entityId=${id}`)).json().items[0];
    expect(audit.before.fullName).toBe('Phạm Thu Hà');
    expect(audit.after.fullName).toBe('Phạm Thu Hằng');
    const missing = await admin.request('PATCH', '/api/v1/admin/users/00000000-0000-4000-8000-000000000000', { fullName: 'X Y' });
    expect(missing.statusCode).toBe(404);
  });

  it('lists users with a diacritic-insensitive search and paging', async () => {
    const res = await admin.request('GET', '/api/v1/admin/users?q=hoang duc&pageSize=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(['hue.focal']);
    const page = await admin.request('GET', '/api/v1/admin/users?pageSize=2&page=2');
    expect(page.json()).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.json().total).toBeGreaterThanOrEqual(7);
  });
});
