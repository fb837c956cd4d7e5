import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let officer: Session;
let leader: Session;
let hue: Session;
let ngo: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('mofa.officer');
  leader = await t.login('mofa.leader');
  hue = await t.login('hue.focal');
  ngo = await t.login('ngo.demo');
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

type SavedSearch = { id: string; name: string; query: Record<string, unknown>; createdAt: string; updatedAt: string };
type FieldError = { path: string; code: string; message: { vi: string; en: string } };

const create = (session: Session, name: string, query: Record<string, unknown>) => session.request('POST', '/api/v1/saved-searches', { name, query });
const list = async (session: Session) => {
  const res = await session.request('GET', '/api/v1/saved-searches');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: SavedSearch[] }).items;
};
const fieldsOf = (body: string) => (JSON.parse(body) as { error: { details: { fields: FieldError[] } } }).error.details.fields;

describe('saved searches: access', () => {
  it('answers 401 without a session', async () => {
    expect((await t.anonymous('GET', '/api/v1/saved-searches')).statusCode).toBe(401);
    expect((await t.anonymous('POST', '/api/v1/saved-searches', { name: 'x', query: {} })).statusCode).toBe(401);
  });

  it('answers 403 to a role without registry:read (NGO representative)', async () => {
    const res = await ngo.request('GET', '/api/v1/saved-searches');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('lets any registry reader keep searches (a province focal point too)', async () => {
    const res = await create(hue, 'Huế — sắp hết hạn', { province: '46', expiringWithinDays: 90 });
    expect(res.statusCode, res.body).toBe(201);
    expect((await list(hue)).map((s) => s.name)).toEqual(['Huế — sắp hết hạn']);
  });
});

describe('POST /api/v1/saved-searches', () => {
  it('saves the filters (normalized name, default sort) and returns them', async () => {
    const res = await create(officer, '  Y tế   ở Huế ', { q: ' cuu tro ', province: '46', field: 'health', legacy: false, status: 'valid', type: 'operation', country: 'US', expiringWithinDays: 180 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as SavedSearch;
    expect(body.name).toBe('Y tế ở Huế');
    expect(body.query).toEqual({ q: 'cuu tro', province: '46', field: 'health', legacy: false, status: 'valid', type: 'operation', country: 'US', expiringWithinDays: 180, sort: 'relevance' });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a second search with the same name, whatever the case, with a bilingual 409', async () => {
    const res = await create(officer, 'Y TẾ Ở HUẾ', { province: '01' });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('saved_search_name_taken');
    expect(error.message.vi).toBe('Bạn đã có một tìm kiếm đã lưu với tên này.');
    expect(error.message.en).toBe('You already have a saved search with this name.');
    expect(error.details).toEqual({ field: 'name' });
  });

  it('allows the same name for another user', async () => {
    expect((await create(leader, 'Y tế ở Huế', { province: '46' })).statusCode).toBe(201);
  });

  it.each([
    ['an empty name', { name: '   ', query: {} }, 'name'],
    ['a name over 100 characters', { name: 'x'.repeat(101), query: {} }, 'name'],
    ['a province that is not a two-digit code', { name: 'a', query: { province: 'Hue' } }, 'query.province'],
    ['an unknown certificate type', { name: 'a', query: { type: 'permit' } }, 'query.type'],
    ['an unknown status', { name: 'a', query: { status: 'pending' } }, 'query.status'],
    ['a lower-case country code', { name: 'a', query: { country: 'us' } }, 'query.country'],
    ['a negative expiry window', { name: 'a', query: { expiringWithinDays: -1 } }, 'query.expiringWithinDays'],
    ['legacy as text', { name: 'a', query: { legacy: 'yes' } }, 'query.legacy'],
    ['an unknown sort', { name: 'a', query: { sort: 'country' } }, 'query.sort'],
    ['a missing query', { name: 'a' }, 'query'],
  ])('answers 400 for %s, on that field', async (_label, payload, path) => {
    const res = await officer.request('POST', '/api/v1/saved-searches', payload);
    expect(res.statusCode, res.body).toBe(400);
    const fields = fieldsOf(res.body);
    expect(fields.map((f) => f.path)).toContain(path);
    expect(fields.every((f) => f.message.vi && f.message.en)).toBe(true);
  });

  it('refuses paging parameters (cursor, limit) and unknown keys in the query', async () => {
    const res = await create(officer, 'paged', { q: 'x', cursor: 'abc', limit: 20 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].code).toBe('unrecognized_keys');
  });
});

describe('GET /api/v1/saved-searches', () => {
  it('lists only the caller’s own searches, sorted by name in Vietnamese order', async () => {
    await create(officer, 'Đà Nẵng', { province: '48' });
    await create(officer, 'Zambia', { country: 'ZM' });
    await create(officer, 'An Giang', { province: '91' });
    const names = (await list(officer)).map((s) => s.name);
    expect(names).toEqual(['An Giang', 'Đà Nẵng', 'Y tế ở Huế', 'Zambia']);
    expect((await list(leader)).map((s) => s.name)).toEqual(['Y tế ở Huế']);
  });
});

describe('PUT /api/v1/saved-searches/:id', () => {
  it('renames a search and keeps its filters', async () => {
    const { id } = (await create(officer, 'to rename', { field: 'education', sort: 'name' })).json() as SavedSearch;
    const res = await officer.request('PUT', `/api/v1/saved-searches/${id}`, { name: 'Giáo dục' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, name: 'Giáo dục', query: { field: 'education', sort: 'name' } });
  });

  it('replaces the filters and keeps the name; a rename to its own name in another case is allowed', async () => {
    const { id } = (await create(officer, 'replace me', { field: 'education' })).json() as SavedSearch;
    const res = await officer.request('PUT', `/api/v1/saved-searches/${id}`, { name: 'Replace Me', query: { status: 'expired', sort: 'valid_to' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as SavedSearch;
    expect(body.name).toBe('Replace Me');
    expect(body.query).toEqual({ status: 'expired', sort: 'valid_to' });
    expect(body.updatedAt >= body.createdAt).toBe(true);
  });

  it('answers 409 when the new name is taken by another of the caller’s searches', async () => {
    const { id } = (await create(officer, 'unique one', {})).json() as SavedSearch;
    const res = await officer.request('PUT', `/api/v1/saved-searches/${id}`, { name: 'đà nẵng' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('saved_search_name_taken');
  });

  it('answers 400 when neither a name nor a query is sent, or the query is invalid', async () => {
    const { id } = (await create(officer, 'empty update', {})).json() as SavedSearch;
    expect((await officer.request('PUT', `/api/v1/saved-searches/${id}`, {})).statusCode).toBe(400);
    const bad = await officer.request('PUT', `/api/v1/saved-searches/${id}`, { query: { province: '4' } });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body).map((f) => f.path)).toEqual(['query.province']);
  });
});

describe('ownership', () => {
  it('answers 404 to another user who reads, renames or deletes someone else’s search, and changes nothing', async () => {
    const mine = (await create(officer, 'private', { q: 'sarah johnson' })).json() as SavedSearch;
    const rename = await leader.request('PUT', `/api/v1/saved-searches/${mine.id}`, { name: 'stolen' });
    expect(rename.statusCode).toBe(404);
    expect(rename.json().error.code).toBe('not_found');
    expect((await leader.request('DELETE', `/api/v1/saved-searches/${mine.id}`)).statusCode).toBe(404);
    expect((await list(leader)).some((s) => s.id === mine.id)).toBe(false);
    const still = (await list(officer)).find((s) => s.id === mine.id);
    expect(still?.name).toBe('private');
  });

  it('answers 404 for an id that does not exist', async () => {
    const res = await officer.request('PUT', '/api/v1/saved-searches/00000000-0000-4000-8000-000000000000', { name: 'x' });
    expect(res.statusCode).toBe(404);
  });
});

describe('DELETE /api/v1/saved-searches/:id', () => {
  it('deletes the caller’s search (204), after which it is gone (404)', async () => {
    const { id } = (await create(officer, 'to delete', { type: 'rep_office' })).json() as SavedSearch;
    const res = await officer.request('DELETE', `/api/v1/saved-searches/${id}`);
    expect(res.statusCode).toBe(204);
    expect((await list(officer)).some((s) => s.id === id)).toBe(false);
    expect((await officer.request('DELETE', `/api/v1/saved-searches/${id}`)).statusCode).toBe(404);
  });
});

describe('audit', () => {
  it('records create, update and delete with the user, name and filters', async () => {
    const { id } = (await create(officer, 'audited', { province: '79' })).json() as SavedSearch;
    await officer.request('PUT', `/api/v1/saved-searches/${id}`, { name: 'audited twice', query: { province: '01' } });
    await officer.request('DELETE', `/api/v1/saved-searches/${id}`);
    const res = await admin.request('GET', `/api/v1/admin/audit?entityType=saved_search&entityId=${id}`);
    expect(res.statusCode, res.body).toBe(200);
    type Event = { action: string; actorUsername: string; before: unknown; after: unknown };
    const events = (res.json() as { items: Event[] }).items.reverse();
    expect(events.map((e) => e.action)).toEqual(['saved_search.create', 'saved_search.update', 'saved_search.delete']);
    expect(events.every((e) => e.actorUsername === 'mofa.officer')).toBe(true);
    expect(events[0]!.after).toEqual({ name: 'audited', query: { province: '79', sort: 'relevance' } });
    expect(events[1]!.before).toEqual({ name: 'audited', query: { province: '79', sort: 'relevance' } });
    expect(events[1]!.after).toEqual({ name: 'audited twice', query: { province: '01', sort: 'relevance' } });
    expect(events[2]!.before).toEqual({ name: 'audited twice', query: { province: '01', sort: 'relevance' } });
  });

  it('writes no audit entry for a refused change', async () => {
    const before = (await admin.request('GET', '/api/v1/admin/audit?entityType=saved_search&limit=200')).json().items.length;
    await create(officer, 'AN GIANG', {});
    const after = (await admin.request('GET', '/api/v1/admin/audit?entityType=saved_search&limit=200')).json().items.length;
    expect(after).toBe(before);
  });
});
