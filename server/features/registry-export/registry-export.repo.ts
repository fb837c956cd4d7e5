import { asc } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { field } from '../reference/reference.tables';

/** Names of every field (lĩnh vực), active or not: exported rows may name a retired one. */
export async function selectFieldNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ code: field.code, nameVi: field.nameVi }).from(field).orderBy(asc(field.sortOrder));
  return new Map(rows.map((r) => [r.code, r.nameVi]));
}
