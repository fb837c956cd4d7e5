import { sql, type SQL } from 'drizzle-orm';
import type { CertificateStatus, CertificateType } from '../../../common/registry';
import type { Executor } from '../../platform/db/client';
import type { RegistryScope } from './organizations.policy';
import { correctedPattern, nothingTyped, possibleTiers, probeWords, withCorrections, type WordFacts } from './search-words.repo';

// Every statement here reads `organization_search` (alias s): one narrow row per organisation with its current
// certificate's status, type, dates, provinces and fields and the folded search texts, rewritten in the
// transaction of every registry write (migration 0011, docs/adr/0012-registry-search-at-scale.md).

/** Facets counted beside the results (each counted over the filtered set without its own filter). */
export const FACETS = ['province', 'field', 'country', 'type', 'status'] as const;
export type FacetName = (typeof FACETS)[number];

/** Filters of the registry look-up. All filters apply to the organisation's current certificate. */
export interface SearchFilters {
  q?: string;
  province?: string;
  field?: string;
  country?: string;
  type?: CertificateType;
  status?: CertificateStatus;
  expiringWithinDays?: number;
  legacy?: boolean;
  /** Today in Vietnam (YYYY-MM-DD): the derived status and "expiring" depend on it. */
  today: string;
  scope: RegistryScope;
  /** Only organisations with a current certificate (the public register). */
  requireCertificate?: boolean;
  /** Also match representatives' names (internal look-up only; never for the public). */
  searchPeople?: boolean;
  /** Typo-tolerant matching (off for queries with digits: certificate 112 is not certificate 126). */
  fuzzy?: boolean;
  /** The words a match holds first and last (from the word probe), to read candidates through the words index. */
  edges?: { first: string[] | null; last: string[] | null };
  /** How the text is matched (default: as typed); set by resolveTextMatch. */
  match?: TextMatch;
}

/**
 * How the search box matches. `typed`: the folded query appears in the text (ranked in tiers). `corrected`:
 * nothing in scope holds the query as typed, so each unknown word is replaced by its nearest known words
 * (`pattern`, a regular expression over whole words; null when a word has no near word). `known` and `near`
 * are the same words as lists, for the words index.
 */
export type TextMatch = { kind: 'typed' } | { kind: 'corrected'; pattern: string | null; known: string[]; near: string[][] };

/** Sort orders of the look-up. */
export type SortOrder = 'relevance' | 'name' | 'valid_to';
/** Position after the last row of a page: the sort keys of that row. */
export type Keyset = { rank: number; name: string; id: string } | { name: string; id: string } | { validTo: string; id: string };

/** The derived certificate status in SQL: the same rule as domain/registry certificateStatus() (tested alike). */
export const statusSql = (today: string, alias = 'c') =>
  sql`(case when ${sql.raw(alias)}.decision_status <> 'in_force' then ${sql.raw(alias)}.decision_status when ${sql.raw(alias)}.valid_to < ${today}::date then 'expired' else 'valid' end)`;

/** SQL condition of a registry scope on the search row `s` (rows outside it are never fetched). */
export function scopeSql(scope: RegistryScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  return sql`(s.office_city_code = ${scope.provinceCode} or ${scope.provinceCode}::text = any(s.province_codes))`;
}

/**
 * The folded query. vn_norm is IMMUTABLE, so the planner folds it (and the patterns built from it) into
 * constants: LIKE 'q%' can use the name indexes and the trigram estimates see the real pattern.
 */
const folded = (f: SearchFilters) => sql`vn_norm(${f.q ?? ''}::text)`;

/** `s.words` holds every listed word (an array literal of the given SQL words), or true when there is none. */
const hasWords = (words: SQL[]) => (words.length ? sql`s.words @> array[${sql.join(words, sql`, `)}]::text[]` : sql`true`);

/**
 * The corrected query's condition: the regular expression of near words on the texts, read through the words
 * index (`s.words` holds every known word and one near word of each unknown word, migration 0016).
 */
