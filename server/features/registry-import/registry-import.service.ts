import { createHash } from 'node:crypto';
import { vnDateOf } from '../../../common/dates';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError, NotFoundError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { checkChunk } from './registry-import.check';
import { commitPlannedRows, RowCommitError } from './registry-import.commit';
import { parseImportFile, sniffFormat, type FileIssue } from './registry-import.parse';
import * as repo from './registry-import.repo';
import { findDuplicatesInFile, type ImportIssue } from './registry-import.rows';
import { buildCsvTemplate, buildXlsxTemplate } from './registry-import.template';

type ImportDeps = Pick<Deps, 'db' | 'clock' | 'jobs' | 'log'>;
/** Who acts (kept in job data so a background commit is audited as the user who asked for it). */
export type ImportContext = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** Job that checks an uploaded batch row by row (dry run). */
export const VALIDATE_JOB = 'registry_import.validate';
/** Job that commits a checked batch in one transaction. */
export const COMMIT_JOB = 'registry_import.commit';
/** Rows checked per step: each step is a short transaction, then the progress is saved. */
const CHUNK = 250;

const fileIssue = (code: string, vi: string, en: string): FileIssue => ({ code, severity: 'error', column: null, message: { vi, en } });

/** 415 for a file that is neither XLSX nor CSV. */
const unsupportedFile = () =>
  new AppError(415, 'unsupported_file_type', {
    vi: 'Chỉ nhận tệp Excel .xlsx hoặc .csv (UTF-8). Tệp .xls cũ cần lưu lại dưới dạng .xlsx.',
    en: 'Only Excel .xlsx or UTF-8 .csv files are accepted. Save an old .xls file as .xlsx.',
  });

/**
 * Stores an uploaded file as an import batch: sniffs and parses it, stores every data row, then checks the rows
 * (dry run) — in a background job when jobs run in this process, otherwise before answering. A file with
 * whole-file errors (missing columns, no rows) is stored as `failed` with its problems.
 * @throws AppError 415 unsupported_file_type
 */
export async function startImport(deps: ImportDeps, ctx: ImportContext, file: { fileName: string; bytes: Buffer }): Promise<string> {
  const format = sniffFormat(file.bytes);
  if (!format) throw unsupportedFile();
  const parsed = await parseImportFile(file.bytes, format);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const fatal = parsed.issues.some((i) => i.severity === 'error');
  const id = await deps.db.transaction(async (tx) => {
    const batch = await repo.insertImport(tx, {
      createdBy: ctx.actor.userId!,
      fileName: file.fileName.normalize('NFC').slice(0, 255),
      fileSha256: sha256,
      format,
      status: fatal ? 'failed' : 'validating',
      totalRows: parsed.rows.length,
      fileIssues: parsed.issues,
    });
    for (let i = 0; i < parsed.rows.length; i += 500) {
      await repo.insertRows(tx, parsed.rows.slice(i, i + 500).map((r) => ({ importId: batch.id, rowNo: r.rowNo, values: r.values })));
    }
    await appendAudit(tx, ctx, { action: 'registry_import.upload', entityType: 'registry_import', entityId: batch.id, after: { fileName: batch.fileName, format, sha256, rows: parsed.rows.length } });
    return batch.id;
  });
  if (!fatal) {
    if (deps.jobs) await deps.jobs.send(VALIDATE_JOB, { importId: id }, { singletonKey: id });
    else await validateImport(deps, id);
  }
  return id;
}

/**
 * The dry run of a batch: checks every row in chunks of 250 (each chunk one short transaction, then
 * `processed_rows` moves on so the page shows progress), then marks the batch `validated` with its counts.
 * Idempotent: a batch no longer `validating` is skipped, and a retried job resumes after the rows already done.
 */
