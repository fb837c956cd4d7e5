/**
 * The signed reply letter (văn bản trả lời có chữ ký) an agency attaches to its draft reply (issue 6 §3: "an optional
 * signed letter upload"). Only a PDF, recognised by its content; only the addressed agency, only while the reply is a
 * draft (a sent reply is immutable: a correction is a new reply with its own letter). The letter is read by the
 * agency itself, by the province's focal unit for its department's sub-request, and by MOFA (loadRequestFor).
 */
import { hasPermission } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { MIME_TYPES, sniffFileType } from '../../platform/storage/sniff';
import { appendAudit } from '../audit/audit.service';
import * as repo from './consultation.repo';
import { loadRequestFor } from './consultation.service';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
type LetterDeps = Pick<Deps, 'db' | 'storage'>;

const NOT_YOURS = { vi: 'Chỉ cơ quan được xin ý kiến mới tải lên văn bản trả lời của mình.', en: 'Only the agency asked may upload its own reply letter.' };
const ALREADY_SENT = { vi: 'Văn bản trả lời đã gửi thì không sửa được; hãy tạo bản sửa đổi (thay thế) rồi tải văn bản mới.', en: 'A sent reply cannot be changed; start a correction (which supersedes it) and upload the new letter there.' };

/** 415: the file is not a PDF (checked by its content, never by its name). */
export class NotPdfError extends AppError {
  constructor(fileName: string, detected: string | null) {
    super(
      415,
      'unsupported_file_type',
      {
        vi: `Tệp "${fileName}" không phải PDF (đã kiểm tra theo nội dung tệp). Văn bản trả lời có chữ ký phải là tệp PDF.`,
        en: `"${fileName}" is not a PDF file (checked by its content). The signed reply letter must be a PDF.`,
      },
      { fileName, detected },
    );
  }
}

/**
 * Attaches the signed letter to the agency's draft reply (replacing an earlier one, whose file is removed).
 * @throws ForbiddenError (audited) for anyone but the addressed agency; ConflictError when there is no draft (or the
 *   reply was sent); ValidationError for an empty file; NotPdfError (415) for anything but a PDF.
 */
export async function uploadReplyLetter(deps: LetterDeps, ctx: Ctx, requestId: string, input: { fileName: string; bytes: Buffer }) {
  if (!hasPermission(ctx.actor, 'consultations:answer')) throw new ForbiddenError();
  const request = await loadRequestFor(deps, ctx, requestId);
  if (request.unitId !== ctx.actor.unitId) {
    // e.g. a province's focal unit on its department's sub-request: it reads the reply, it does not write it.
    await appendAudit(deps.db, ctx, { action: 'consultation.access_denied', entityType: 'consultation_request', entityId: requestId, after: { unitId: ctx.actor.unitId, dossierId: request.dossierId, attempted: 'upload_reply_letter' } });
    throw new ForbiddenError('not_your_request', NOT_YOURS);
  }
  if (input.bytes.length === 0) throw new ValidationError([{ path: 'file', code: 'empty_file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } }]);
  const detected = sniffFileType(input.bytes);
  if (detected !== 'pdf') throw new NotPdfError(input.fileName, detected);
  await draftOrConflict(deps.db, requestId);

  const stored = await deps.storage.put(`consultations/${requestId}`, input.bytes);
  let replaced: string | null = null;
  try {
    const saved = await deps.db.transaction(async (tx) => {
      await repo.selectRequest(tx, requestId, true);
      const draft = await draftOrConflict(tx, requestId);
      replaced = draft.letterFile?.key ?? null;
      const letterFile = { key: stored.key, fileName: input.fileName.normalize('NFC').trim().slice(0, 255) || 'van-ban-tra-loi.pdf', sha256: stored.sha256, bytes: stored.sizeBytes, contentType: MIME_TYPES.pdf };
      const updated = await repo.updateReply(tx, draft.id, { letterFile });
      await appendAudit(tx, ctx, { action: 'consultation.reply_letter_uploaded', entityType: 'consultation_request', entityId: requestId, after: { replyId: draft.id, fileName: letterFile.fileName, sha256: stored.sha256, bytes: stored.sizeBytes, replaces: replaced } });
      return updated;
    });
    if (replaced) await deps.storage.remove(replaced).catch(() => undefined);
    return saved;
  } catch (error) {
    await deps.storage.remove(stored.key);
    throw error;
  }
}

async function draftOrConflict(db: Parameters<typeof repo.selectDraftReply>[0], requestId: string) {
  const draft = await repo.selectDraftReply(db, requestId);
  if (draft) return draft;
  if (await repo.selectCurrentReply(db, requestId)) throw new ConflictError('reply_already_sent', ALREADY_SENT, { status: 'sent', allowedActions: ['amend'] });
  throw new ConflictError('no_draft', { vi: 'Hãy lưu dự thảo trả lời trước khi tải lên văn bản có chữ ký.', en: 'Save the draft reply before uploading the signed letter.' }, { allowedActions: ['save_draft'] });
}

/**
 * The signed letter of one reply, for whoever may read the request (the agency, the parent focal unit of a
 * sub-request, MOFA). A draft's letter stays inside the agency. @throws NotFoundError when there is none.
 */
export async function readReplyLetter(deps: LetterDeps, ctx: Ctx, requestId: string, replyId: string) {
  const request = await loadRequestFor(deps, ctx, requestId);
  const reply = await repo.selectReply(deps.db, requestId, replyId);
  if (!reply?.letterFile || (reply.status === 'draft' && request.unitId !== ctx.actor.unitId)) throw new NotFoundError('reply_letter');
  const bytes = await deps.storage.get(reply.letterFile.key);
  return { file: reply.letterFile, bytes };
}
