import { z } from 'zod';
import { bilingualSchema } from '../../platform/http/schemas';
import { IMPORT_STATUSES } from './registry-import.tables';

/** Query of the template download. */
export const templateQuerySchema = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/** A problem of the whole file. */
export const fileIssueSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    column: z.string().nullable().describe('Column key, or the header as written for an unknown column'),
    message: bilingualSchema,
  })
  .meta({ id: 'ImportFileIssue' });

/** A problem of one row. */
export const rowIssueSchema = z
  .object({
    column: z.string().nullable().describe('Column key, e.g. areas, valid_to'),
    code: z.string().describe('e.g. unknown_province, old_province_name, duplicate_number_in_file, validity_too_long'),
    severity: z.enum(['error', 'warning']),
    message: bilingualSchema,
  })
  .meta({ id: 'ImportRowIssue' });

/** An import batch: status, progress, counts, whole-file problems, and what the user may do next. */
export const importSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    format: z.enum(['xlsx', 'csv']),
    status: z.enum(IMPORT_STATUSES),
    totalRows: z.number().int(),
    processedRows: z.number().int().describe('Rows checked so far (progress while validating)'),
    errorRows: z.number().int(),
    warningRows: z.number().int(),
    fileIssues: z.array(fileIssueSchema),
    planned: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }).describe('What a commit would do, per row without errors'),
    result: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }).nullable().describe('What the commit did'),
    createdBy: z.string(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
    abilities: z.object({ canCommit: z.boolean(), canDiscard: z.boolean() }),
  })
  .meta({ id: 'RegistryImport' });

/** Recent batches. */
export const importListSchema = z.object({ items: z.array(importSchema) }).meta({ id: 'RegistryImportList' });

/** Query of the row list. */
export const rowsQuerySchema = z.object({
  only: z.enum(['errors', 'warnings', 'all']).default('errors'),
  cursor: z.coerce.number().int().min(0).optional().describe('Row number after which to continue'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** One checked row. */
export const importRowSchema = z
  .object({
    rowNo: z.number().int().describe('Row number as the spreadsheet shows it (header = 1)'),
    name: z.string().nullable(),
    certificateNumber: z.string().nullable(),
    hasErrors: z.boolean(),
    action: z.enum(['create', 'update', 'unchanged']).nullable(),
    organizationId: z.uuid().nullable(),
    issues: z.array(rowIssueSchema),
  })
  .meta({ id: 'RegistryImportRow' });

/** A page of checked rows. */
export const importRowsSchema = z.object({ items: z.array(importRowSchema), nextCursor: z.number().int().nullable() }).meta({ id: 'RegistryImportRows' });
