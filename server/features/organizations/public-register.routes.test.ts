import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Keys that must never appear in public JSON (personal data of representatives and staff). */
const RESTRICTED_KEYS = ['dateOfBirth', 'passportNumber', 'passportExpiresOn', 'address', 'people', 'representative', 'representativeName', 'representativePersonId', 'phone', 'email', 'hqAddress', 'gender', 'nationality', 'highlight'];

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('public register (no login)', () => {
  it('searches without login and returns items with their id and public fields only', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/organizations?q=to%20chuc%20cuu%20tro%20tre%20em');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0]).toMatchObject({ nameEn: 'Children Relief International', certificate: { type: 'operation', number: '112/GĐKHĐ-BNG', status: 'valid' } });
    expect(body.items[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toHaveProperty('nextCursor');
  });

  it('never includes personal data in the list or the profile', async () => {
    const list = await t.anonymous('GET', '/api/v1/public/organizations?limit=50');
    const ids: string[] = list.json().items.map((i: { id: string }) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    const profiles = await Promise.all(ids.map((id) => t.anonymous('GET', `/api/v1/public/organizations/${id}`)));
    for (const body of [list.json(), ...profiles.map((p) => p.json())]) {
      const keys = keysOf(body);
      expect(RESTRICTED_KEYS.filter((k) => keys.has(k))).toEqual([]);
    }
    const raw = [list.body, ...profiles.map((p) => p.body)].join('\n');
    for (const personal of ['Sarah Johnson', 'US5518204', '1981-06-02', '14 Lê Lợi']) expect(raw).not.toContain(personal);
  });

  it('does not find NGOs by their representative’s name', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/organizations?q=sarah%20johnson');
    expect(res.json().items).toEqual([]);
  });

  it('shows areas with today’s province and the historical name, fields and office city', async () => {
    const [hvc] = (await t.anonymous('GET', '/api/v1/public/organizations?q=HVC')).json().items;
    const profile = (await t.anonymous('GET', `/api/v1/public/organizations/${hvc.id}`)).json();
    expect(profile.areas).toContainEqual({ provinceCode: '46', legacyProvinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' });
    expect(profile.fieldCodes).toEqual(['children', 'education']);
    const [office] = (await t.anonymous('GET', '/api/v1/public/organizations?q=NDSA')).json().items;
    expect(office.certificate.officeCityCode).toBe('01');
  });

  it('filters by province, field and status and pages with a cursor', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/organizations?province=46&field=health&status=valid&limit=2');
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.items.every((i: { provinceCodes: string[]; fieldCodes: string[] }) => i.provinceCodes.includes('46') && i.fieldCodes.includes('health'))).toBe(true);
    const next = await t.anonymous('GET', `/api/v1/public/organizations?province=46&field=health&status=valid&limit=2&cursor=${body.nextCursor}`);
    expect(next.json().items[0].id).not.toBe(body.items[0].id);
  });

  it('answers 404 for an unknown organisation and 400 for a bad filter', async () => {
    expect((await t.anonymous('GET', '/api/v1/public/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await t.anonymous('GET', '/api/v1/public/organizations?status=pending');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('status');
  });
});