export async function validateImport(deps: ImportDeps, importId: string): Promise<'done' | 'skipped' | 'failed'> {
  const found = await repo.selectImport(deps.db, importId);
  if (found?.batch.status !== 'validating') return 'skipped';
  try {
    const context = { fields: await repo.selectActiveFields(deps.db), today: vnDateOf(deps.clock.now()) };
    const rows = await repo.selectAllRows(deps.db, importId);
    const duplicates = findDuplicatesInFile(rows.map((r) => ({ rowNo: r.rowNo, values: r.values as Record<string, string> })));
    for (let start = found.batch.processedRows; start < rows.length; start += CHUNK) {
      const checked = await checkChunk(deps.db, rows.slice(start, start + CHUNK), context, duplicates);
      await deps.db.transaction(async (tx) => {
        await repo.updateRowResults(tx, importId, checked);
        await repo.updateImport(tx, importId, { processedRows: Math.min(rows.length, start + CHUNK) });
      });
    }
    const counts = await repo.selectRowCounts(deps.db, importId);
    const sameFile = await repo.selectCommittedWithSameFile(deps.db, importId, found.batch.fileSha256);
    const issues = [...(found.batch.fileIssues as FileIssue[])];
    if (sameFile) {
      issues.push({
        code: 'same_file_committed',
        severity: 'warning',
        column: null,
        message: { vi: `Tệp giống hệt đã được nhập ngày ${sameFile}.`, en: `The very same file was already imported on ${sameFile}.` },
      });
    }
    await repo.updateImport(deps.db, importId, { status: 'validated', processedRows: rows.length, errorRows: counts.errors, warningRows: counts.warnings, fileIssues: issues }, 'validating');
    return 'done';
  } catch (error) {
    deps.log?.error({ err: error, importId }, 'registry import check failed');
    await repo.updateImport(deps.db, importId, { status: 'failed', fileIssues: [fileIssue('check_failed', 'Không kiểm tra được tệp do lỗi hệ thống.', 'The file could not be checked (system error).')] }, 'validating');
    return 'failed';
  }
}

/** The template to fill in: XLSX (with the instructions sheet and today's fields list) or CSV. */
export async function importTemplate(deps: Pick<Deps, 'db'>, format: 'xlsx' | 'csv'): Promise<Buffer> {
  return format === 'xlsx' ? buildXlsxTemplate(await repo.selectActiveFields(deps.db)) : buildCsvTemplate();
}

/** A batch with its row counts. @throws NotFoundError */
export async function getImport(deps: Pick<Deps, 'db'>, id: string) {
  const found = await repo.selectImport(deps.db, id);
  if (!found) throw new NotFoundError('registry_import');
  return { ...found, counts: await repo.selectRowCounts(deps.db, id) };
}

/** The latest batches. */
export async function listImports(deps: Pick<Deps, 'db'>) {
  return repo.selectRecentImports(deps.db, 20);
}

