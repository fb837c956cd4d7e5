import type { Executor } from '../../platform/db/client';
import { IMPORT_COLUMNS, type RowValues } from './registry-import.columns';
import { planRow, type RowAction, type RowPlan } from './registry-import.plan';
import * as repo from './registry-import.repo';
import { interpretRow, type ImportIssue, type RowContext, type RowRecord } from './registry-import.rows';

/** One row after the dry run: its issues, and (when it has no error) what the commit will do. */
export interface CheckedRow {
  rowNo: number;
  record: RowRecord | null;
  plan: RowPlan | null;
  issues: ImportIssue[];
  hasErrors: boolean;
  action: RowAction | null;
  organizationId: string | null;
}

const COLUMN_ORDER = new Map<string, number>(IMPORT_COLUMNS.map((c, i) => [c.key, i]));
const byColumn = (a: ImportIssue, b: ImportIssue) => (COLUMN_ORDER.get(a.column ?? '') ?? -1) - (COLUMN_ORDER.get(b.column ?? '') ?? -1);

/**
 * Checks a chunk of rows: each cell on its own (interpretRow), the duplicates found in the whole file, then the
 * register (two bulk look-ups for the chunk) to plan create / update / unchanged.
 */
export async function checkChunk(
  db: Executor,
  rows: readonly { rowNo: number; values: unknown }[],
  context: RowContext,
  duplicates: Map<number, ImportIssue[]>,
): Promise<CheckedRow[]> {
  const interpreted = rows.map((r) => ({ rowNo: r.rowNo, ...interpretRow(r.values as RowValues, context) }));
  const records = interpreted.flatMap((r) => (r.record ? [r.record] : []));
  const numbers = [...new Set(records.map((r) => r.certificate.number))];
  const names = [...new Set(records.flatMap((r) => [r.organization.nameEn, r.organization.nameOriginal]))];
  const matches = await repo.selectRegisterMatches(db, numbers, names);
  return interpreted.map(({ rowNo, record, issues: own }) => {
    const duplicate = duplicates.get(rowNo) ?? [];
    const issues = [...own, ...duplicate];
    const plan = record && !duplicate.length ? planRow(record, matches, context.today) : null;
    if (plan) issues.push(...plan.issues);
    issues.sort(byColumn);
    const hasErrors = issues.some((i) => i.severity === 'error');
    return { rowNo, record, plan, issues, hasErrors, action: hasErrors ? null : (plan?.action ?? null), organizationId: hasErrors ? null : (plan?.organizationId ?? null) };
  });
}
