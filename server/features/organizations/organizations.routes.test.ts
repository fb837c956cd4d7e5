import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let mofa: Session;
let hue: Session;
beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
  hue = await t.login('hue.focal');
});
afterAll(async () => t?.close());

type Item = { id: string; abbreviation: string; provinceCodes: string[]; representativeName: string | null; certificate: { status: string; officeCityCode: string | null } | null; highlight: Record<string, [number, number][]> };
type Facet = { value: string; count: number }[];
type ListBody = { items: Item[]; nextCursor: string | null };
type CountsBody = { facets: Record<'province' | 'field' | 'country' | 'type' | 'status', Facet>; total: number };

const queryString = (query: Record<string, string | number>) => new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));

/** One page of the look-up together with its counts (GET /organizations/facets with the same filters). */
const search = async (session: Session, query: Record<string, string | number>): Promise<ListBody & CountsBody> => {
  const res = await session.request('GET', `/api/v1/organizations?${queryString(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  const { sort: _s, cursor: _c, limit: _l, ...filters } = query;
  const counts = await session.request('GET', `/api/v1/organizations/facets?${queryString(filters)}`);
  expect(counts.statusCode, counts.body).toBe(200);
  return { ...(res.json() as ListBody), ...(counts.json() as CountsBody) };
};

describe('GET /api/v1/organizations (internal look-up)', () => {
  it.each([
    ['Vietnamese name without diacritics', 'to chuc cuu tro tre em', 'CRI'],
    ['a typo in the English name', 'Chilren Relief International', 'CRI'],
    ['the English name of an NGO registered with a Vietnamese name', 'Mekong Clean Water', 'MCWF'],
    ['đ typed as d, upper case', 'QUY DOAN KET PHAP', 'FSV'],
    ['the abbreviation', 'ndsa', 'NDSA'],
    ['the certificate number', '112/GĐKHĐ-BNG', 'CRI'],
    ['the certificate number of a legacy Decree 12/2012 certificate', '1655/cndkhd', 'HPT'],
    ['the representative’s name', 'sarah johnson', 'CRI'],
    ['a Vietnamese representative’s name without diacritics', 'tran thi minh chau', 'CFGE'],
    ['the original-language name', '日本地域保健基金', 'JCHF'],
  ])('finds an NGO by %s', async (_name, q, abbreviation) => {
    const body = await search(mofa, { q });
    expect(body.items[0]?.abbreviation, JSON.stringify(body.items.map((i) => i.abbreviation))).toBe(abbreviation);
  });

  it('highlights the matched text of each field', async () => {
    const [first] = (await search(mofa, { q: 'cuu tro tre em' })).items;
    expect(first?.highlight.nameVi).toEqual([[8, 22]]);
    const [byRep] = (await search(mofa, { q: 'johnson' })).items;
    expect(byRep?.highlight.representativeName).toEqual([[6, 13]]);
  });

  it('does not treat a different certificate number as a typo', async () => {
    const body = await search(mofa, { q: '112/GĐKHĐ-BNG' });
    expect(body.items.map((i) => i.abbreviation)).toEqual(['CRI']);
  });

  it('gives facet counts equal to the number of results of each filter value', async () => {
    const all = await search(mofa, { limit: 100 });
    expect(all.total).toBeGreaterThanOrEqual(30);
    for (const facet of ['province', 'field', 'country', 'type', 'status'] as const) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(1);
      for (const { value, count } of all.facets[facet]) {
        const filtered = await search(mofa, { [facet]: value, limit: 100 });
        expect(filtered.total, `${facet}=${value}`).toBe(count);
        expect(filtered.items).toHaveLength(count);
      }
    }
  });

  it('counts each facet over the other filters only (a facet ignores its own filter)', async () => {
    const body = await search(mofa, { province: '46', field: 'health', limit: 100 });
    const provinceCount = body.facets.province.find((f) => f.value === '46')?.count;
    const fieldCount = body.facets.field.find((f) => f.value === 'health')?.count;
    expect(provinceCount).toBe(body.total);
    expect(fieldCount).toBe(body.total);
    expect(body.facets.province.length).toBeGreaterThan(1);
  });

  it('filters by derived status exactly as each row shows it', async () => {
    const all = await search(mofa, { limit: 100 });
    for (const { value } of all.facets.status) {
      const filtered = await search(mofa, { status: value, limit: 100 });
      expect(filtered.items.every((i) => i.certificate?.status === value), value).toBe(true);
    }
    expect(all.facets.status.map((f) => f.value)).toEqual(expect.arrayContaining(['valid', 'expired', 'suspended']));
  });

  it('filters legacy Decree 12/2012 certificates and those expiring soon', async () => {
    const legacy = await search(mofa, { legacy: 'true', limit: 100 });
    expect(legacy.total).toBeGreaterThanOrEqual(5);
    const expiring = await search(mofa, { expiringWithinDays: 3650, limit: 100 });
    expect(expiring.items.every((i) => i.certificate?.status === 'valid')).toBe(true);
  });

  it.each([
    ['name', {}],
    ['valid_to', {}],
    ['relevance', { q: 'quy' }],
  ])('pages with a keyset cursor without duplicates or gaps (sort=%s)', async (sort, extra) => {
    const whole = await search(mofa, { sort, limit: 100, ...extra });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = await search(mofa, { sort, limit: 4, ...extra, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(whole.items.map((i) => i.id));
    expect(seen.length).toBe(whole.total);
  });

  it('counts text matches exactly as the pages list them, typo matches included', async () => {
    for (const q of ['quy', 'Chilren Relief', 'johnson', '112/GĐKHĐ-BNG']) {
      const whole = await search(mofa, { q, limit: 100 });
      expect(whole.items.length, q).toBe(whole.total);
      expect(whole.total, q).toBeGreaterThan(0);
    }
  });

  it('answers the counts without items, and 400 for an invalid filter there too', async () => {
    const res = await mofa.request('GET', '/api/v1/organizations/facets?province=46');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['facets', 'total']);
    expect((await mofa.request('GET', '/api/v1/organizations/facets?status=active')).statusCode).toBe(400);
  });

  it('refuses a cursor made for another sort order', async () => {
    const page = await search(mofa, { sort: 'name', limit: 2 });
    const res = await mofa.request('GET', `/api/v1/organizations?sort=valid_to&cursor=${page.nextCursor}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('cursor');
  });

  it.each([
    ['province', 'Hue'],
    ['country', 'usa'],
    ['type', 'office'],
    ['status', 'active'],
    ['expiringWithinDays', '-1'],
    ['legacy', 'yes'],
    ['sort', 'date'],
    ['limit', '500'],
  ])('answers 400 for an invalid %s', async (name, value) => {
    const res = await mofa.request('GET', `/api/v1/organizations?${name}=${value}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(name);
  });
});

describe('scoping by role', () => {
  it('shows a province focal unit only the NGOs working in its province', async () => {
    const body = await search(hue, { limit: 100 });
    expect(body.total).toBeGreaterThanOrEqual(5);
    expect(body.total).toBeLessThan((await search(mofa, { limit: 100 })).total);
    for (const item of body.items) expect(item.provinceCodes.includes('46') || item.certificate?.officeCityCode === '46', item.abbreviation).toBe(true);
    expect(body.facets.province.find((f) => f.value === '46')?.count).toBe(body.total);
  });

  it('answers 404 to a province focal unit for an NGO outside its province', async () => {
    const [outside] = (await search(mofa, { q: 'NRDO' })).items;
    expect((await hue.request('GET', `/api/v1/organizations/${outside!.id}`)).statusCode).toBe(404);
    expect((await mofa.request('GET', `/api/v1/organizations/${outside!.id}`)).statusCode).toBe(200);
    const [inside] = (await search(hue, { q: 'CRI' })).items;
    expect((await hue.request('GET', `/api/v1/organizations/${inside!.id}`)).statusCode).toBe(200);
  });

  it('lets a ministry see every NGO, read-only', async () => {
    const finance = await t.login('finance.viewer');
    const all = await search(finance, { limit: 100 });
    expect(all.total).toBe((await search(mofa, { limit: 100 })).total);
    const profile = (await finance.request('GET', `/api/v1/organizations/${all.items[0]!.id}`)).json();
    expect(profile.abilities).toEqual({ canEdit: false, canRecordCertificate: false });
    expect(profile.currentCertificate.abilities).toEqual({ canAddVersion: false, allowedDecisions: [] });
    expect((await mofa.request('GET', `/api/v1/organizations/${all.items[0]!.id}`)).json().abilities.canEdit).toBe(true);
  });
});

describe('GET /api/v1/organizations/{id} (profile)', () => {
  it('shows identity, current certificate with status, areas with historical names, people, versions with diffs and a timeline', async () => {
    const [hvc] = (await search(mofa, { q: 'Hope for Vietnamese Children' })).items;
    const res = await mofa.request('GET', `/api/v1/organizations/${hvc!.id}`);
    expect(res.statusCode).toBe(200);
    const profile = res.json();
    expect(profile.currentCertificate.number).toBe('019/GĐKHĐ-BNG');
    expect(profile.certificates).toHaveLength(2);
    const legacy = profile.certificates.find((c: { legalBasis: string }) => c.legalBasis === '12/2012/NĐ-CP');
    expect(legacy.areas).toContainEqual({ provinceCode: '46', legacyProvinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' });
    expect(legacy.areas).toContainEqual({ provinceCode: '44', legacyProvinceCode: '44', nameAsWritten: 'Quảng Bình' });
    expect(profile.people[0]).toMatchObject({ role: 'representative', fullName: 'James Whitfield' });
    expect(profile.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['certificate.issued', 'certificate.expired', 'record.organization.create']));
  });

  it('shows the version chain with a field-level diff', async () => {
    const [cri] = (await search(mofa, { q: 'CRI' })).items;
    const profile = (await mofa.request('GET', `/api/v1/organizations/${cri!.id}`)).json();
    expect(profile.currentCertificate.versions.map((v: { kind: string }) => v.kind)).toEqual(['issued', 'supplemented']);
    expect(profile.currentCertificate.versions[1].diff).toEqual([{ field: 'fields', kind: 'set', added: ['water_sanitation'], removed: [] }]);
  });

  it('answers 404 for an unknown id and 400 for a bad asOf', async () => {
    expect((await mofa.request('GET', '/api/v1/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const [cri] = (await search(mofa, { q: 'CRI' })).items;
    const bad = await mofa.request('GET', `/api/v1/organizations/${cri!.id}?asOf=2025-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('asOf');
  });
});
