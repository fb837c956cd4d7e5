-- Custom migration (PostgreSQL 15 and PGlite): cheaper typo correction and a word-level check of what the
-- search box can match (docs/adr/0012-registry-search-at-scale.md, "Amendment: the word probe").
-- 1. search_word also keeps the digit-free pieces of words that hold digits ("16973/gdkvpda" → "/gdkvpda"),
--    marked piece = true: a query word that is part of a certificate number is then found by the probe, but
--    never offered as a correction (corrections are whole words only). A string can be both.
-- 2. search_word_variant holds every whole word once per one-letter deletion ("foundation" → "fundation", …): a
--    typo at edit distance 1 (a letter missing, added, wrong or two letters swapped) is corrected by equality
--    look-ups instead of a trigram similarity scan over all words (which cost 12–50 ms at 200,000 NGOs).
-- 3. organization_search.words: the distinct words of both search texts, with a GIN index. A query's whole
--    words (the middle words of any match, all words of a whole-word match) must all be in it, so the tiers
--    read their few candidates through this index (1–4 ms) instead of the trigram index of a long query
--    (10–35 ms: every trigram's posting list), and check the exact LIKE on those candidates only.
ALTER TABLE "search_word" ADD COLUMN "whole" boolean NOT NULL DEFAULT true;
--> statement-breakpoint
ALTER TABLE "search_word" ADD COLUMN "piece" boolean NOT NULL DEFAULT false;
--> statement-breakpoint
ALTER TABLE "organization_search" ADD COLUMN "words" text[] NOT NULL DEFAULT '{}'::text[];
--> statement-breakpoint
CREATE OR REPLACE VIEW "organization_search_source" AS
SELECT o.id AS organization_id,
	vn_norm(o.name_en) AS sort_name,
	vn_norm(o.name_en) AS key_en,
	vn_norm(o.name_original) AS key_original,
	coalesce(vn_norm(o.name_vi), '') AS key_vi,
	coalesce(vn_norm(o.abbreviation), '') AS key_abbreviation,
	' ' || o.search_text || ' ' AS search_text,
	' ' || o.people_text || ' ' AS people_text,
	o.country_code,
	c.id AS certificate_id,
	c.type,
	c.decision_status,
	c.valid_to,
	coalesce(c.valid_to, '9999-12-31'::date) AS sort_valid_to,
	c.legal_basis,
	c.office_city_code,
	coalesce((SELECT array_agg(DISTINCT a.province_code ORDER BY a.province_code) FROM certificate_area a WHERE a.certificate_id = c.id), '{}'::text[]) AS province_codes,
	coalesce((SELECT array_agg(f.field_code ORDER BY f.field_code) FROM certificate_field f WHERE f.certificate_id = c.id), '{}'::text[]) AS field_codes,
	array(SELECT DISTINCT w FROM regexp_split_to_table(btrim(o.search_text || ' ' || o.people_text), '\s+') AS w WHERE w <> '') AS words
FROM organization o LEFT JOIN certificate c ON c.id = o.current_certificate_id;
--> statement-breakpoint
CREATE TABLE "search_word_variant" (
	"variant" text NOT NULL,
	"word" text NOT NULL,
	PRIMARY KEY ("variant", "word")
);
--> statement-breakpoint
-- The distinct strings made by deleting one character of w (an array: IMMUTABLE, so the planner folds the
-- deletions of a query word into a constant and reads the variants through their primary key).
CREATE OR REPLACE FUNCTION search_word_deletions(w text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
	SELECT coalesce(array_agg(DISTINCT substr(w, 1, i - 1) || substr(w, i + 1)), '{}'::text[]) FROM generate_series(1, char_length(w)) AS i
$$;
--> statement-breakpoint
-- The probe's "a longer word starts / ends with it" look-ups, as index range scans.
CREATE INDEX "search_word_prefix_idx" ON "search_word" USING btree ("word" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "search_word_suffix_idx" ON "search_word" USING btree (reverse("word") text_pattern_ops);
--> statement-breakpoint
-- Adds the words (and pieces) of these organisations' search texts, and the variants of new whole words.
-- jit = off: planned generically (ids unknown), these statements look costly enough for PostgreSQL's JIT,
-- whose compilation took about 380 ms per registry write; they touch a few rows.
CREATE OR REPLACE FUNCTION add_search_words(ids uuid[]) RETURNS void LANGUAGE sql VOLATILE SET jit = off AS $$
	WITH token AS (
		SELECT regexp_split_to_table(btrim(s.search_text), '\s+') AS word, true AS in_names FROM organization_search s WHERE s.organization_id = ANY(ids)
		UNION ALL SELECT regexp_split_to_table(btrim(s.people_text), '\s+'), false FROM organization_search s WHERE s.organization_id = ANY(ids)
	), candidate AS (
		SELECT t.word, t.in_names, true AS whole, false AS piece FROM token t WHERE t.word <> '' AND t.word !~ '[0-9]'
		UNION ALL
		SELECT p.piece, t.in_names, false, true FROM token t, regexp_split_to_table(t.word, '[0-9]+') AS p(piece) WHERE t.word ~ '[0-9]' AND p.piece <> ''
	), added AS (
		INSERT INTO search_word (word, in_names, whole, piece)
		SELECT c.word, bool_or(c.in_names), bool_or(c.whole), bool_or(c.piece) FROM candidate c GROUP BY c.word
		ON CONFLICT (word) DO UPDATE SET in_names = search_word.in_names OR excluded.in_names, whole = search_word.whole OR excluded.whole,
			piece = search_word.piece OR excluded.piece
			WHERE (excluded.in_names AND NOT search_word.in_names) OR (excluded.whole AND NOT search_word.whole) OR (excluded.piece AND NOT search_word.piece)
		RETURNING search_word.word, search_word.whole
	)
	INSERT INTO search_word_variant (variant, word)
	SELECT DISTINCT v.variant, a.word FROM added a, unnest(search_word_deletions(a.word)) AS v(variant) WHERE a.whole AND char_length(a.word) BETWEEN 3 AND 40
	ON CONFLICT DO NOTHING;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_organization_search(ids uuid[]) RETURNS void LANGUAGE sql VOLATILE SET jit = off AS $$
	INSERT INTO organization_search SELECT * FROM organization_search_source WHERE organization_id = ANY(ids)
	ON CONFLICT (organization_id) DO UPDATE SET
		sort_name = excluded.sort_name, key_en = excluded.key_en, key_original = excluded.key_original, key_vi = excluded.key_vi,
		key_abbreviation = excluded.key_abbreviation, search_text = excluded.search_text, people_text = excluded.people_text,
		country_code = excluded.country_code, certificate_id = excluded.certificate_id, type = excluded.type,
		decision_status = excluded.decision_status, valid_to = excluded.valid_to, sort_valid_to = excluded.sort_valid_to,
		legal_basis = excluded.legal_basis, office_city_code = excluded.office_city_code,
		province_codes = excluded.province_codes, field_codes = excluded.field_codes, words = excluded.words;
	SELECT add_search_words(ids);
$$;
--> statement-breakpoint
INSERT INTO search_word_variant (variant, word)
SELECT DISTINCT v.variant, w.word FROM search_word w, unnest(search_word_deletions(w.word)) AS v(variant) WHERE w.whole AND char_length(w.word) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;
--> statement-breakpoint
SELECT add_search_words(array(SELECT organization_id FROM organization_search));
--> statement-breakpoint
UPDATE organization_search s SET words = v.words FROM organization_search_source v WHERE v.organization_id = s.organization_id;
--> statement-breakpoint
CREATE INDEX "organization_search_words_gin" ON "organization_search" USING gin ("words");
