import { vnDateOf } from '../../../common/dates';
import type { AmendKind } from '../../domain/procedures/procedure-types';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { MIME_TYPES, sniffFileType, typeOfExtension, type SniffedType } from '../../platform/storage/sniff';
import { appendAudit } from '../audit/audit.service';
import { canEditContent } from './dossiers.policy';
import * as repo from './dossiers.repo';
import { loadVisibleDossier, rulesFor, type DossierDeps } from './dossiers.service';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** Types a dossier component may be uploaded as (issue 5: PDF, JPEG, PNG, DOCX — sniffed by content). */
const DOSSIER_FILE_TYPES: readonly SniffedType[] = ['pdf', 'jpeg', 'png', 'docx'];

/** 415 for a file whose content is not an accepted type, or does not match its extension. */
export class UnsupportedFileError extends AppError {
  constructor(details: Record<string, unknown>, messages: { vi: string; en: string }) {
    super(415, 'unsupported_file_type', messages, details);
  }
}

export interface UploadInput {
  componentCode: string;
  fileName: string;
  bytes: Buffer;
  legalised: boolean;
  certifiedTranslation: boolean;
}

/**
 * Stores one file for a component of a dossier: the type is recognised from the content (never the name), must be
 * PDF/JPEG/PNG/DOCX and agree with the extension; SHA-256 kept. The file is stored first and the row written after,
 * so an interrupted upload leaves nothing in the dossier; if the row cannot be written the file is removed.
 * @throws NotFoundError, ConflictError, ValidationError, UnsupportedFileError
 */
export async function uploadDocument(deps: DossierDeps, ctx: Ctx, dossierId: string, input: UploadInput): Promise<repo.DossierDocumentRow> {
  const row = await loadVisibleDossier(deps.db, ctx.actor, dossierId);
  if (!canEditContent(ctx.actor, row)) {
    throw new ConflictError('dossier_not_editable', { vi: 'Không thể thêm tài liệu ở trạng thái hiện tại của hồ sơ.', en: 'Documents cannot be added in the dossier’s current status.' }, { status: row.status });
  }
  const rules = await rulesFor(deps.db, row.procedure, (row.amendKind as AmendKind | null) ?? null);
  if (!rules.procedure.components.some((c) => c.code === input.componentCode)) {
    throw new ValidationError([{ path: 'componentCode', code: 'unknown_component', message: { vi: 'Thành phần hồ sơ không thuộc thủ tục này.', en: 'This component is not part of the procedure.' } }]);
  }
  if (input.bytes.length === 0) throw new ValidationError([{ path: 'file', code: 'empty_file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } }]);
  const sniffed = sniffFileType(input.bytes);
  const claimed = typeOfExtension(input.fileName);
  if (!sniffed || !DOSSIER_FILE_TYPES.includes(sniffed)) {
    throw new UnsupportedFileError({ fileName: input.fileName }, { vi: `Tệp "${input.fileName}" không phải PDF, JPEG, PNG hoặc DOCX (đã kiểm tra theo nội dung tệp).`, en: `"${input.fileName}" is not a PDF, JPEG, PNG or DOCX file (checked by its content).` });
  }
  if (claimed !== sniffed) {
    throw new UnsupportedFileError({ fileName: input.fileName, detected: sniffed }, { vi: `Nội dung tệp "${input.fileName}" là ${sniffed.toUpperCase()}, không khớp với phần mở rộng của tên tệp.`, en: `The content of "${input.fileName}" is ${sniffed.toUpperCase()}, which does not match its extension.` });
  }
  const stored = await deps.storage.put(`dossiers/${dossierId}`, input.bytes);
  try {
    return await deps.db.transaction(async (tx) => {
      const current = await loadVisibleDossier(tx, ctx.actor, dossierId, true);
      if (!canEditContent(ctx.actor, current)) throw new ConflictError('dossier_not_editable', { vi: 'Hồ sơ vừa chuyển trạng thái.', en: 'The dossier has just changed status.' }, { status: current.status });
      const document = await repo.insertDocument(tx, {
        dossierId,
        componentCode: input.componentCode,
        fileName: input.fileName.normalize('NFC').slice(0, 255),
        contentType: MIME_TYPES[sniffed],
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey: stored.key,
        legalised: input.legalised,
        certifiedTranslation: input.certifiedTranslation,
        uploadedBy: ctx.actor.userId!,
      });
      await repo.insertAction(tx, { dossierId, action: 'upload', fromStatus: current.status, toStatus: current.status, actorId: ctx.actor.userId, actorRole: ctx.actor.role, actorUnitId: ctx.actor.unitId, onDay: vnDateOf(deps.clock.now()), payload: { documentId: document.id, componentCode: input.componentCode, fileName: document.fileName, sha256: stored.sha256 } });
      await appendAudit(tx, ctx, { action: 'dossier.upload', entityType: 'dossier', entityId: dossierId, after: { documentId: document.id, componentCode: input.componentCode, sha256: stored.sha256, sizeBytes: stored.sizeBytes } });
      return document;
    });
  } catch (error) {
    await deps.storage.remove(stored.key);
    throw error;
  }
}

/** Removes a document from a dossier that may still be edited (the file is kept for the audit trail). */
export async function removeDocument(deps: DossierDeps, ctx: Ctx, dossierId: string, documentId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await loadVisibleDossier(tx, ctx.actor, dossierId, true);
    if (!canEditContent(ctx.actor, row)) throw new ConflictError('dossier_not_editable', { vi: 'Không thể xoá tài liệu ở trạng thái hiện tại.', en: 'Documents cannot be removed in the current status.' }, { status: row.status });
    const document = await repo.selectDocument(tx, dossierId, documentId);
    if (!document) throw new NotFoundError('document');
    await repo.markDocumentRemoved(tx, documentId);
    await appendAudit(tx, ctx, { action: 'dossier.remove_document', entityType: 'dossier', entityId: dossierId, before: { documentId, fileName: document.fileName, sha256: document.sha256 } });
  });
}

/** A document's bytes for someone who may see the dossier (access is audited). @throws NotFoundError */
export async function readDocument(deps: DossierDeps, ctx: Ctx, dossierId: string, documentId: string) {
  await loadVisibleDossier(deps.db, ctx.actor, dossierId);
  const document = await repo.selectDocument(deps.db, dossierId, documentId);
  if (!document) throw new NotFoundError('document');
  const bytes = await deps.storage.get(document.storageKey);
  await appendAudit(deps.db, ctx, { action: 'dossier.read_document', entityType: 'dossier', entityId: dossierId, after: { documentId } });
  return { document, bytes };
}
