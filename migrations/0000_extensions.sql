-- Custom migration: extensions and text functions for Vietnamese search (runs on PostgreSQL 15 and PGlite).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be IMMUTABLE (usable in indexes and
-- generated columns). PostgreSQL's unaccent rules map đ→d and Đ→D.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- Diacritic- and case-insensitive normal form used by every search column: vn_norm('Đà Nẵng') = 'da nang'.
CREATE OR REPLACE FUNCTION vn_norm(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.f_unaccent($1)) $$;