function correctedSql(match: Extract<TextMatch, { kind: 'corrected' }>, people: boolean): SQL {
  if (match.pattern === null) return sql`false`;
  const known = hasWords(match.known.map((w) => sql`${w}::text`));
  const near = match.near.map((alternatives) => sql`s.words && array[${sql.join(alternatives.map((w) => sql`${w}::text`), sql`, `)}]::text[]`);
  return sql`(${sql.join([known, ...near], sql` and `)} and (s.search_text ~ ${match.pattern}${people ? sql` or s.people_text ~ ${match.pattern}` : sql``}))`;
}

/**
 * Text conditions of the search box (on `s`), from the strongest match to the weakest. A row holds the query
 * as whole words only if `s.words` holds all of its words, and inside its text only if it holds the middle
 * words (those between the first and the last) and one of the words ending with the first / starting with
 * the last (`edges`, from the word probe): these equivalent conditions let the planner read a long query's few
 * candidates through the words index rather than every trigram of it (docs/adr/0012).
 */
function textSql(f: SearchFilters) {
  const n = folded(f);
  const people = f.searchPeople === true;
  const count = (f.q ?? '').split(' ').filter(Boolean).length;
  // The i-th word of the folded query (folded into a constant at planning, like vn_norm itself).
  const word = (i: number) => sql`split_part(${n}, ' ', ${i}::int)`;
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_v, k) => word(from + k));
  // A query with a run of digits (a certificate number) is read through the trigrams of its longest run alone:
  // the rest ("/gđkhđ-bng") is in every number. The whole query is then checked on an expression no index
  // serves, so that the planner does not read every trigram of it as well.
  const digits = (f.q ?? '').match(/\d{3,}/g)?.reduce((a, b) => (b.length > a.length ? b : a));
  const containsText = digits
    ? sql`((s.search_text like ${`%${digits}%`}${people ? sql` or s.people_text like ${`%${digits}%`}` : sql``}) and ((s.search_text || '') like '%' || ${n} || '%'${people ? sql` or (s.people_text || '') like '%' || ${n} || '%'` : sql``}))`
    : sql`(s.search_text like '%' || ${n} || '%'${people ? sql` or s.people_text like '%' || ${n} || '%'` : sql``})`;
  const edge = (words: string[] | null | undefined) => (words ? [sql`s.words && array[${sql.join(words.map((w) => sql`${w}::text`), sql`, `)}]::text[]`] : []);
  const anchors = count >= 2 ? [hasWords(range(2, count - 1)), ...edge(f.edges?.first), ...edge(f.edges?.last)] : [];
  const contains = anchors.length ? sql`(${sql.join([...anchors, containsText], sql` and `)})` : containsText;
  return {
    exact: sql`(s.key_en = ${n} or s.key_original = ${n} or s.key_vi = ${n} or s.key_abbreviation = ${n})`,
    /** A name (or the abbreviation) starts with the query; includes `exact`. */
    prefix: sql`(s.key_en like ${n} || '%' or s.key_original like ${n} || '%' or s.key_vi like ${n} || '%' or s.key_abbreviation like ${n} || '%')`,
    contains,
    /** The texts are stored padded with spaces, so this reads the column's statistics and its trigram index. */
    wholeWords: sql`(${hasWords(range(1, count))} and (s.search_text like '% ' || ${n} || ' %'${people ? sql` or s.people_text like '% ' || ${n} || ' %'` : sql``}))`,
    /** Everything the search box matches: as typed, or (corrected) the regular expression of near words. */
    any: f.match?.kind === 'corrected' ? correctedSql(f.match, people) : contains,
  };
}

/** `statusSql(today) = status` on `s`; false for an NGO without a current certificate (it has no status). */
function statusIsSql(status: CertificateStatus, today: string): SQL {
  // sort_valid_to = valid_to where there is a certificate: the range lets the end-date order start at today.
  if (status === 'valid') return sql`(s.decision_status = 'in_force' and s.valid_to >= ${today}::date and s.sort_valid_to >= ${today}::date)`;
  if (status === 'expired') return sql`(s.decision_status = 'in_force' and s.valid_to < ${today}::date and s.sort_valid_to < ${today}::date)`;
  return sql`s.decision_status = ${status}`;
}

