import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { orgUnit } from '../units/units.tables';
import { actionTask, actionTaskUpdate, type TaskStatus } from './reporting.tables';

export type ActionTaskRow = typeof actionTask.$inferSelect;
export type ActionTaskUpdateRow = typeof actionTaskUpdate.$inferSelect;
export type ActionTaskInsert = typeof actionTask.$inferInsert;

/** Unit ids by code (for seeds that name units by code). */
export async function selectUnitIdsByCode(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.select({ id: orgUnit.id, code: orgUnit.code }).from(orgUnit).where(inArray(orgUnit.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Inserts or updates tasks by (program_code, code); never touches their updates. */
export async function upsertTasks(db: Executor, rows: readonly ActionTaskInsert[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(actionTask)
    .values([...rows])
    .onConflictDoUpdate({
      target: [actionTask.programCode, actionTask.code],
      set: {
        groupNo: sql`excluded.group_no`,
        groupTitleVi: sql`excluded.group_title_vi`,
        groupTitleEn: sql`excluded.group_title_en`,
        titleVi: sql`excluded.title_vi`,
        titleEn: sql`excluded.title_en`,
        leadUnitId: sql`excluded.lead_unit_id`,
        leadScope: sql`excluded.lead_scope`,
        coordinatingUnitIds: sql`excluded.coordinating_unit_ids`,
        expectedOutputVi: sql`excluded.expected_output_vi`,
        expectedOutputEn: sql`excluded.expected_output_en`,
        deadlineOn: sql`excluded.deadline_on`,
        deadlineText: sql`excluded.deadline_text`,
        ownerUnitId: sql`excluded.owner_unit_id`,
      },
    });
}

export async function insertTask(db: Executor, row: ActionTaskInsert): Promise<ActionTaskRow> {
  const [created] = await db.insert(actionTask).values(row).returning();
  return created!;
}

export async function selectTask(db: Executor, id: string): Promise<ActionTaskRow | null> {
  const [row] = await db.select().from(actionTask).where(eq(actionTask.id, id));
  return row ?? null;
}

/** Who is looking, for SQL scoping: MOFA sees every program; others the national ones and their province's. */
export interface TaskScope {
  seeAll: boolean;
  unitId: string | null;
  unitKind: string | null;
  provinceCode: string | null;
}

export interface TaskFilter {
  programCode?: string;
  groupNo?: number;
  /** Only tasks the scope's unit is responsible for. */
  mine?: boolean;
}

/** SQL: the unit is responsible (lead, coordinating, owner, or covered by the lead scope). */
export function responsibleSql(unitId: string, unitKind: string | null): SQL {
  const scoped = unitKind === 'province' ? sql`${actionTask.leadScope} = 'all_provinces'` : unitKind === 'ministry' ? sql`${actionTask.leadScope} = 'all_ministries'` : sql`false`;
  return sql`(${actionTask.leadUnitId} = ${unitId} or ${actionTask.ownerUnitId} = ${unitId} or ${actionTask.coordinatingUnitIds} @> ${JSON.stringify([unitId])}::jsonb or ${scoped})`;
}

/** Tasks visible to the scope, filtered, in program / group / code order. */
export async function selectTasks(db: Executor, scope: TaskScope, filter: TaskFilter): Promise<ActionTaskRow[]> {
  const where: SQL[] = [];
  if (!scope.seeAll) {
    const ownProvince = scope.provinceCode
      ? sql`${actionTask.ownerUnitId} in (select id from org_unit where province_code = ${scope.provinceCode})`
      : scope.unitId
        ? sql`${actionTask.ownerUnitId} = ${scope.unitId}`
        : sql`false`;
    where.push(or(isNull(actionTask.ownerUnitId), ownProvince)!);
  }
  if (filter.programCode) where.push(eq(actionTask.programCode, filter.programCode));
  if (filter.groupNo) where.push(eq(actionTask.groupNo, filter.groupNo));
  if (filter.mine) where.push(scope.unitId ? responsibleSql(scope.unitId, scope.unitKind) : sql`false`);
  return db
    .select()
    .from(actionTask)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(actionTask.programCode), asc(actionTask.groupNo), asc(actionTask.code));
}

/** The latest update per task × unit for the year (optionally one unit's only), with the unit's names. */
export async function selectLatestUpdates(db: Executor, taskIds: readonly string[], year: number, unitId?: string | null) {
  if (!taskIds.length) return [];
  const rows = await db
    .selectDistinctOn([actionTaskUpdate.taskId, actionTaskUpdate.unitId], {
      update: actionTaskUpdate,
      unitCode: orgUnit.code,
      unitNameVi: orgUnit.nameVi,
      unitNameEn: orgUnit.nameEn,
    })
    .from(actionTaskUpdate)
    .innerJoin(orgUnit, eq(orgUnit.id, actionTaskUpdate.unitId))
    .where(and(inArray(actionTaskUpdate.taskId, [...taskIds]), eq(actionTaskUpdate.reportingYear, year), unitId ? eq(actionTaskUpdate.unitId, unitId) : undefined))
    .orderBy(actionTaskUpdate.taskId, actionTaskUpdate.unitId, desc(actionTaskUpdate.reportedAt), desc(actionTaskUpdate.id));
  return rows;
}

/** Every update of one task (newest first), optionally one unit's. */
export async function selectTaskUpdates(db: Executor, taskId: string, unitId?: string | null) {
  return db
    .select({ update: actionTaskUpdate, unitCode: orgUnit.code, unitNameVi: orgUnit.nameVi, unitNameEn: orgUnit.nameEn })
    .from(actionTaskUpdate)
    .innerJoin(orgUnit, eq(orgUnit.id, actionTaskUpdate.unitId))
    .where(and(eq(actionTaskUpdate.taskId, taskId), unitId ? eq(actionTaskUpdate.unitId, unitId) : undefined))
    .orderBy(desc(actionTaskUpdate.reportedAt), desc(actionTaskUpdate.id));
}

export async function selectUpdate(db: Executor, taskId: string, updateId: string): Promise<ActionTaskUpdateRow | null> {
  const [row] = await db.select().from(actionTaskUpdate).where(and(eq(actionTaskUpdate.id, updateId), eq(actionTaskUpdate.taskId, taskId)));
  return row ?? null;
}

export async function insertUpdate(db: Executor, row: typeof actionTaskUpdate.$inferInsert): Promise<ActionTaskUpdateRow> {
  const [created] = await db.insert(actionTaskUpdate).values(row).returning();
  return created!;
}

export type { TaskStatus };

/** Units by id (names for task presenters). */
export async function selectUnitsByIds(db: Executor, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { id: string; code: string; nameVi: string; nameEn: string }>();
  const rows = await db.select({ id: orgUnit.id, code: orgUnit.code, nameVi: orgUnit.nameVi, nameEn: orgUnit.nameEn }).from(orgUnit).where(inArray(orgUnit.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}
