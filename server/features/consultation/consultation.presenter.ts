import type * as repo from './consultation.repo';
import type { ReplyPosition } from './consultation.tables';

type Clock = { timeliness: 'on_time' | 'late' | 'pending' | 'missing'; workingDaysLeft: number | null };

export function presentRequest(r: repo.RequestWithUnit & Clock) {
  return {
    id: r.id,
    dossierId: r.dossierId,
    parentRequestId: r.parentRequestId,
    unit: { code: r.unitCode, nameVi: r.unitNameVi, nameEn: r.unitNameEn, kind: r.unitKind },
    letterNumber: r.letterNumber,
    status: r.status,
    reasons: r.reasons as { kind: 'standing' | 'field' | 'area' | 'office' | 'aid_approval' | 'change' }[],
    addedReason: r.addedReason,
    note: r.note,
    sentOn: r.sentOn,
    dueOn: r.dueOn,
    answeredOn: r.answeredOn,
    timeliness: r.timeliness,
    workingDaysLeft: r.workingDaysLeft,
  };
}

export function presentReply(r: repo.ReplyRow & { preparedByName?: string | null }) {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    position: r.position as ReplyPosition | null,
    reasons: r.reasons,
    items: r.items,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    preparedByName: r.preparedByName ?? null,
    sentOn: r.sentOn,
    late: r.late,
    supersedesId: r.supersedesId,
    // The storage key stays on the server; the file is read through GET …/replies/:replyId/letter.
    letterFile: r.letterFile ? { fileName: r.letterFile.fileName, bytes: r.letterFile.bytes, sha256: r.letterFile.sha256, contentType: r.letterFile.contentType } : null,
  };
}
