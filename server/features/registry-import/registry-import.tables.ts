import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.tables';
import { organization } from '../organizations/organizations.tables';

/** Life of an import: parsed and checked (dry run), then committed all-or-nothing, or discarded. */
export const IMPORT_STATUSES = ['validating', 'validated', 'committing', 'committed', 'failed', 'discarded'] as const;

/**
 * One bulk import of legacy NGO records from an XLSX/CSV file (MOFA data entry, brief §8). The file is parsed and
 * every row checked in a dry run; `commit` then writes all valid rows in one transaction or none.
 * `processed_rows` / `total_rows` is the progress shown while a background job works on a large file.
 */
export const registryImport = pgTable(
  'registry_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('validating'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    warningRows: integer('warning_rows').notNull().default(0),
    /** Problems of the whole file (missing columns, unreadable file), as [{ code, message: { vi, en } }]. */
    fileIssues: jsonb('file_issues').notNull().default([]),
    /** Counts after a commit: { created, updated, unchanged }. */
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('registry_import_created_by_idx').on(t.createdBy, t.createdAt)],
);

/** One data row of an import file: its parsed values, its problems, and what the commit did with it. */
export const registryImportRow = pgTable(
  'registry_import_row',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => registryImport.id, { onDelete: 'cascade' }),
    /** Row number as a spreadsheet shows it (header = 1). */
    rowNo: integer('row_no').notNull(),
    values: jsonb('values').notNull(),
    /** [{ column, code, severity: 'error' | 'warning', message: { vi, en } }] */
    issues: jsonb('issues').notNull().default([]),
    hasErrors: boolean('has_errors').notNull().default(false),
    /** create | update | unchanged, decided by the dry run (matching by certificate number, then by name). */
    action: text('action'),
    organizationId: uuid('organization_id').references(() => organization.id),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNo] })],
);
