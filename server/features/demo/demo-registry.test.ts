import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { seedDemoData } from './demo.seed';

let t: TestApp;
let mofa: Session;
beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
});
afterAll(async () => t?.close());

const facetsOf = async (query = '') => (await mofa.request('GET', `/api/v1/organizations/facets?${query.replace(/^&/, '')}`)).json();

describe('demo registry', () => {
  it('holds at least 30 NGOs from many countries, with legacy certificates, representative offices, expired and suspended ones', async () => {
    const body = await facetsOf();
    expect(body.total).toBeGreaterThanOrEqual(30);
    expect(body.facets.country.length).toBeGreaterThanOrEqual(14);
    const types = Object.fromEntries(body.facets.type.map((f: { value: string; count: number }) => [f.value, f.count]));
    expect(types.rep_office + (types.legacy_rep_office ?? 0)).toBeGreaterThanOrEqual(3);
    expect((await facetsOf('&legacy=true')).total).toBeGreaterThanOrEqual(5);
    const statuses = body.facets.status.map((f: { value: string }) => f.value);
    expect(statuses).toEqual(expect.arrayContaining(['valid', 'expired', 'suspended']));
    expect(body.facets.province.find((f: { value: string }) => f.value === '46').count).toBeGreaterThanOrEqual(5);
  });

  it('links the demo NGO account’s unit to its organisation', async () => {
    const [cri] = (await mofa.request('GET', '/api/v1/organizations?q=CRI')).json().items;
    const profile = (await mofa.request('GET', `/api/v1/organizations/${cri.id}`)).json();
    expect(profile.unitId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not seed twice', async () => {
    const before = (await facetsOf()).total;
    expect(await seedDemoData(t.deps)).toEqual([]);
    expect((await facetsOf()).total).toBe(before);
  });
});
