/**
 * Action-program tasks (issue 7 §4): the Government's program (Resolution 100/NQ-CP appendix, seeded) and the
 * provinces' own plans; each responsible unit reports status, progress, a note and evidence (append-only: the
 * latest update per unit is its current status); every update and every refused attempt is audited.
 */
import { createHash } from 'node:crypto';
import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import { reportingYearOf } from '../../domain/reporting/report-calendar';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { MIME_TYPES, sniffFileType } from '../../platform/storage/sniff';
import { appendAudit } from '../audit/audit.service';
import * as repo from './action-tasks.repo';
import { canAddProvinceTask, isResponsibleUnit, provinceProgramCode, seesAllTasks } from './action-tasks.policy';
import type { TaskStatus } from './reporting.tables';
import { RESOLUTION_100_GROUPS, RESOLUTION_100_PROGRAM, RESOLUTION_100_TASKS, type ActionTaskSeed } from './seed/resolution-100-tasks';

export type UpdateWithUnit = Awaited<ReturnType<typeof repo.selectTaskUpdates>>[number];
export type FileEvidence = { key: string; fileName: string; sha256: string; bytes: number; contentType: string };
export type LinkEvidence = { url: string; fileName: string };

/** Converts seed rows (units by code) to task rows of `programCode`, ids resolved; unknown codes are skipped. */
export async function seedTaskRows(db: Executor, programCode: string, seeds: readonly ActionTaskSeed[], groups: Readonly<Record<number, { vi: string; en: string }>>, ownerUnitId: string | null = null) {
  const codes = new Set<string>();
  for (const s of seeds) {
    if (s.leadCode) codes.add(s.leadCode);
    s.coordinatingCodes.forEach((c) => codes.add(c));
  }
  const ids = await repo.selectUnitIdsByCode(db, [...codes]);
  return seeds.map((s) => ({
    programCode,
    code: s.code,
    groupNo: s.groupNo,
    groupTitleVi: groups[s.groupNo]?.vi ?? '',
    groupTitleEn: groups[s.groupNo]?.en ?? '',
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    leadUnitId: s.leadCode ? (ids.get(s.leadCode) ?? null) : null,
    leadScope: s.leadScope ?? null,
    coordinatingUnitIds: s.coordinatingCodes.map((c) => ids.get(c)).filter((id): id is string => !!id),
    expectedOutputVi: s.expectedOutputVi,
    expectedOutputEn: s.expectedOutputEn,
    deadlineOn: s.deadlineOn,
    deadlineText: s.deadlineText ?? null,
    ownerUnitId,
  }));
}

/** Loads (or refreshes) the seeded Resolution 100 tasks; idempotent (upsert by program and code). */
export async function ensureResolution100Tasks(db: Executor): Promise<void> {
  await repo.upsertTasks(db, await seedTaskRows(db, RESOLUTION_100_PROGRAM, RESOLUTION_100_TASKS, RESOLUTION_100_GROUPS));
}

const scopeOf = (actor: Actor): repo.TaskScope => ({ seeAll: seesAllTasks(actor), unitId: actor.unitId, unitKind: actor.unitKind, provinceCode: actor.provinceCode });

/** The reporting year of today (15 Dec of the previous year to 14 Dec). */
export function currentReportingYear(deps: Pick<Deps, 'clock'>): number {
  return reportingYearOf(vnDateOf(deps.clock.now()));
}

export interface TaskQuery {
  program?: string;
  group?: number;
  mine?: boolean;
  status?: TaskStatus;
  year?: number;
}

/** Tasks visible to the actor with the latest updates they may see (MOFA: every unit's; others: their unit's). */
export async function listTasks(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, query: TaskQuery) {
  const year = query.year ?? currentReportingYear(deps);
  const scope = scopeOf(actor);
  const tasks = await repo.selectTasks(deps.db, scope, { programCode: query.program, groupNo: query.group, mine: query.mine });
  const updates = await repo.selectLatestUpdates(
    deps.db,
    tasks.map((t) => t.id),
    year,
    scope.seeAll ? null : actor.unitId,
  );
  const byTask = new Map<string, typeof updates>();
  for (const u of updates) byTask.set(u.update.taskId, [...(byTask.get(u.update.taskId) ?? []), u]);
  const items = tasks
    .map((task) => {
      const latest = byTask.get(task.id) ?? [];
      return { task, updates: latest, myUpdate: latest.find((u) => u.update.unitId === actor.unitId) ?? null, canUpdate: isResponsibleUnit(task, actor) };
    })
    .filter((item) => {
      if (!query.status) return true;
      const statuses = scope.seeAll ? item.updates.map((u) => u.update.status) : [item.myUpdate?.update.status ?? 'not_started'];
      if (query.status === 'not_started' && scope.seeAll && !statuses.length) return true;
      return statuses.includes(query.status);
    });
  const programs = [...new Set((await repo.selectTasks(deps.db, scope, {})).map((t) => t.programCode))];
  const unitIds = new Set<string>();
  for (const { task } of items) [task.leadUnitId, task.ownerUnitId, ...task.coordinatingUnitIds].forEach((id) => id && unitIds.add(id));
  const units = await repo.selectUnitsByIds(deps.db, [...unitIds]);
  return { year, programs, items, units };
}

