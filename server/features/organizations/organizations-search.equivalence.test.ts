// The look-up's fast paths (word probe, words index anchors, one walk for all tiers, tiers 2 and 1 read
// together, the digit-run trigram read) must return exactly what the plain definition of relevance returns:
// this test compares every page of many queries drawn from a synthetic register with a straightforward query.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { seedSyntheticRegistry } from '../synthetic/synthetic.service';
import { searchTuning, selectSearchPage, type Keyset, type SearchFilters } from './organizations-search.repo';

let t: TestDatabase;
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
type Sample = { name_en: string; name_vi: string | null; abbreviation: string | null; number: string | null; rep: string | null };
let samples: Sample[];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedSyntheticRegistry(t.database, { organizations: 400, seed: 5, batchSize: 200 });
  samples = await rows<Sample>(sql`select o.name_en, o.name_vi, o.abbreviation, c.number, p.full_name as rep
    from organization o left join certificate c on c.id = o.current_certificate_id left join person p on p.id = c.representative_person_id
    where o.registry_code like 'SYN-%' order by o.registry_code limit 12`);
}, 180_000);
afterAll(async () => t?.cleanup());
afterEach(() => {
  searchTuning.walk = 1000;
});

/** Every row the plain definition ranks (4 exact name, 3 name prefix, 2 whole words, 1 inside), in page order. */
async function reference(q: string, people: boolean, province?: string): Promise<string[]> {
  const n = sql`vn_norm(${q}::text)`;
  const text = (pattern: ReturnType<typeof sql>) => sql`(s.search_text like ${pattern}${people ? sql` or s.people_text like ${pattern}` : sql``})`;
  const result = await rows<{ id: string }>(sql`select id from (
      select s.organization_id as id, s.sort_name, case
        when s.key_en = ${n} or s.key_original = ${n} or s.key_vi = ${n} or s.key_abbreviation = ${n} then 4
        when s.key_en like ${n} || '%' or s.key_original like ${n} || '%' or s.key_vi like ${n} || '%' or s.key_abbreviation like ${n} || '%' then 3
        when ${text(sql`'% ' || ${n} || ' %'`)} then 2
        when ${text(sql`'%' || ${n} || '%'`)} then 1 end as tier
      from organization_search s where ${province ? sql`${province}::text = any(s.province_codes)` : sql`true`}) r
    where tier is not null order by tier desc, sort_name, id`);
  return result.map((r) => r.id);
}

/** Every page of the look-up (20 per page), followed by its keyset cursors. */
async function lookUp(q: string, people: boolean, province?: string): Promise<string[]> {
  const filters: SearchFilters = { q, province, today: '2026-12-04', scope: { kind: 'all' }, searchPeople: people, fuzzy: !/\d/.test(q) };
  const ids: string[] = [];
  let after: Keyset | null = null;
  for (let page = 0; page < 40; page++) {
    const hits = await selectSearchPage(t.database.db, filters, 'relevance', after, 20);
    ids.push(...hits.slice(0, 20).map((h) => h.id));
    if (hits.length <= 20) return ids;
    const last = hits[19]!;
    after = { rank: last.rank, name: last.sortName, id: last.id };
  }
  throw new Error(`more than 40 pages for ${q}`);
}

/** Queries as officers type them: whole names, their beginnings, ends and middles, people, numbers, common words. */
function queries(): string[] {
  const out = new Set<string>(['foundation', 'quỹ', 'for', 'an', 'tổ chức', 'child', 'hoa kỳ']);
  for (const s of samples) {
    const words = s.name_en.split(' ');
    out.add(s.name_en);
    out.add(words.slice(0, 2).join(' '));
    out.add(words.slice(-2).join(' '));
    if (words.length >= 4) out.add(words.slice(1, 3).join(' '));
    if (words.length >= 2) out.add(`${words[0]} ${words[1]!.slice(0, 3)}`);
    if (words[0]!.length > 4) out.add(`${words[0]!.slice(2)} ${words.slice(1, 3).join(' ')}`);
    if (s.name_vi) out.add(s.name_vi.split(' ').slice(0, 4).join(' '));
    if (s.abbreviation) out.add(s.abbreviation);
    if (s.rep) {
      out.add(s.rep);
      out.add(s.rep.split(' ').slice(-1)[0]!);
    }
    if (s.number) {
      out.add(s.number);
      out.add(s.number.split('/')[0]!);
      out.add(s.number.slice(2));
      out.add(s.number.replace(/^\d+\//, '')); // the letters after the digits: a piece of a word, no digits

    }
  }
  return [...out];
}

describe('registry look-up by relevance equals the plain definition of its tiers', () => {
  it.each([
    ['walking the first 1000 names (the whole register here)', 1000],
    ['reading through the indexes (a walk of 25 names)', 25],
  ])('for every query drawn from the register, %s', async (_label, walk) => {
    searchTuning.walk = walk;
    let compared = 0;
    for (const q of queries()) {
      for (const people of [true, false]) {
        const expected = await reference(q, people);
        if (!expected.length) continue; // nothing as typed: the look-up corrects the query instead (tested below)
        expect(await lookUp(q, people), `${q} (people ${people}, walk ${walk})`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 240_000);

  it('keeps the equality under a province filter', async () => {
    searchTuning.walk = 25;
    const [province] = await rows<{ code: string }>(sql`select p as code from organization_search, unnest(province_codes) p group by p order by count(*) desc limit 1`);
    for (const q of ['foundation', samples[0]!.name_en.split(' ').slice(0, 2).join(' '), samples[1]!.rep ?? 'an']) {
      const expected = await reference(q, true, province!.code);
      expect(await lookUp(q, true, province!.code), q).toEqual(expected);
    }
  }, 60_000);

  it('corrects a typo at edit distance 1 (a letter missing, added, wrong or two swapped) and finds the NGO', async () => {
    const name = samples.map((s) => s.name_en).find((n) => n.split(' ').some((w) => w.length >= 7))!;
    const words = name.split(' ');
    const i = words.findIndex((w) => w.length >= 7);
    const w = words[i]!;
    const typos = [w.slice(0, 3) + w.slice(4), w.slice(0, 3) + 'x' + w.slice(3), w.slice(0, 3) + 'x' + w.slice(4), w.slice(0, 3) + w[4] + w[3] + w.slice(5)];
    const [target] = await rows<{ id: string }>(sql`select id from organization where name_en = ${name}`);
    for (const typo of typos) {
      const q = [...words.slice(0, i), typo, ...words.slice(i + 1)].join(' ');
      expect(await reference(q, true), `${q} matches nothing as typed`).toEqual([]);
      expect(await lookUp(q, true), q).toContain(target!.id);
    }
  }, 60_000);
});
