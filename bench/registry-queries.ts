// The query mix of the registry search benchmark, drawn from the synthetic register itself: what MOFA officers
// type (names in every language, with and without diacritics, typos, abbreviations, certificate numbers,
// representatives), the filters they click, both sort orders, and deep keyset pages.
import { sql } from 'drizzle-orm';
import { foldVietnamese } from '../common/text';
import type { Db } from '../server/platform/db/client';

/** One request of the mix: its query string parameters and its class (for the per-class summary). */
export interface BenchQuery {
  label: string;
  kind: 'name' | 'identifier' | 'person' | 'broad text' | 'filters' | 'filters + text' | 'deep page';
  params: Record<string, string>;
}

type Sample = { name_en: string; name_vi: string | null; name_original: string; abbreviation: string | null; number: string | null; old_number: string | null; rep: string | null; rep_nationality: string | null; country_code: string };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const cursor = (s: string, k: Record<string, unknown>) => Buffer.from(JSON.stringify({ s, k })).toString('base64url');

/** Drops one letter from the middle of the longest word ("Conservation" → "Consrvation"). */
function typo(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const w = words[longest]!;
  words[longest] = w.slice(0, Math.floor(w.length / 2)) + w.slice(Math.floor(w.length / 2) + 1);
  return words.join(' ');
}

/** Synthetic NGOs spread over the register (every n-th registry code), with their current certificate and representative. */
async function samples(db: Db, count: number): Promise<Sample[]> {
  const step = Math.max(1, Math.floor(count / 97));
  const codes = Array.from({ length: 90 }, (_v, i) => `SYN-${String(1 + ((i * step) % count)).padStart(6, '0')}`);
  return rowsOf<Sample>(
    await db.execute(sql`select o.name_en, o.name_vi, o.name_original, o.abbreviation, o.country_code, c.number, p.full_name as rep, p.nationality as rep_nationality,
        (select min(x.number) from certificate x where x.organization_id = o.id and x.id <> o.current_certificate_id) as old_number
      from organization o left join certificate c on c.id = o.current_certificate_id left join person p on p.id = c.representative_person_id
      where o.registry_code in (select jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb)) order by o.registry_code`),
  );
}

/** The mix (about 30 requests); `count` is the number of synthetic NGOs in the database. */
export async function buildQueryMix(db: Db, count: number): Promise<BenchQuery[]> {
  const all = await samples(db, count);
  const pick = (test: (s: Sample) => boolean, nth = 0): Sample => all.filter(test)[nth] ?? all[nth]!;
  const q = (label: string, kind: BenchQuery['kind'], params: Record<string, string>): BenchQuery => ({ label, kind, params });
  const latin = (s: Sample) => /^[\p{Script=Latin}\s'’.,&()-]+$/u.test(s.name_original);
  const english = pick((s) => s.name_en === s.name_original && s.name_en.split(' ').length >= 4);
  const german = pick((s) => / für /.test(s.name_original) || / pour /.test(s.name_original));
  const cjk = pick((s) => !latin(s));
  const withVi = pick((s) => s.name_vi !== null, 3);
  const withVi2 = pick((s) => s.name_vi !== null, 7);
  const partial = pick((s) => s.name_en.split(' ').length >= 4, 5);
  const viRep = pick((s) => s.rep_nationality === 'VN');
  const foreignRep = pick((s) => s.rep !== null && s.rep_nationality !== 'VN', 2);
  const numbered = pick((s) => s.number !== null, 11);
  const older = pick((s) => s.old_number !== null, 4);
  const abbreviated = pick((s) => (s.abbreviation?.length ?? 0) >= 4, 6);
  const [deepName] = rowsOf<{ name: string; id: string }>(await db.execute(sql`select vn_norm(name_en) as name, id from organization order by vn_norm(name_en), id offset ${Math.floor(count / 10)} limit 1`));
  const [deepDate] = rowsOf<{ valid_to: string; id: string }>(
    await db.execute(sql`select c.valid_to::text as valid_to, o.id from certificate c join organization o on o.current_certificate_id = c.id order by c.valid_to, o.id offset ${Math.floor(count / 4)} limit 1`),
  );
  return [
    q('English name, as written', 'name', { q: english.name_en }),
    q('English name, three words, lower case', 'name', { q: partial.name_en.toLowerCase().split(' ').slice(1, 4).join(' ') }),
    q('Vietnamese name with diacritics', 'name', { q: withVi.name_vi! }),
    q('Vietnamese name without diacritics', 'name', { q: foldVietnamese(withVi2.name_vi!) }),
    q('German / French original name', 'name', { q: german.name_original }),
    q('Japanese / Korean original name', 'name', { q: cjk.name_original }),
    q('English name with a typo', 'name', { q: typo(english.name_en) }),
    q('Vietnamese name, no diacritics, with a typo', 'name', { q: typo(foldVietnamese(withVi.name_vi!)) }),
    q('abbreviation', 'identifier', { q: abbreviated.abbreviation! }),
    q('certificate number', 'identifier', { q: numbered.number! }),
    q('earlier certificate number, lower case, no diacritics', 'identifier', { q: foldVietnamese(older.old_number!) }),
    q('Vietnamese representative, no diacritics', 'person', { q: foldVietnamese(viRep.rep!) }),
    q('foreign representative', 'person', { q: foreignRep.rep! }),
    q('one common word: "foundation"', 'broad text', { q: 'foundation' }),
    q('one common word: "quỹ"', 'broad text', { q: 'quỹ' }),
    q('no filter, by name (landing page)', 'filters', {}),
    q('no filter, by end date', 'filters', { sort: 'valid_to' }),
    q('province Huế (46)', 'filters', { province: '46' }),
    q('field health', 'filters', { field: 'health' }),
    q('status suspended', 'filters', { status: 'suspended' }),
    q('province Hà Nội + field education', 'filters', { province: '01', field: 'education' }),
    q('country Japan + representative offices', 'filters', { country: 'JP', type: 'rep_office' }),
    q('legacy (Decree 12/2012) certificates', 'filters', { legacy: 'true' }),
    q('expiring within 90 days, by end date', 'filters', { expiringWithinDays: '90', sort: 'valid_to' }),
    q('valid, by end date', 'filters', { status: 'valid', sort: 'valid_to' }),
    q('representative family name + status valid', 'filters + text', { q: foreignRep.rep!.split(' ')[foreignRep.rep!.split(' ').length - 1]!, status: 'valid' }),
    q('"clean water" + province Cần Thơ', 'filters + text', { q: 'clean water', province: '92' }),
    q(`by name, page ${Math.floor(count / 200)} (keyset)`, 'deep page', { sort: 'name', cursor: cursor('name', { name: deepName!.name, id: deepName!.id }) }),
    q(`by end date, row ${Math.floor(count / 4)} (keyset)`, 'deep page', { sort: 'valid_to', cursor: cursor('valid_to', { validTo: deepDate!.valid_to, id: deepDate!.id }) }),
  ];
}