/** Loads a task the actor may see; 404 otherwise. */
async function visibleTask(db: Executor, actor: Actor, id: string) {
  const task = await repo.selectTask(db, id);
  if (!task) throw new NotFoundError('action_task');
  if (task.ownerUnitId && !seesAllTasks(actor)) {
    const [visible] = await repo.selectTasks(db, scopeOf(actor), { programCode: task.programCode }).then((rows) => rows.filter((r) => r.id === id));
    if (!visible) throw new NotFoundError('action_task');
  }
  return task;
}

/** Loads a task the actor's unit answers for; a unit not responsible gets 403 and the attempt is audited. */
async function responsibleTask(deps: Pick<Deps, 'db'>, ctx: RequestContext, id: string, action: string) {
  const task = await visibleTask(deps.db, ctx.actor, id);
  if (!isResponsibleUnit(task, ctx.actor)) {
    await appendAudit(deps.db, ctx, { action: `${action}_refused`, entityType: 'action_task', entityId: task.id, after: { reason: 'unit_not_responsible', unitId: ctx.actor.unitId } });
    throw new ForbiddenError('not_responsible_unit', { vi: 'Đơn vị của bạn không chủ trì hoặc phối hợp thực hiện nhiệm vụ này.', en: 'Your unit neither leads nor coordinates this task.' });
  }
  return task;
}

/** Stores an evidence file (PDF, JPEG, PNG, DOCX, XLSX, checked by content) for a later update of the task. */
export async function uploadTaskEvidence(deps: Pick<Deps, 'db' | 'storage'>, ctx: RequestContext, taskId: string, file: { fileName: string; bytes: Buffer }): Promise<FileEvidence> {
  await responsibleTask(deps, ctx, taskId, 'action_task.evidence_upload');
  const type = sniffFileType(file.bytes);
  if (!type) throw new AppError(415, 'unsupported_file_type', { vi: 'Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX.', en: 'Only PDF, JPEG, PNG, DOCX or XLSX files are accepted.' });
  const stored = await deps.storage.put(`action-evidence/${ctx.actor.unitId}`, file.bytes);
  return { key: stored.key, fileName: file.fileName.normalize('NFC').slice(0, 300), sha256: stored.sha256, bytes: stored.sizeBytes, contentType: MIME_TYPES[type] };
}

export interface TaskUpdateInput {
  status: TaskStatus;
  progressPercent: number;
  note?: string;
  evidence: (FileEvidence | LinkEvidence)[];
}

/** Appends the actor's unit's update on a task (responsible units only; audited). */
export async function recordTaskUpdate(deps: Pick<Deps, 'db' | 'clock' | 'storage'>, ctx: RequestContext, taskId: string, input: TaskUpdateInput) {
  const task = await responsibleTask(deps, ctx, taskId, 'action_task.update');
  const prefix = `action-evidence/${ctx.actor.unitId}/`;
  for (const [i, e] of input.evidence.entries()) {
    if (!('key' in e)) continue;
    const bytes = e.key.startsWith(prefix) ? await deps.storage.get(e.key).catch(() => null) : null;
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== e.sha256) {
      throw new ValidationError([{ path: `evidence.${i}.key`, code: 'unknown_evidence', message: { vi: 'Tệp minh chứng không tồn tại; vui lòng tải lên lại.', en: 'The evidence file is unknown; please upload it again.' } }]);
    }
  }
  if (input.status === 'done' && input.progressPercent !== 100) {
    throw new ValidationError([{ path: 'progressPercent', code: 'done_needs_100', message: { vi: 'Nhiệm vụ hoàn thành phải có tiến độ 100%.', en: 'A finished task must be at 100 %.' } }]);
  }
  const year = currentReportingYear(deps);
  return deps.db.transaction(async (tx) => {
    const update = await repo.insertUpdate(tx, {
      taskId: task.id,
      unitId: ctx.actor.unitId!,
      reportingYear: year,
      status: input.status,
      progressPercent: input.progressPercent,
      note: input.note?.normalize('NFC') || null,
      evidence: input.evidence.map((e) => ('key' in e ? { key: e.key, fileName: e.fileName, sha256: e.sha256, bytes: e.bytes, contentType: e.contentType } : { url: e.url, fileName: e.fileName })),
      reportedBy: ctx.actor.userId!,
    });
    await appendAudit(tx, ctx, { action: 'action_task.update', entityType: 'action_task', entityId: task.id, after: { updateId: update.id, status: update.status, progressPercent: update.progressPercent, evidence: update.evidence.length } });
    return update;
  });
}

/** The history of a task's updates the actor may see (MOFA: all units; others: their own unit). */
export async function listTaskUpdates(deps: Pick<Deps, 'db'>, actor: Actor, taskId: string) {
  await visibleTask(deps.db, actor, taskId);
  return repo.selectTaskUpdates(deps.db, taskId, seesAllTasks(actor) ? null : actor.unitId);
}