/** The conditions that are not facets: scope, the public register's rule, "expiring within", legacy. */
function baseSql(f: SearchFilters): SQL[] {
  const parts: SQL[] = [scopeSql(f.scope)];
  if (f.requireCertificate) parts.push(sql`s.certificate_id is not null`);
  if (f.expiringWithinDays !== undefined) {
    parts.push(
      sql`(s.decision_status = 'in_force' and s.sort_valid_to >= ${f.today}::date and s.sort_valid_to <= ${f.today}::date + ${f.expiringWithinDays}::int and s.valid_to is not null)`,
    );
  }
  if (f.legacy !== undefined) parts.push(f.legacy ? sql`s.legal_basis = '12/2012/NĐ-CP'` : sql`s.legal_basis = '58/2022/NĐ-CP'`);
  return parts;
}

/** The condition of each facet filter that is set (true when not set). */
export function facetFilterSql(f: SearchFilters): Record<FacetName, SQL> {
  return {
    // `@>` (not `= any`) so that the planner can also read these through their GIN indexes (migration 0015).
    province: f.province ? sql`s.province_codes @> array[${f.province}::text]` : sql`true`,
    field: f.field ? sql`s.field_codes @> array[${f.field}::text]` : sql`true`,
    country: f.country ? sql`s.country_code = ${f.country}` : sql`true`,
    type: f.type ? sql`s.type = ${f.type}` : sql`true`,
    status: f.status ? statusIsSql(f.status, f.today) : sql`true`,
  };
}

/** Base conditions, every facet filter that is set, and `extra`, joined by AND. */
function whereSql(f: SearchFilters, ...extra: SQL[]): SQL {
  const filters = facetFilterSql(f);
  return sql.join([...baseSql(f), ...FACETS.filter((k) => f[k] !== undefined).map((k) => filters[k]), ...extra], sql` and `);
}

/** Base conditions and the text condition, without facet filters (the counts' starting set). */
export function baseWhereSql(f: SearchFilters): SQL {
  return sql.join([...baseSql(f), ...(f.q ? [textSql(f).any] : [])], sql` and `);
}

/** One row of a result page: the id and the sort keys (for the next cursor). */
export interface SearchHit {
  id: string;
  rank: number;
  sortName: string;
  sortValidTo: string;
}

type HitRow = { id: string; rank: number; sort_name: string; sort_valid_to: string };
const toHits = (result: unknown): SearchHit[] =>
  (result as { rows: HitRow[] }).rows.map((r) => ({ id: r.id, rank: Number(r.rank), sortName: r.sort_name, sortValidTo: r.sort_valid_to }));

/**
 * Relevance tiers (rank = tier × 10⁷, ties in name order): 4 a name or the abbreviation is the query, 3 one
 * starts with it, 2 the query stands as whole words (names, numbers, representatives), 1 it appears inside a
 * word; 0 (only when nothing matches as typed) matches of the corrected query. Each tier is read on its own, in
 * name order, so the planner can walk the name index for a word that half the register contains instead of
 * ranking every match.
 */
const TIER = 10_000_000;

const columns = (rank: SQL) => sql`s.organization_id as id, ${rank} as rank, s.sort_name, s.sort_valid_to::text as sort_valid_to`;

type Tier = 4 | 3 | 2 | 1 | 0;

