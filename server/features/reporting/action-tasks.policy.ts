import { hasPermission, type Actor } from '../../domain/access/policy';
import type { ActionTaskRow } from './action-tasks.repo';

/**
 * Who answers for an action-program task (Resolution 100/NQ-CP appendix; a province's own plan): its lead unit,
 * a coordinating unit, the owner of a province plan's task, or — for a task led by "every province" / "every
 * ministry" — each unit of that kind. Pure.
 */
export function isResponsibleUnit(task: Pick<ActionTaskRow, 'leadUnitId' | 'coordinatingUnitIds' | 'ownerUnitId' | 'leadScope'>, actor: Pick<Actor, 'unitId' | 'unitKind'>): boolean {
  if (!actor.unitId) return false;
  if (task.leadUnitId === actor.unitId || task.ownerUnitId === actor.unitId || task.coordinatingUnitIds.includes(actor.unitId)) return true;
  if (task.leadScope === 'all_provinces') return actor.unitKind === 'province';
  if (task.leadScope === 'all_ministries') return actor.unitKind === 'ministry';
  return false;
}

/** MOFA and administrators (reports:manage) see every program and every unit's updates. */
export function seesAllTasks(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'reports:manage');
}

/** A province's focal point (or department) may add tasks to its own province plan. */
export function canAddProvinceTask(actor: Pick<Actor, 'role' | 'unitKind' | 'provinceCode'>): boolean {
  return actor.role === 'agency_focal' && actor.unitKind === 'province' && !!actor.provinceCode;
}

/** Province plan program code: PROVINCE-<province code>-<year>. */
export function provinceProgramCode(provinceCode: string, year: number): string {
  return `PROVINCE-${provinceCode}-${year}`;
}
