import type { Readable } from 'node:stream';
import { hasPermission, type Actor } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { actorOf } from '../accounts/auth.service';
import * as repo from './exports.repo';
import { exporterOf, type ExportDeps } from './exports.registry';

/** Name of the generic export job (pg-boss queue). */
export const EXPORT_JOB = 'exports.run';

export type ExportsDeps = ExportDeps & Pick<Deps, 'jobs' | 'log'>;

/** What the API shows of an export job. */
export function presentExportJob(row: repo.ExportJobRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    fileName: row.fileName,
    error: row.status === 'failed' ? row.error : null,
    downloadUrl: row.status === 'done' ? `/api/v1/exports/${row.id}/file` : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Queues an export of `kind` for the actor (issue 7 §6: large exports run in the background with progress and a
 * download link). Without a job worker (JOBS_ENABLED=false) the export runs in this process, still after the answer.
 * @throws ValidationError for an unknown kind or invalid params; ForbiddenError when the actor may not export it.
 */
export async function startExport(deps: ExportsDeps, actor: Actor, kind: string, params: Record<string, unknown>) {
  const exporter = exporterOf(kind);
  if (!exporter) throw new ValidationError([{ path: 'kind', code: 'unknown_export_kind', message: { vi: 'Loại xuất dữ liệu không tồn tại.', en: 'Unknown export kind.' } }]);
  if (exporter.params) {
    const parsed = exporter.params.safeParse(params);
    if (!parsed.success) {
      throw new ValidationError(parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), code: i.code, message: { vi: i.message, en: i.message } })));
    }
  }
  if (!hasPermission(actor, exporter.permission)) throw new ForbiddenError();
  const row = await repo.insertExportJob(deps.db, { kind, params, requestedBy: actor.userId!, unitId: actor.unitId });
  if (deps.jobs) await deps.jobs.send(EXPORT_JOB, { id: row.id }, { singletonKey: row.id });
  else setImmediate(() => void runExportJob(deps, row.id).catch((error) => deps.log?.error({ err: error, exportId: row.id }, 'export failed')));
  return presentExportJob(row);
}

/** An export job of the actor. @throws NotFoundError for another user's job (its existence is not revealed). */
export async function getExport(deps: Pick<Deps, 'db'>, actor: Actor, id: string) {
  const row = await repo.selectExportJob(deps.db, id);
  if (!row || row.requestedBy !== actor.userId) throw new NotFoundError('export_job');
  return presentExportJob(row);
}

/** The finished file of the actor's export. @throws NotFoundError for another user's job or one not finished. */
export async function readExportFile(deps: Pick<Deps, 'db' | 'storage'>, actor: Actor, id: string) {
  const row = await repo.selectExportJob(deps.db, id);
  if (!row || row.requestedBy !== actor.userId || row.status !== 'done' || !row.fileKey) throw new NotFoundError('export_job');
  return { bytes: await deps.storage.get(row.fileKey), fileName: row.fileName ?? 'export', contentType: row.contentType ?? 'application/octet-stream' };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * Runs one export job (the 'exports.run' handler; idempotent): skips a finished job, runs the exporter with the
 * requester's current rights, writes progress as it goes, stores the file and marks the job done — or failed with
 * the error's message (a failed export is not retried: the user starts a new one).
 */
export async function runExportJob(deps: ExportDeps, id: string): Promise<'done' | 'failed' | 'skipped'> {
  const row = await repo.selectExportJob(deps.db, id);
  if (!row || !(await repo.claimExportJob(deps.db, id))) return 'skipped';
  let last = 0;
  const onProgress = async (percent: number) => {
    const value = Math.max(0, Math.min(99, Math.floor(percent)));
    if (value <= last) return;
    last = value;
    await repo.updateExportProgress(deps.db, id, value);
  };
  try {
    const exporter = exporterOf(row.kind);
    if (!exporter) throw new Error(`unknown export kind: ${row.kind}`);
    const requester = await repo.selectRequester(deps.db, row.requestedBy);
    if (!requester || requester.user.status !== 'active') throw new Error('requester no longer active');
    const actor = actorOf(requester);
    if (!hasPermission(actor, exporter.permission)) throw new Error('requester no longer holds the permission');
    const file = await exporter.run(deps, row.params, actor, onProgress);
    const bytes = file.buffer ?? (file.stream ? await readAll(file.stream) : null);
    if (!bytes) throw new Error('exporter returned no file');
    const stored = await deps.storage.put('exports', bytes);
    await repo.finishExportJob(deps.db, id, { fileKey: stored.key, fileName: file.fileName, contentType: file.contentType, finishedAt: deps.clock.now() });
    return 'done';
  } catch (error) {
    await repo.failExportJob(deps.db, id, error instanceof Error ? error.message : String(error), deps.clock.now());
    return 'failed';
  }
}
