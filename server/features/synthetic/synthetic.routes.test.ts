import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCertificateSnapshots } from '../../domain/registry/certificate-diff';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { allNameWords } from './synthetic-people';
import { vnNormJs } from './synthetic-text';
import { seedSyntheticRegistry, SyntheticDataPresentError } from './synthetic.service';

const COUNT = 300;
let t: TestApp;
let mofa: Session;
type Org = { id: string; name_en: string; number: string | null; old_number: string | null };
let orgs: Org[];
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.deps.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  mofa = await t.login('mofa.officer');
  const report = await seedSyntheticRegistry(t.deps.database, { organizations: COUNT, seed: 11, batchSize: 120 });
  expect(report.counts.organizations).toBe(COUNT);
  orgs = await rows<Org>(sql`select o.id, o.name_en, c.number,
      (select min(x.number) from certificate x where x.organization_id = o.id and x.id <> o.current_certificate_id) as old_number
    from organization o left join certificate c on c.id = o.current_certificate_id where o.registry_code like 'SYN-%' order by o.registry_code`);
}, 120_000);
afterAll(async () => t?.close());

/** A page of the look-up with its counts (GET /organizations/facets with the same filters). */
const search = async (query: Record<string, string>) => {
  const res = await mofa.request('GET', `/api/v1/organizations?${new URLSearchParams(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  const { limit: _limit, ...filters } = query;
  const counts = await mofa.request('GET', `/api/v1/organizations/facets?${new URLSearchParams(filters)}`);
  expect(counts.statusCode, counts.body).toBe(200);
  return { ...res.json(), ...counts.json() } as { items: { id: string }[]; total: number; facets: Record<string, { value: string; count: number }[]> };
};

describe('synthetic register (npm run seed:synthetic) through the registry API', () => {
  it('writes the derived search columns exactly as refreshDerivedColumns computes them', async () => {
    const [bad] = await rows<{ current: number; keywords: number; people: number }>(sql`select
        count(*) filter (where o.current_certificate_id is distinct from (select c.id from certificate c where c.organization_id = o.id order by c.issued_on desc, c.created_at desc limit 1))::int as current,
        count(*) filter (where o.search_keywords <> coalesce((select string_agg(c.number, ' ' order by c.issued_on) from certificate c where c.organization_id = o.id), ''))::int as keywords,
        count(*) filter (where o.people_text <> coalesce(vn_norm((select string_agg(p.full_name, ' ' order by p.created_at) from person p
          where p.organization_id = o.id and p.role in ('representative', 'head_of_office'))), ''))::int as people
      from organization o where o.registry_code like 'SYN-%'`);
    expect(bad).toEqual({ current: 0, keywords: 0, people: 0 });
    const [stale] = await rows<{ n: number }>(sql`select count(*)::int as n from (
        (select * from organization_search except select * from organization_search_source)
        union all (select * from organization_search_source except select * from organization_search)) x`);
    expect(stale?.n, 'organization_search rows equal to organization_search_source').toBe(0);
    const words = allNameWords();
    const folded = await rows<{ w: string; n: string }>(sql`select w, vn_norm(w) as n from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) as w`);
    expect(folded.filter((r) => r.n !== vnNormJs(r.w))).toEqual([]);
  });

  it('finds every synthetic NGO first by its English name, by its certificate number and by an older number', async () => {
    for (const org of orgs) {
      expect((await search({ q: org.name_en, limit: '5' })).items[0]?.id, org.name_en).toBe(org.id);
      if (org.number) expect((await search({ q: org.number, limit: '5' })).items[0]?.id, org.number).toBe(org.id);
      if (org.old_number) expect((await search({ q: org.old_number, limit: '5' })).items.map((i) => i.id), org.old_number).toContain(org.id);
    }
  }, 120_000);

  it('loads every profile, now and as of an earlier day, with each certificate’s versions in order', async () => {
    for (const org of orgs) {
      const res = await mofa.request('GET', `/api/v1/organizations/${org.id}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { certificates: { id: string; currentVersion: number; versions: { versionNo: number; kind: string }[] }[] };
      for (const c of body.certificates) {
        expect(c.versions.map((v) => v.versionNo)).toEqual(Array.from({ length: c.currentVersion }, (_v, i) => i + 1));
        expect(c.versions[0]?.kind).toBe('issued');
      }
    }
    const [snapshot] = await rows<{ organization_id: string; effective_on: string }>(sql`select organization_id, effective_on::text from organization_snapshot s
      join organization o on o.id = s.organization_id where o.registry_code like 'SYN-%' order by s.effective_on limit 1 offset 100`);
    const asOf = await mofa.request('GET', `/api/v1/organizations/${snapshot!.organization_id}?asOf=${snapshot!.effective_on}`);
    expect(asOf.statusCode, asOf.body).toBe(200);
  }, 120_000);

  it('stores each version’s diff as diffCertificateSnapshots of its neighbours', async () => {
    const versions = await rows<{ certificate_id: string; version_no: number; snapshot: Record<string, unknown>; diff: unknown }>(sql`select v.certificate_id, v.version_no, v.snapshot, v.diff
      from certificate_version v join certificate c on c.id = v.certificate_id join organization o on o.id = c.organization_id
      where o.registry_code like 'SYN-%' order by v.certificate_id, v.version_no`);
    expect(versions.length).toBeGreaterThan(COUNT * 2);
    for (let i = 1; i < versions.length; i++) {
      const [prev, cur] = [versions[i - 1]!, versions[i]!];
      if (cur.certificate_id !== prev.certificate_id) continue;
      expect(cur.version_no).toBe(prev.version_no + 1);
      expect(cur.diff).toEqual(JSON.parse(JSON.stringify(diffCertificateSnapshots(prev.snapshot, cur.snapshot))));
    }
  });

  it('counts each facet value exactly as many NGOs as its filter returns', async () => {
    const all = await search({ limit: '1' });
    expect(all.total).toBe(COUNT + 32);
    for (const facet of ['province', 'field', 'country', 'type', 'status'] as const) {
      expect(all.facets[facet]!.length, facet).toBeGreaterThan(3);
      for (const { value, count } of all.facets[facet]!) expect((await search({ [facet]: value, limit: '1' })).total, `${facet}=${value}`).toBe(count);
    }
    const withText = await search({ q: 'foundation', province: '01', limit: '1' });
    expect(withText.total).toBeGreaterThan(0);
    expect(withText.facets.province!.find((f) => f.value === '01')?.count).toBe(withText.total);
  }, 60_000);

  it('refuses to add synthetic NGOs twice unless asked to reset them', async () => {
    await expect(seedSyntheticRegistry(t.deps.database, { organizations: 10 })).rejects.toBeInstanceOf(SyntheticDataPresentError);
    const report = await seedSyntheticRegistry(t.deps.database, { organizations: 10, seed: 3, resetSynthetic: true });
    expect(report.removed).toBe(COUNT);
    const [left] = await rows<{ n: number; demo: number }>(sql`select count(*) filter (where registry_code like 'SYN-%')::int as n, count(*) filter (where registry_code not like 'SYN-%')::int as demo from organization`);
    expect(left).toEqual({ n: 10, demo: 32 });
  });
});
