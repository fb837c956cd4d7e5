-- Custom migration: the registry look-up's own table, one row per organisation (runs on PostgreSQL 15 and PGlite).
-- Everything the look-up filters, sorts, ranks and counts on, denormalised from organization + its current
-- certificate (+ areas and fields), so that a page is read from one narrow table and its indexes
-- (docs/adr/0012-registry-search-at-scale.md). Rows are rewritten by refresh_organization_search(ids) in the
-- transaction of every registry write (refreshDerivedColumns) and of every synthetic batch.
CREATE TABLE "organization_search" (
	"organization_id" uuid PRIMARY KEY NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE,
	"sort_name" text NOT NULL,
	"key_en" text NOT NULL,
	"key_original" text NOT NULL,
	"key_vi" text NOT NULL,
	"key_abbreviation" text NOT NULL,
	"search_text" text NOT NULL,
	"people_text" text NOT NULL,
	"country_code" text NOT NULL,
	"certificate_id" uuid,
	"type" text,
	"decision_status" text,
	"valid_to" date,
	"sort_valid_to" date NOT NULL,
	"legal_basis" text,
	"office_city_code" text,
	"province_codes" text[] NOT NULL,
	"field_codes" text[] NOT NULL
);
--> statement-breakpoint
-- What a row holds, computed from the registry tables (the single definition used by the refresh and the backfill).
-- A missing name is '', never NULL, so that NOT (… LIKE …) conditions stay true or false.
-- The search texts are padded with a space at both ends, so "the query as whole words" is LIKE '% q %' on the
-- column itself: the planner then estimates it from the column's statistics (and the trigram index serves it).
CREATE VIEW "organization_search_source" AS
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
	coalesce((SELECT array_agg(f.field_code ORDER BY f.field_code) FROM certificate_field f WHERE f.certificate_id = c.id), '{}'::text[]) AS field_codes
FROM organization o LEFT JOIN certificate c ON c.id = o.current_certificate_id;
--> statement-breakpoint
-- Every word of the search texts (without digits: typo tolerance is off for numbers), for typo correction: a
-- query that matches nothing as typed is searched again with each unknown word replaced by its nearest words.
-- `in_names` = the word occurs in a name / abbreviation (the public register corrects towards those only).
-- Words are added, never removed (a stale word only costs a correction that finds nothing).
CREATE TABLE "search_word" (
	"word" text PRIMARY KEY NOT NULL,
	"in_names" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- Rewrites the look-up rows of the given organisations (called inside the writing transaction).
CREATE OR REPLACE FUNCTION refresh_organization_search(ids uuid[]) RETURNS void LANGUAGE sql VOLATILE AS $$
	INSERT INTO organization_search SELECT * FROM organization_search_source WHERE organization_id = ANY(ids)
	ON CONFLICT (organization_id) DO UPDATE SET
		sort_name = excluded.sort_name, key_en = excluded.key_en, key_original = excluded.key_original, key_vi = excluded.key_vi,
		key_abbreviation = excluded.key_abbreviation, search_text = excluded.search_text, people_text = excluded.people_text,
		country_code = excluded.country_code, certificate_id = excluded.certificate_id, type = excluded.type,
		decision_status = excluded.decision_status, valid_to = excluded.valid_to, sort_valid_to = excluded.sort_valid_to,
		legal_basis = excluded.legal_basis, office_city_code = excluded.office_city_code,
		province_codes = excluded.province_codes, field_codes = excluded.field_codes;
	INSERT INTO search_word (word, in_names)
	SELECT w.word, bool_or(w.in_names) FROM (
		SELECT regexp_split_to_table(btrim(s.search_text), '\s+') AS word, true AS in_names FROM organization_search s WHERE s.organization_id = ANY(ids)
		UNION ALL SELECT regexp_split_to_table(btrim(s.people_text), '\s+'), false FROM organization_search s WHERE s.organization_id = ANY(ids)
	) w WHERE w.word <> '' AND w.word !~ '[0-9]' GROUP BY w.word
	ON CONFLICT (word) DO UPDATE SET in_names = true WHERE excluded.in_names AND NOT search_word.in_names;
$$;
--> statement-breakpoint
INSERT INTO organization_search SELECT * FROM organization_search_source;
--> statement-breakpoint
INSERT INTO search_word (word, in_names)
SELECT w.word, bool_or(w.in_names) FROM (
	SELECT regexp_split_to_table(btrim(s.search_text), '\s+') AS word, true AS in_names FROM organization_search s
	UNION ALL SELECT regexp_split_to_table(btrim(s.people_text), '\s+'), false FROM organization_search s
) w WHERE w.word <> '' AND w.word !~ '[0-9]' GROUP BY w.word;
--> statement-breakpoint
-- Name and end-date order (and keyset pages) walk these; so do broad words, filtering as they go.
CREATE INDEX "organization_search_sort_name_idx" ON "organization_search" USING btree ("sort_name", "organization_id");
--> statement-breakpoint
CREATE INDEX "organization_search_valid_to_idx" ON "organization_search" USING btree ("sort_valid_to", "organization_id");
--> statement-breakpoint
-- Contains / typo matching of names, abbreviation, certificate numbers and representatives.
CREATE INDEX "organization_search_text_trgm_idx" ON "organization_search" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "organization_search_people_trgm_idx" ON "organization_search" USING gin ("people_text" gin_trgm_ops);
--> statement-breakpoint
-- Exact and prefix matches of each name (the top relevance tiers) by equality / LIKE 'q%'.
CREATE INDEX "organization_search_key_en_idx" ON "organization_search" USING btree ("key_en" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "organization_search_key_original_idx" ON "organization_search" USING btree ("key_original" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "organization_search_key_vi_idx" ON "organization_search" USING btree ("key_vi" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "organization_search_key_abbreviation_idx" ON "organization_search" USING btree ("key_abbreviation" text_pattern_ops);