/** Rows of one tier (0 = corrected matches), in name order after the cursor, at most `limit`. */
async function selectTier(db: Executor, f: SearchFilters, tier: Tier, after: Keyset | null, limit: number, options: { walkOnly?: boolean; walk?: boolean } = {}): Promise<SearchHit[]> {
  const t = textSql(f);
  const condition = {
    4: t.exact,
    3: sql`${t.prefix} and not ${t.exact}`,
    2: sql`${t.wholeWords} and not ${t.prefix}`,
    1: sql`${t.contains} and not ${t.wholeWords} and not ${t.prefix}`,
    0: t.any,
  }[tier];
  const rank = tier * TIER;
  const keyset = after && 'rank' in after && after.rank === rank ? [sql`(s.sort_name, s.organization_id) > (${after.name}, ${after.id}::uuid)`] : [];
  if (tier !== 0 && tier !== 4 && options.walk !== false) {
    // Walk the name index for at most `searchTuning.walk` rows: where matches are spread (a common word), the page is there.
    const walked = toHits(
      await db.execute(sql`select w.id, ${rank}::int as rank, w.sort_name, w.sort_valid_to from (
          select s.organization_id as id, s.sort_name, s.sort_valid_to::text as sort_valid_to, (${whereSql(f, condition)}) as ok
          from organization_search s where ${keyset.length ? keyset[0]! : sql`true`} order by s.sort_name, s.organization_id limit ${searchTuning.walk}
        ) w where w.ok order by w.sort_name, w.id limit ${limit}`),
    );
    if (walked.length >= limit || options.walkOnly) return walked;
  }
  // Few matches, or matches bunched further on (names starting with the query): read them through the indexes
  // of the condition and sort them (the `|| ''` keeps the planner off walking the name index from its start).
  const result = await db.execute(sql`select ${columns(sql`${rank}::int`)} from organization_search s where ${whereSql(f, condition, ...keyset)}
    order by s.sort_name || '', s.organization_id limit ${limit}`);
  return toHits(result);
}

/**
 * Tiers 2 and 1 together (rank 2 before 1, each in name order): the walk of tier 2 first; when it falls short,
 * one statement reads every match of the query through the text indexes, ranks each row and sorts them —
 * one trigram index read instead of one per tier. Tier 1 rows are exactly as the tiers define them (the
 * query inside a word, not as whole words, not at the start of a name).
 */
async function selectWholeThenInside(db: Executor, f: SearchFilters, after: Keyset | null, limit: number, walk = true): Promise<SearchHit[]> {
  const walked = walk ? await selectTier(db, f, 2, after, limit, { walkOnly: true }) : [];
  if (walked.length >= limit) return walked;
  const t = textSql(f);
  const inTier2 = after && 'rank' in after && after.rank === 2 * TIER ? sql`(s.sort_name, s.organization_id) > (${after.name}, ${after.id}::uuid)` : sql`true`;
  const rank = sql`(case when ${t.wholeWords} then ${2 * TIER}::int else ${TIER}::int end)`;
  const result = await db.execute(sql`select ${columns(rank)} from organization_search s
    where ${whereSql(f, t.contains, sql`not ${t.prefix}`, sql`(not ${t.wholeWords} or ${inTier2})`)}
    order by 2 desc, s.sort_name || '', s.organization_id limit ${limit}`);
  return toHits(result);
}

/**
 * The first page by relevance: tier 4 through the name keys; one walk of the first `searchTuning.walk` rows in name order
 * ranks each of them at once (instead of one walk per tier); a tier whose walk holds enough rows takes them,
 * the others are read through their indexes (tiers 2 and 1 in one statement when neither walk suffices). A
 * query with a number is not walked: its matches are few.
 */
async function firstPage(db: Executor, f: SearchFilters, open: (tier: 4 | 3 | 2 | 1) => boolean, hits: SearchHit[], limit: number): Promise<void> {
  const walkedTiers = ([3, 2, 1] as const).filter(open);
  const walked = walkedTiers.length && !/\d{3,}/.test(f.q ?? '') ? await walkTiers(db, f, walkedTiers, limit + 1) : null;
  const from = (tier: 3 | 2 | 1) => walked?.get(tier * TIER) ?? [];
  for (const tier of [4, 3, 2, 1] as const) {
    if (!open(tier)) continue;
    const need = limit + 1 - hits.length;
    if (tier !== 4 && walked && from(tier).length >= need) {
      hits.push(...from(tier).slice(0, need));
      return;
    }
    if (tier === 2 && open(1) && from(1).length < need) {
      hits.push(...(await selectWholeThenInside(db, f, null, need, false)));
      return;
    }
    hits.push(...(await selectTier(db, f, tier, null, need, { walk: !walked })));
    if (hits.length > limit) return;
  }
}