/** An evidence file of an update (MOFA, or the unit that reported it). */
export async function readTaskEvidence(deps: Pick<Deps, 'db' | 'storage'>, actor: Actor, taskId: string, updateId: string, index: number) {
  await visibleTask(deps.db, actor, taskId);
  const update = await repo.selectUpdate(deps.db, taskId, updateId);
  if (!update || (!seesAllTasks(actor) && update.unitId !== actor.unitId)) throw new NotFoundError('action_task_update');
  const evidence = update.evidence[index];
  if (!evidence?.key) throw new NotFoundError('evidence');
  return { evidence, bytes: await deps.storage.get(evidence.key) };
}

export interface ProvinceTaskInput {
  code: string;
  groupNo: number;
  groupTitleVi: string;
  groupTitleEn?: string;
  titleVi: string;
  titleEn?: string;
  coordinatingUnitIds: string[];
  expectedOutputVi: string;
  expectedOutputEn?: string;
  deadlineOn?: string;
  deadlineText?: string;
  year?: number;
  parentTaskId?: string;
}

/** Adds a task to the actor's province plan (program PROVINCE-<code>-<year>, owned by the actor's unit). */
export async function createProvinceTask(deps: Pick<Deps, 'db' | 'clock'>, ctx: RequestContext, input: ProvinceTaskInput) {
  if (!canAddProvinceTask(ctx.actor)) throw new ForbiddenError('province_only', { vi: 'Chỉ đơn vị đầu mối của tỉnh, thành phố được thêm nhiệm vụ vào kế hoạch của địa phương.', en: 'Only a province’s units may add tasks to the province plan.' });
  const programCode = provinceProgramCode(ctx.actor.provinceCode!, input.year ?? currentReportingYear(deps));
  if (input.parentTaskId && !(await repo.selectTask(deps.db, input.parentTaskId))) throw new ValidationError([{ path: 'parentTaskId', code: 'unknown_task', message: { vi: 'Nhiệm vụ không tồn tại.', en: 'Unknown task.' } }]);
  const existing = await repo.selectTasks(deps.db, scopeOf(ctx.actor), { programCode });
  if (existing.some((t) => t.code === input.code)) throw new ConflictError('task_code_taken', { vi: `Mã nhiệm vụ ${input.code} đã có trong kế hoạch.`, en: `Task code ${input.code} is already in the plan.` });
  const nfc = (s: string | undefined) => s?.normalize('NFC');
  return deps.db.transaction(async (tx) => {
    const task = await repo.insertTask(tx, {
      programCode,
      code: input.code,
      groupNo: input.groupNo,
      groupTitleVi: nfc(input.groupTitleVi)!,
      groupTitleEn: nfc(input.groupTitleEn) || nfc(input.groupTitleVi)!,
      titleVi: nfc(input.titleVi)!,
      titleEn: nfc(input.titleEn) || nfc(input.titleVi)!,
      leadUnitId: ctx.actor.unitId,
      coordinatingUnitIds: input.coordinatingUnitIds,
      expectedOutputVi: nfc(input.expectedOutputVi)!,
      expectedOutputEn: nfc(input.expectedOutputEn) || nfc(input.expectedOutputVi)!,
      deadlineOn: input.deadlineOn ?? null,
      deadlineText: nfc(input.deadlineText) ?? null,
      ownerUnitId: ctx.actor.unitId,
      parentTaskId: input.parentTaskId ?? null,
      createdBy: ctx.actor.userId,
    });
    await appendAudit(tx, ctx, { action: 'action_task.create', entityType: 'action_task', entityId: task.id, after: { programCode, code: task.code } });
    return task;
  });
}

/** One row of the task section of a unit's yearly report: the task and the unit's latest update that year. */
export interface TaskStatusSnapshotRow {
  taskId: string;
  programCode: string;
  code: string;
  titleVi: string;
  titleEn: string;
  status: TaskStatus;
  progressPercent: number;
  note: string | null;
  reportedAt: string | null;
}

/** The tasks a unit answers for with its latest update of `year` (pulled into the agency / province report). */
export async function taskStatusSnapshot(db: Executor, unit: { id: string; kind: string; provinceCode: string | null }, year: number): Promise<TaskStatusSnapshotRow[]> {
  const tasks = await repo.selectTasks(db, { seeAll: false, unitId: unit.id, unitKind: unit.kind, provinceCode: unit.provinceCode }, { mine: true });
  const updates = await repo.selectLatestUpdates(
    db,
    tasks.map((t) => t.id),
    year,
    unit.id,
  );
  const byTask = new Map(updates.map((u) => [u.update.taskId, u.update]));
  return tasks.map((t) => {
    const u = byTask.get(t.id);
    return { taskId: t.id, programCode: t.programCode, code: t.code, titleVi: t.titleVi, titleEn: t.titleEn, status: u?.status ?? 'not_started', progressPercent: u?.progressPercent ?? 0, note: u?.note ?? null, reportedAt: u?.reportedAt.toISOString() ?? null };
  });
}
