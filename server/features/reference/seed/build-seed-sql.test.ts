import { describe, expect, it } from 'vitest';
import { ORG_UNITS } from './agencies';
import { buildReferenceSeedSql, buildReferenceSeedStatements, sqlLiteral, STATEMENT_BREAKPOINT } from './build-seed-sql';
import { calendarSeedRows } from './calendar-days';
import { COUNTRIES } from './countries';
import { FIELDS } from './fields';

const statements = buildReferenceSeedStatements();
const sql = buildReferenceSeedSql();

/** Rows of the INSERT into `table`: lines of the VALUES list (one row per line by construction). */
function insertedRows(table: string): string[] {
  const statement = statements.find((s) => s.startsWith(`INSERT INTO "${table}" `));
  if (!statement) throw new Error(`no INSERT for ${table}`);
  return statement.split('\n').filter((line) => line.startsWith('  ('));
}

/** True when every quote in `text` pairs up: outside a literal `'` opens, inside `''` is an escaped quote. */
function quotesBalanced(text: string): boolean {
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (inside && text[i + 1] === "'") i++;
    else inside = !inside;
  }
  return !inside;
}

describe('sqlLiteral', () => {
  it.each([
    ["People's Aid", "'People''s Aid'"],
    ['Hà Nội', "'Hà Nội'"],
    [null, 'NULL'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [34, '34'],
  ] as const)('renders %j as %s', (value, expected) => {
    expect(sqlLiteral(value)).toBe(expected);
  });

  it('refuses NaN', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow();
  });
});

describe('buildReferenceSeedSql', () => {
  it.each([
    ['province', 34],
    ['legacy_province', 63],
    ['field', FIELDS.length],
    ['country', COUNTRIES.length],
    ['org_unit', ORG_UNITS.length],
    ['calendar_day', calendarSeedRows().length],
  ])('inserts into %s %i rows', (table, count) => {
    expect(insertedRows(table)).toHaveLength(count);
  });

  it('seeds 249 countries, 16 fields, 34 provincial focal units', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(FIELDS).toHaveLength(16);
    expect(ORG_UNITS.filter((u) => u.kind === 'province')).toHaveLength(34);
  });

  it('ends every statement with ; and separates them with the drizzle breakpoint line', () => {
    const parts = sql.split(`\n${STATEMENT_BREAKPOINT}\n`);
    expect(parts).toHaveLength(statements.length);
    for (const part of parts) expect(part.trimEnd().endsWith(';')).toBe(true);
    expect(sql.endsWith(';\n')).toBe(true);
  });

  it('has balanced quotes in every statement', () => {
    for (const statement of statements) expect(quotesBalanced(statement), statement.slice(0, 60)).toBe(true);
  });

  it("doubles the apostrophe of every name that contains one (People's Committee, Côte d'Ivoire)", () => {
    const names = [...ORG_UNITS.map((u) => u.nameEn), ...COUNTRIES.map((c) => c.nameEn)].filter((n) => n.includes("'"));
    expect(names).toContain("People's Aid Coordinating Committee");
    expect(names).toContain("Côte d'Ivoire");
    for (const name of names) expect(sql).toContain(`'${name.replace(/'/g, "''")}'`);
  });

  it('links parents and successors by code after inserting the org units', () => {
    const insertAt = statements.findIndex((s) => s.startsWith('INSERT INTO "org_unit"'));
    const comingo = statements.findIndex((s) => s.includes('SET "parent_id"') && s.endsWith(`WHERE "code" = 'COMINGO';`));
    const mpi = statements.findIndex((s) => s.includes('SET "successor_id"') && s.endsWith(`WHERE "code" = 'MPI';`));
    expect(comingo).toBeGreaterThan(insertAt);
    expect(mpi).toBeGreaterThan(insertAt);
    expect(statements[mpi]).toContain(`"target"."code" = 'MOF'`);
  });

  it('inserts provinces before the tables that reference them', () => {
    const order = statements.filter((s) => s.startsWith('INSERT')).map((s) => /INSERT INTO "(\w+)"/.exec(s)?.[1]);
    expect(order).toEqual(['province', 'legacy_province', 'field', 'country', 'org_unit', 'calendar_day']);
  });

  it('is deterministic', () => {
    expect(buildReferenceSeedSql()).toBe(sql);
  });

  it('writes the 2025 make-up Saturday as a working day', () => {
    expect(sql).toContain("('2025-04-26', TRUE, 'make_up_working_day'");
  });
});
