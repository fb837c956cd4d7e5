import type { z } from 'zod';
import type { RowValues } from './registry-import.columns';
import type { FileIssue } from './registry-import.parse';
import type { ImportDataRow, ImportRow } from './registry-import.repo';
import type { ImportIssue } from './registry-import.rows';
import type { importRowSchema, importSchema } from './registry-import.schemas';

type Counts = { errors: number; warnings: number; creates: number; updates: number; unchanged: number };

/** A batch as the API shows it; `counts` (per action) are left at zero in lists. */
export function presentImport(found: { batch: ImportRow; createdByUsername: string }, counts?: Counts): z.infer<typeof importSchema> {
  const { batch } = found;
  const fileIssues = batch.fileIssues as FileIssue[];
  const hasFileErrors = fileIssues.some((i) => i.severity === 'error');
  return {
    id: batch.id,
    fileName: batch.fileName,
    format: batch.format,
    status: batch.status,
    totalRows: batch.totalRows,
    processedRows: batch.processedRows,
    errorRows: batch.errorRows,
    warningRows: batch.warningRows,
    fileIssues,
    planned: { create: counts?.creates ?? 0, update: counts?.updates ?? 0, unchanged: counts?.unchanged ?? 0 },
    result: (batch.result as { created: number; updated: number; unchanged: number } | null) ?? null,
    createdBy: found.createdByUsername,
    createdAt: batch.createdAt.toISOString(),
    committedAt: batch.committedAt?.toISOString() ?? null,
    abilities: {
      canCommit: batch.status === 'validated' && batch.errorRows === 0 && !hasFileErrors && batch.totalRows > 0,
      canDiscard: batch.status === 'validated' || batch.status === 'failed',
    },
  };
}

/** A checked row: its number, the names that identify it, what the commit does, and its issues. */
export function presentRow(row: ImportDataRow): z.infer<typeof importRowSchema> {
  const values = row.values as RowValues;
  return {
    rowNo: row.rowNo,
    name: values.name_en ?? values.name_original ?? null,
    certificateNumber: values.certificate_number ?? null,
    hasErrors: row.hasErrors,
    action: (row.action as 'create' | 'update' | 'unchanged' | null) ?? null,
    organizationId: row.organizationId,
    issues: row.issues as ImportIssue[],
  };
}