/** A page of rows with their issues (errors, warnings or all), by row number. @throws NotFoundError */
export async function listImportRows(deps: Pick<Deps, 'db'>, id: string, query: { only: 'errors' | 'warnings' | 'all'; cursor?: number; limit: number }) {
  if (!(await repo.selectImport(deps.db, id))) throw new NotFoundError('registry_import');
  const rows = await repo.selectRowsPage(deps.db, id, query.only, query.cursor ?? 0, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return { rows: page, nextCursor: rows.length > query.limit ? page[page.length - 1]!.rowNo : null };
}

const notCommittable = (status: string, errorRows: number) =>
  new ConflictError(
    'import_not_committable',
    errorRows > 0
      ? { vi: `Còn ${errorRows} dòng có lỗi: hãy sửa tệp và tải lên lại. Không dòng nào được ghi.`, en: `${errorRows} row${errorRows === 1 ? ' has' : 's have'} errors: fix the file and upload it again. Nothing was written.` }
      : { vi: 'Chỉ ghi được một lần nhập đã kiểm tra xong và không có lỗi.', en: 'Only a checked batch without errors can be committed.' },
    { status, errorRows },
  );

/**
 * Asks for the all-or-nothing commit of a checked batch: refused (409) while any row or the file has an error,
 * or when the batch is not `validated`. Runs as a background job when jobs run here, otherwise at once.
 * @throws NotFoundError, ConflictError import_not_committable | import_outdated | import_commit_failed
 */
export async function requestCommit(deps: ImportDeps, ctx: ImportContext, id: string): Promise<void> {
  const found = await repo.selectImport(deps.db, id);
  if (!found) throw new NotFoundError('registry_import');
  const { status, errorRows, fileIssues } = found.batch;
  if (status !== 'validated' || errorRows > 0 || (fileIssues as FileIssue[]).some((i) => i.severity === 'error')) throw notCommittable(status, errorRows);
  if (!(await repo.updateStatusIf(deps.db, id, 'validated', 'committing'))) throw notCommittable('committing', 0);
  if (deps.jobs) {
    await deps.jobs.send(COMMIT_JOB, { importId: id, ctx: { actor: ctx.actor, requestId: ctx.requestId, ip: ctx.ip } }, { singletonKey: id });
    return;
  }
  const outcome = await commitImport(deps, ctx, id);
  if (outcome.status === 'failed') throw new ConflictError(outcome.issue.code, outcome.issue.message, { rowNo: outcome.rowNo });
}

/**
 * The commit itself, in ONE transaction: re-checks every row against the register as it is now (refusing if
 * anything differs from the dry run), writes each row through the organisations and certificates services
 * (their audit entries and snapshots included), stores the organisation of every row, the result counts and one
 * `registry_import.commit` audit entry. Any failure rolls everything back and marks the batch `failed`.
 */
export async function commitImport(deps: ImportDeps, ctx: ImportContext, id: string) {
  const today = vnDateOf(deps.clock.now());
  try {
    const result = await deps.db.transaction(async (tx) => {
      const found = await repo.selectImport(tx, id, true);
      if (found?.batch.status !== 'committing') return null;
      const rows = await repo.selectAllRows(tx, id);
      const context = { fields: await repo.selectActiveFields(tx), today };
      const duplicates = findDuplicatesInFile(rows.map((r) => ({ rowNo: r.rowNo, values: r.values as Record<string, string> })));
      const checked = [];
      for (let start = 0; start < rows.length; start += CHUNK) checked.push(...(await checkChunk(tx, rows.slice(start, start + CHUNK), context, duplicates)));
      const outdated = checked.find((c, i) => c.hasErrors || c.action !== rows[i]!.action || c.organizationId !== rows[i]!.organizationId);
      if (outdated) throw new RowCommitError(outdated.rowNo, outdatedError(outdated.rowNo, outdated.issues));
      const written = await commitPlannedRows({ db: tx as unknown as Deps['db'], clock: deps.clock }, ctx, checked);
      await repo.updateRowResults(tx, id, written);
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for (const row of written) counts[row.action === 'create' ? 'created' : row.action === 'update' ? 'updated' : 'unchanged']++;
      await repo.updateImport(tx, id, { status: 'committed', result: counts, committedAt: deps.clock.now() });
      await appendAudit(tx, ctx, { action: 'registry_import.commit', entityType: 'registry_import', entityId: id, after: { fileName: found.batch.fileName, rows: rows.length, ...counts } });
      return counts;
    });
    return result ? { status: 'committed' as const, result } : { status: 'skipped' as const };
  } catch (error) {
    const rowNo = error instanceof RowCommitError ? error.rowNo : null;
    const cause = error instanceof RowCommitError ? error.cause : error;
    if (!(cause instanceof AppError)) deps.log?.error({ err: cause, importId: id, rowNo }, 'registry import commit failed');
    const issue = cause instanceof AppError && cause.code === 'import_outdated' ? { ...fileIssue(cause.code, cause.messages.vi, cause.messages.en) } : commitFailedIssue(rowNo, cause);
    const found = await repo.selectImport(deps.db, id);
    await repo.updateImport(deps.db, id, { status: 'failed', fileIssues: [...((found?.batch.fileIssues as FileIssue[]) ?? []), issue] }, 'committing');
    await appendAudit(deps.db, ctx, { action: 'registry_import.commit_failed', entityType: 'registry_import', entityId: id, after: { rowNo, code: issue.code } });
    return { status: 'failed' as const, issue, rowNo };
  }
}

function outdatedError(rowNo: number, issues: ImportIssue[]): AppError {
  const first = issues.find((i) => i.severity === 'error');
  return new ConflictError('import_outdated', {
    vi: `Cơ sở dữ liệu đã thay đổi từ khi kiểm tra (dòng ${rowNo}${first ? `: ${first.message.vi}` : ''}). Hãy tải tệp lên để kiểm tra lại. Không dòng nào được ghi.`,
    en: `The register changed since the check (row ${rowNo}${first ? `: ${first.message.en}` : ''}). Upload the file again to re-check it. Nothing was written.`,
  });
}

function commitFailedIssue(rowNo: number | null, cause: unknown): FileIssue {
  const where = rowNo ? { vi: ` ở dòng ${rowNo}`, en: ` at row ${rowNo}` } : { vi: '', en: '' };
  const reason = cause instanceof AppError ? cause.messages : { vi: 'lỗi hệ thống', en: 'system error' };
  return fileIssue('import_commit_failed', `Không ghi được${where.vi} (${reason.vi}). Không dòng nào được ghi.`, `Could not write${where.en} (${reason.en}). Nothing was written.`);
}

/** Discards a checked or failed batch; its rows (with personal data) are deleted, the batch and audit stay. @throws NotFoundError, ConflictError */
export async function discardImport(deps: Pick<Deps, 'db'>, ctx: ImportContext, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const found = await repo.selectImport(tx, id, true);
    if (!found) throw new NotFoundError('registry_import');
    if (found.batch.status !== 'validated' && found.batch.status !== 'failed') {
      throw new ConflictError('import_not_discardable', { vi: 'Không thể hủy lần nhập ở trạng thái này.', en: 'This batch cannot be discarded in its current status.' }, { status: found.batch.status });
    }
    await repo.deleteRows(tx, id);
    await repo.updateImport(tx, id, { status: 'discarded' });
    await appendAudit(tx, ctx, { action: 'registry_import.discard', entityType: 'registry_import', entityId: id, before: { status: found.batch.status } });
  });
}
