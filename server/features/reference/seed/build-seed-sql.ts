/**
 * Renders the reference seed (provinces, legacy provinces, fields, countries, org units, calendar days) as plain
 * SQL for a drizzle custom migration: one statement per table (plus one UPDATE per parent/successor link), each
 * ending in `;` and separated by `--> statement-breakpoint`. Valid on PostgreSQL 15 and PGlite (PostgreSQL 18);
 * `ON CONFLICT DO NOTHING` keeps rows an administrator already edited. Output is deterministic.
 */
import { assertOrgUnitReferences, ORG_UNITS } from './agencies';
import { calendarSeedRows } from './calendar-days';
import { COUNTRIES } from './countries';
import { FIELDS } from './fields';
import { LEGACY_PROVINCES } from './legacy-provinces';
import { PROVINCES } from './provinces';

/** The line drizzle's migrator splits statements on. */
export const STATEMENT_BREAKPOINT = '--> statement-breakpoint';

type SqlValue = string | number | boolean | null;

/**
 * Renders a value as a SQL literal: strings single-quoted with `'` doubled, numbers and booleans bare, null as NULL.
 * @throws Error for a non-finite number.
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot render ${value} as SQL`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

function insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], conflictColumn: string): string {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES`;
  const values = rows.map((row) => `  (${row.map(sqlLiteral).join(', ')})`).join(',\n');
  return `${head}\n${values}\nON CONFLICT ("${conflictColumn}") DO NOTHING;`;
}

function linkUpdates(column: 'parent_id' | 'successor_id', links: readonly (readonly [code: string, target: string])[]): string[] {
  return links.map(
    ([code, target]) =>
      `UPDATE "org_unit" SET "${column}" = (SELECT "id" FROM "org_unit" AS "target" WHERE "target"."code" = ${sqlLiteral(target)}) WHERE "code" = ${sqlLiteral(code)};`,
  );
}

/** Builds every seed statement in dependency order (provinces before the rows that reference them). */
export function buildReferenceSeedStatements(): string[] {
  assertOrgUnitReferences();
  return [
    insert('province', ['code', 'name_vi', 'name_en', 'kind', 'sort_order'],
      PROVINCES.map((p) => [p.code, p.nameVi, p.nameEn, p.kind, p.sortOrder]), 'code'),
    insert('legacy_province', ['code', 'name_vi', 'name_en', 'kind', 'successor_code', 'valid_to'],
      LEGACY_PROVINCES.map((p) => [p.code, p.nameVi, p.nameEn, p.kind, p.successorCode, p.validTo]), 'code'),
    insert('field', ['code', 'name_vi', 'name_en', 'sort_order', 'active'],
      FIELDS.map((f) => [f.code, f.nameVi, f.nameEn, f.sortOrder, f.active]), 'code'),
    insert('country', ['code', 'alpha3', 'name_vi', 'name_en'],
      COUNTRIES.map((c) => [c.code, c.alpha3, c.nameVi, c.nameEn]), 'code'),
    insert('org_unit', ['code', 'kind', 'name_vi', 'name_en', 'abbreviation', 'province_code', 'active_from', 'active_to', 'note'],
      ORG_UNITS.map((u) => [u.code, u.kind, u.nameVi, u.nameEn, u.abbreviation, u.provinceCode, u.activeFrom, u.activeTo, u.note]), 'code'),
    ...linkUpdates('parent_id', ORG_UNITS.flatMap((u) => (u.parentCode ? [[u.code, u.parentCode] as const] : []))),
    ...linkUpdates('successor_id', ORG_UNITS.flatMap((u) => (u.successorCode ? [[u.code, u.successorCode] as const] : []))),
    insert('calendar_day', ['day', 'is_working_day', 'kind', 'name_vi', 'name_en', 'source', 'note'],
      calendarSeedRows().map((r) => [r.day, r.isWorkingDay, r.kind, r.nameVi, r.nameEn, r.source, r.note]), 'day'),
  ];
}

/** The whole reference seed as drizzle-migration SQL (statements joined by `--> statement-breakpoint`). */
export function buildReferenceSeedSql(): string {
  return `${buildReferenceSeedStatements().join(`\n${STATEMENT_BREAKPOINT}\n`)}\n`;
}
