import { asc, eq, isNull, and, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { orgUnit, type OrgUnitKind } from './units.tables';

export type UnitRow = typeof orgUnit.$inferSelect;

export async function selectUnitById(db: Executor, id: string): Promise<UnitRow | null> {
  const rows = await db.select().from(orgUnit).where(eq(orgUnit.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function selectUnitByCode(db: Executor, code: string): Promise<UnitRow | null> {
  const rows = await db.select().from(orgUnit).where(eq(orgUnit.code, code)).limit(1);
  return rows[0] ?? null;
}

/** Units, optionally of one kind; `activeOnly` hides units merged away (activeTo set). */
export async function selectUnits(db: Executor, filter: { kind?: OrgUnitKind; activeOnly?: boolean }): Promise<UnitRow[]> {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(orgUnit.kind, filter.kind));
  if (filter.activeOnly) where.push(isNull(orgUnit.activeTo));
  return db
    .select()
    .from(orgUnit)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(orgUnit.kind), asc(orgUnit.code));
}

export async function insertUnit(db: Executor, values: typeof orgUnit.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(orgUnit).values(values).returning();
  return row!;
}