/** The first `searchTuning.walk` rows in name order that match, by tier (rank), at most `limit` per tier. */
async function walkTiers(db: Executor, f: SearchFilters, tiers: readonly (3 | 2 | 1)[], limit: number): Promise<Map<number, SearchHit[]>> {
  const t = textSql(f);
  const tier = sql`(case when ${t.exact} then 4 when ${t.prefix} then 3 when ${t.wholeWords} then 2 when ${t.contains} then 1 end)`;
  const result = await db.execute(sql`select w.id, w.tier * ${TIER} as rank, w.sort_name, w.sort_valid_to from (
      select w0.*, row_number() over (partition by w0.tier order by w0.sort_name, w0.id) as nth from (
        select s.organization_id as id, s.sort_name, s.sort_valid_to::text as sort_valid_to, (${whereSql(f)}) as ok, ${tier} as tier
        from organization_search s order by s.sort_name, s.organization_id limit ${searchTuning.walk}) w0
      where w0.ok and w0.tier in (${sql.join(tiers.map((x) => sql`${x}::int`), sql`, `)})) w
    where w.nth <= ${limit} order by w.tier desc, w.sort_name, w.id`);
  const byRank = new Map<number, SearchHit[]>();
  for (const hit of toHits(result)) byRank.set(hit.rank, [...(byRank.get(hit.rank) ?? []), hit]);
  return byRank;
}

/**
 * Rows of the name index a tier walks before it reads its matches through the text indexes instead (tests
 * lower it so that a small register exercises both ways of reading a tier).
 */
export const searchTuning = { walk: 1000 };

/** By relevance: tier after tier until the page is full (`limit + 1` rows tell whether more follow). */
async function selectByRelevance(db: Executor, f: SearchFilters, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const rankAfter = after && 'rank' in after ? after.rank : Number.POSITIVE_INFINITY;
  // One statement over search_word first: which tiers can hold rows at all, and the correction if none can.
  const words = f.fuzzy === false ? null : await probeWords(db, f.q ?? '', wordScope(f));
  const tiers = words ? possibleTiers(words) : null;
  if (words && words.length > 1) f = { ...f, edges: { first: words[0]!.edgeWords, last: words[words.length - 1]!.edgeWords } };
  if (words && (rankAfter < TIER || nothingTyped(tiers!))) {
    const match = rankAfter < TIER ? await resolveTextMatch(db, f, words) : await corrected(db, f, words);
    return match.kind === 'corrected' ? selectTier(db, { ...f, match }, 0, rankAfter < TIER ? after : null, limit + 1) : [];
  }
  const hits: SearchHit[] = [];
  const open = (tier: 4 | 3 | 2 | 1) => rankAfter >= tier * TIER && (!tiers || tiers[tier]);
  if (!after) {
    await firstPage(db, f, open, hits, limit);
  } else {
    for (const tier of [4, 3, 2, 1] as const) {
      if (!open(tier)) continue;
      if (tier === 2 && open(1)) {
        // Whole words, then inside words: one read of the text indexes for both when the name walk falls short.
        hits.push(...(await selectWholeThenInside(db, f, after, limit + 1 - hits.length)));
        return hits;
      }
      hits.push(...(await selectTier(db, f, tier, after, limit + 1 - hits.length)));
      if (hits.length > limit) return hits;
    }
  }
  if (hits.length || after || !words) return hits;
  const hasFacetFilter = FACETS.some((k) => f[k] !== undefined);
  const match = hasFacetFilter ? await resolveTextMatch(db, f, words) : await corrected(db, f, words);
  return match.kind === 'corrected' ? selectTier(db, { ...f, match }, 0, null, limit + 1) : [];
}

