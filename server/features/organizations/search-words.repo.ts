import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';

// The word probe of the registry look-up (docs/adr/0012-registry-search-at-scale.md, "Amendment: the word
// probe"). One statement over `search_word` (every word of the search texts, and the digit-free pieces of words
// holding digits, migration 0016) tells, for each word of the query, whether it is a known word, whether it can
// end or start a longer word, and — when it is unknown — its nearest known words. From these facts the look-up
// skips the relevance tiers that cannot match and, when nothing can match as typed, corrects the query at once
// instead of first reading the register for it.

/** What `search_word` tells about one word of the folded query. */
export interface WordFacts {
  word: string;
  /** The word is a whole word of some search text. */
  whole: boolean;
  /** Some longer word (or a digit-free piece of a number) ends with it. */
  endsLonger: boolean;
  /** Some longer word (or a piece) starts with it. */
  startsLonger: boolean;
  /**
   * Several words: for the first word, the words that end with it; for the last, those that start with it (the
   * words a match holds at that place, for the words index); null when more than 50, when a number holds it,
   * and for other words.
   */
  edgeWords: string[] | null;
  /** Its nearest known whole words (edit distance 1, else trigram similarity), at most five; null when known
   *  or not looked up (withCorrections). */
  near: string[] | null;
}

/** Relevance tiers (4 exact … 1 inside a word) that can hold rows, given the facts of every query word. */
export interface PossibleTiers {
  4: boolean;
  3: boolean;
  2: boolean;
  1: boolean;
}

/**
 * Which typed tiers can match. A row holds the query "w1 … wn" inside its text only if w2 … wn-1 are whole words,
 * w1 is a whole word or ends a longer one and wn is a whole word or starts a longer one (one word: it is a word
 * or lies inside one). Whole words: every word is whole. A name equal to the query or starting with it: every
 * word but the last is whole. Inside a word: the first word ends a longer word or the last starts one. Pure;
 * only ever rules a tier out when no row can be in it (the probe's facts are necessary conditions).
 */
export function possibleTiers(words: readonly WordFacts[]): PossibleTiers {
  if (!words.length) return { 4: false, 3: false, 2: false, 1: false };
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1) {
    // Whether one word lies inside a longer one is not looked up (only a trigram scan could tell): tier 1 stays open.
    return { 4: first.whole, 3: first.whole || first.startsLonger, 2: first.whole, 1: true };
  }
  const middleWhole = words.slice(1, -1).every((w) => w.whole);
  const allButLastWhole = middleWhole && first.whole;
  const allWhole = allButLastWhole && last.whole;
  return {
    4: allWhole,
    3: allButLastWhole && (last.whole || last.startsLonger),
    2: allWhole,
    1: middleWhole && (first.whole || first.endsLonger) && (last.whole || last.startsLonger) && (first.endsLonger || last.startsLonger),
  };
}

/** True when no row can hold the query as typed, so the look-up goes straight to the corrected query. */
export const nothingTyped = (tiers: PossibleTiers) => !tiers[4] && !tiers[3] && !tiers[2] && !tiers[1];

/** The regular expression of the corrected query (each unknown word → its near words), or null when none. */
export function correctedPattern(words: readonly WordFacts[]): string | null {
  if (!words.length || words.every((w) => w.whole) || words.some((w) => !w.whole && !w.near?.length)) return null;
  const escape = (word: string) => word.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  return ` ${words.map((w) => (w.whole ? escape(w.word) : `(${w.near!.map(escape).join('|')})`)).join(' ')} `;
}

/**
 * The facts of each word of `q` (already cleaned: single spaces, no LIKE wildcards), in one small statement.
 * Each word is `split_part(vn_norm(q), ' ', i)`: vn_norm is IMMUTABLE, so the planner folds the words and
 * patterns into constants and reads `search_word` through its indexes (primary key; prefix and reversed-word
 * indexes of migration 0016). Whether a one-word query lies inside a longer word is not looked up (only a
 * trigram scan could tell, which costs what the tier it would skip costs): it counts as possible.
 * `inNamesOnly` keeps the public register to words of names, abbreviations and numbers. Words are not
 * corrected here (see withCorrections).
 */
