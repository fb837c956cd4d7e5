import type { z } from 'zod';
import type { UnitRow } from './units.repo';
import type { unitSchema } from './units.schemas';

/** Unit row → API JSON. */
export function presentUnit(u: UnitRow): z.infer<typeof unitSchema> {
  return { id: u.id, code: u.code, kind: u.kind, nameVi: u.nameVi, nameEn: u.nameEn, abbreviation: u.abbreviation, provinceCode: u.provinceCode };
}