const wordScope = (f: SearchFilters) => ({ inNamesOnly: f.searchPeople !== true });

/** The corrected query: each unknown word replaced by its near words (one statement over search_word). */
async function corrected(db: Executor, f: SearchFilters, words: readonly WordFacts[]): Promise<TextMatch> {
  if (words.every((w) => w.whole)) return { kind: 'corrected', pattern: null, known: [], near: [] };
  const facts = await withCorrections(db, words, wordScope(f));
  return { kind: 'corrected', pattern: correctedPattern(facts), known: facts.filter((w) => w.whole).map((w) => w.word), near: facts.flatMap((w) => (w.whole ? [] : [w.near ?? []])) };
}

/**
 * Typed when something in scope (the non-facet filters) holds the query as typed, otherwise corrected: a
 * facet therefore never switches the matching, so each facet count equals the rows its value lists. The word
 * probe (`words`, read here when not given) settles it without reading the register when no row can match.
 */
export async function resolveTextMatch(db: Executor, f: SearchFilters, words?: readonly WordFacts[]): Promise<TextMatch> {
  if (!f.q || f.fuzzy === false) return { kind: 'typed' };
  const facts = words ?? (await probeWords(db, f.q, wordScope(f)));
  if (nothingTyped(possibleTiers(facts))) return corrected(db, f, facts);
  const t = textSql({ ...f, match: undefined });
  const result = await db.execute(sql`select exists (select 1 from organization_search s where ${sql.join([...baseSql(f), t.contains], sql` and `)}) as ok`);
  return (result as unknown as { rows: { ok: boolean }[] }).rows[0]!.ok ? { kind: 'typed' } : corrected(db, f, facts);
}

/** By name or by end date (NGOs without a certificate last), read in the order of their index. */
async function selectOrdered(db: Executor, f: SearchFilters, sort: 'name' | 'valid_to', after: Keyset | null, limit: number): Promise<SearchHit[]> {
  const text = f.q ? [textSql({ ...f, match: await resolveTextMatch(db, f) }).any] : [];
  const keyset =
    sort === 'valid_to'
      ? after && 'validTo' in after
        ? [sql`(s.sort_valid_to, s.organization_id) > (${after.validTo}::date, ${after.id}::uuid)`]
        : []
      : after && 'name' in after
        ? [sql`(s.sort_name, s.organization_id) > (${after.name}, ${after.id}::uuid)`]
        : [];
  const order = sort === 'valid_to' ? sql`s.sort_valid_to, s.organization_id` : sql`s.sort_name, s.organization_id`;
  const result = await db.execute(sql`select ${columns(sql`0`)} from organization_search s where ${whereSql(f, ...text, ...keyset)} order by ${order} limit ${limit + 1}`);
  return toHits(result);
}

/** One page of matching organisation ids in the requested order, `limit + 1` rows to tell if more follow. */
export function selectSearchPage(db: Executor, f: SearchFilters, sort: SortOrder, after: Keyset | null, limit: number): Promise<SearchHit[]> {
  if (sort === 'relevance' && f.q) return selectByRelevance(db, f, after, limit);
  return selectOrdered(db, f, sort === 'valid_to' ? 'valid_to' : 'name', after, limit);
}

/** Rewrites the look-up rows of these organisations from the registry tables (inside the writing transaction). */
export async function refreshSearchRows(db: Executor, organizationIds: readonly string[]): Promise<void> {
  if (!organizationIds.length) return;
  await db.execute(sql`select refresh_organization_search(array(select jsonb_array_elements_text(${JSON.stringify(organizationIds)}::jsonb)::uuid))`);
}

/** True when organisation `id` exists and lies within `scope`. */
export async function isInScope(db: Executor, id: string, scope: RegistryScope, requireCertificate = false): Promise<boolean> {
  const result = await db.execute(
    sql`select 1 as ok from organization_search s where s.organization_id = ${id}::uuid and ${scopeSql(scope)} ${requireCertificate ? sql`and s.certificate_id is not null` : sql``} limit 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