export async function probeWords(db: Executor, q: string, options: { inNamesOnly: boolean }): Promise<WordFacts[]> {
  const count = q.split(' ').filter(Boolean).length;
  if (!count) return [];
  const scope = options.inNamesOnly ? sql`d.in_names` : sql`true`;
  const word = (i: number) => sql`split_part(vn_norm(${q}::text), ' ', ${i}::int)`;
  const words = sql`array[${sql.join(Array.from({ length: count }, (_v, i) => word(i + 1)), sql`, `)}]::text[]`;
  // Up to EDGE_LIMIT + 1 words (and pieces) that end with the first word / start with the last, by index range.
  const edge = (condition: SQL) =>
    sql`(select coalesce(json_agg(json_build_array(e.word, e.piece)), '[]'::json) from (
      select d.word, d.piece from search_word d where ${condition} and ${scope} order by d.word limit ${EDGE_LIMIT + 1}) e)`;
  const first = word(1);
  const last = word(count);
  const result = await db.execute(sql`select ${words} as words,
      array(select d.word from search_word d where d.word = any(${words}) and d.whole and ${scope}) as whole,
      ${count > 1 ? edge(sql`reverse(d.word) like reverse(${first}) || '%'`) : sql`'[]'::json`} as first_edge,
      ${edge(sql`d.word like ${last} || '%'`)} as last_edge`);
  type Edge = [string, boolean][];
  const row = (result as unknown as { rows: { words: string[]; whole: string[]; first_edge: Edge; last_edge: Edge }[] }).rows[0]!;
  const whole = new Set(row.whole);
  const longer = (w: string, edge: Edge) => edge.some(([e, piece]) => e !== w || piece);
  // The words a match can hold at that place, when they are few and none is a piece of a number.
  const edgeWords = (edge: Edge) => (edge.length <= EDGE_LIMIT && edge.every(([, piece]) => !piece) ? edge.map(([e]) => e) : null);
  return row.words.map((w, i) => ({
    word: w,
    whole: whole.has(w),
    endsLonger: i === 0 && count > 1 && longer(w, row.first_edge),
    startsLonger: i === count - 1 && longer(w, row.last_edge),
    edgeWords: count > 1 && i === 0 ? edgeWords(row.first_edge) : count > 1 && i === count - 1 ? edgeWords(row.last_edge) : null,
    near: null,
  }));
}

/** At most this many words stand for the first or last word of a query in the words index (else no anchor). */
const EDGE_LIMIT = 50;

/**
 * The facts with `near` filled for every word that is not a known whole word: its five nearest whole words,
 * first those at edit distance 1 — a letter too many (the word minus a letter is a word), missing (the word is a
 * variant of a word), wrong or two letters swapped (the word minus a letter is a variant of a word) — by trigram
 * similarity; only when there is none, the trigram-similar words (`%`, a slower scan). One statement.
 */
export async function withCorrections(db: Executor, words: readonly WordFacts[], options: { inNamesOnly: boolean }): Promise<WordFacts[]> {
  const unknown = words.filter((w) => !w.whole);
  if (!unknown.length) return [...words];
  const scope = options.inNamesOnly ? sql`d.in_names` : sql`true`;
  const rows = unknown.map((u, i) => {
    const w = sql`${u.word}::text`;
    const deletions = sql`search_word_deletions(${w})`;
    return sql`select ${i}::int as i, coalesce(
      nullif(array(select c.word from (
          select d.word from search_word d where d.word = any(${deletions})
          union select v.word from search_word_variant v where v.variant = ${w}
          union select v.word from search_word_variant v where v.variant = any(${deletions})
        ) c join search_word d on d.word = c.word and d.whole and ${scope}
        order by similarity(c.word, ${w}) desc, c.word limit 5), '{}'::text[]),
      array(select d.word from search_word d where d.word % ${w} and d.whole and ${scope} order by similarity(d.word, ${w}) desc, d.word limit 5)) as near`;
  });
  const result = await db.execute(sql.join(rows, sql` union all `));
  const near = new Map((result as unknown as { rows: { i: number; near: string[] }[] }).rows.map((r) => [unknown[r.i]!, r.near]));
  return words.map((w) => (near.has(w) ? { ...w, near: near.get(w)! } : w));
}
