import type { Executor } from '../../platform/db/client';
import * as repo from './units.repo';
import type { OrgUnitKind } from './units.tables';

/** A unit by id, or null. */
export function findUnitById(db: Executor, id: string) {
  return repo.selectUnitById(db, id);
}

/** A unit by its stable code (e.g. 'MPS', 'PROV-46'), or null. */
export function findUnitByCode(db: Executor, code: string) {
  return repo.selectUnitByCode(db, code);
}

/** Active units, optionally of one kind. */
export function listUnits(db: Executor, kind?: OrgUnitKind) {
  return repo.selectUnits(db, { kind, activeOnly: true });
}

/** Creates a unit (NGO units are created with their organisation). */
export function createUnit(db: Executor, values: Parameters<typeof repo.insertUnit>[1]) {
  return repo.insertUnit(db, values);
}
