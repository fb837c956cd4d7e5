import type { z } from 'zod';
import type { actionTaskSchema, taskUpdateSchema } from './action-tasks.schemas';
import type { ActionTaskRow, ActionTaskUpdateRow } from './action-tasks.repo';
import { RESOLUTION_100_NOTICE, RESOLUTION_100_PROGRAM } from './seed/resolution-100-tasks';

type Unit = { id: string; code: string; nameVi: string; nameEn: string };
type UpdateWithUnit = { update: ActionTaskUpdateRow; unitCode: string; unitNameVi: string; unitNameEn: string };

/** An update as the API shows it (evidence files by index, never their storage keys). */
export function presentTaskUpdate(u: UpdateWithUnit): z.infer<typeof taskUpdateSchema> {
  const { update } = u;
  return {
    id: update.id,
    taskId: update.taskId,
    unit: { id: update.unitId, code: u.unitCode, nameVi: u.unitNameVi, nameEn: u.unitNameEn },
    reportingYear: update.reportingYear,
    status: update.status,
    progressPercent: update.progressPercent,
    note: update.note,
    evidence: update.evidence.map((e, index) => ({ index, fileName: e.fileName, url: e.url ?? null, hasFile: !!e.key, bytes: e.bytes ?? null, contentType: e.contentType ?? null })),
    reportedAt: update.reportedAt.toISOString(),
  };
}

/** A task with its units' names, the visible latest updates and what the caller may do. */
export function presentTask(item: { task: ActionTaskRow; updates: UpdateWithUnit[]; myUpdate: UpdateWithUnit | null; canUpdate: boolean }, units: ReadonlyMap<string, Unit>): z.infer<typeof actionTaskSchema> {
  const { task } = item;
  const unit = (id: string | null) => (id ? (units.get(id) ?? null) : null);
  return {
    id: task.id,
    programCode: task.programCode,
    code: task.code,
    groupNo: task.groupNo,
    groupTitle: { vi: task.groupTitleVi, en: task.groupTitleEn },
    title: { vi: task.titleVi, en: task.titleEn },
    lead: unit(task.leadUnitId),
    leadScope: task.leadScope === 'all_ministries' || task.leadScope === 'all_provinces' ? task.leadScope : null,
    coordinating: task.coordinatingUnitIds.map((id) => units.get(id)).filter((u): u is Unit => !!u),
    owner: unit(task.ownerUnitId),
    expectedOutput: { vi: task.expectedOutputVi, en: task.expectedOutputEn },
    deadlineOn: task.deadlineOn,
    deadlineText: task.deadlineText,
    sourceNotice: task.programCode === RESOLUTION_100_PROGRAM ? { ...RESOLUTION_100_NOTICE } : null,
    myUpdate: item.myUpdate && presentTaskUpdate(item.myUpdate),
    updates: item.updates.map(presentTaskUpdate),
    abilities: { update: item.canUpdate },
  };
}
