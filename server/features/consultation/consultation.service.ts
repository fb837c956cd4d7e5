/**
 * The agency side of a consultation (issue 6; Decree 58/2022 Art. 11(2)): an agency's inbox, the request with the
 * dossier it may read (read-only, every access logged), the reply drafted inside the agency and then sent (immutable;
 * a correction supersedes it, both kept; late replies accepted and marked late), a province's internal sub-requests
 * to its departments, the letter as PDF/DOCX, and MOFA's opinion matrix. An agency that opens a request or a
 * dossier that is not its own gets 403 and an audit entry.
 */
import { vnDateOf } from '../../../common/dates';
import { hasPermission, type Actor } from '../../domain/access/policy';
import { missedDeadlineReading, replyTimeliness, silenceAfterDeadline } from '../../domain/consultation/request-clock';
import { agencyTimeliness } from '../../domain/consultation/statistics';
import { addWorkingDays, workingDaysLeft } from '../../domain/calendar/working-days';
import type { AmendKind } from '../../domain/procedures/procedure-types';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { closeConsultationWhenAnswered } from '../dossiers/dossier-actions.service';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import { loadVisibleDossier, rulesFor, type Application } from '../dossiers/dossiers.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import { getConsultationConfig } from '../settings/settings.service';
import { selectUnitByCode } from '../units/units.repo';
import { renderLetterDocx, renderLetterPdf, type ConsultationLetter } from './consultation-letter';
import { matrixDocx, matrixXlsx, type MatrixExport } from './opinion-matrix-export';
import * as repo from './consultation.repo';
import type { ReplyPosition } from './consultation.tables';
import { proposalFor } from './consultation-workflow';

export type ConsultationDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'storage'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

const FORBIDDEN = { vi: 'Yêu cầu xin ý kiến này không gửi đến cơ quan của bạn.', en: 'This request for opinion was not sent to your agency.' };

/** MOFA (dossiers:process) reads every request; an agency only those addressed to its unit. */
function isMofa(actor: Actor): boolean {
  return hasPermission(actor, 'dossiers:process');
}

/**
 * Loads a request the actor may see; otherwise 403 with an audit entry (written outside any transaction so the
 * refusal is kept — callers check before opening theirs). A request that does not exist is 404.
 */
export async function loadRequestFor(deps: Pick<Deps, 'db'>, ctx: Ctx, id: string): Promise<repo.RequestWithUnit> {
  const db = deps.db;
  const request = await repo.selectRequest(db, id);
  if (!request) throw new NotFoundError('consultation_request');
  if (isMofa(ctx.actor) || (ctx.actor.unitId !== null && ctx.actor.unitId === request.unitId)) return request;
  // A province's focal unit also reads the sub-requests it sent to its departments.
  if (request.parentRequestId) {
    const parent = await repo.selectRequest(db, request.parentRequestId);
    if (parent && ctx.actor.unitId === parent.unitId) return request;
  }
  await appendAudit(deps.db, ctx, { action: 'consultation.access_denied', entityType: 'consultation_request', entityId: id, after: { unitId: ctx.actor.unitId, dossierId: request.dossierId } });
  throw new ForbiddenError('not_your_request', FORBIDDEN);
}

/** Where a request stands today, for lists and the matrix. */
function clockOf(calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>, request: Pick<repo.RequestRow, 'dueOn' | 'answeredOn'>, today: string) {
  return {
    timeliness: replyTimeliness(request.dueOn, request.answeredOn, today),
    workingDaysLeft: request.answeredOn ? null : workingDaysLeft(calendar, today, request.dueOn),
  };
}

/** The agency's inbox (open first, by due day). */
export async function listInbox(deps: ConsultationDeps, actor: Actor, status?: 'open' | 'answered') {
  if (!actor.unitId) return [];
  const [rows, calendar] = await Promise.all([repo.selectUnitRequests(deps.db, actor.unitId, { status, limit: 200 }), loadWorkingCalendar({ db: deps.db })]);
  const today = vnDateOf(deps.clock.now());
  return rows.map((r) => ({ ...r, ...clockOf(calendar, r, today) }));
}

/** One request with its replies, sub-requests and the dossier summary the agency may read; the read is audited. */
export async function getRequestView(deps: ConsultationDeps, ctx: Ctx, id: string) {
  const request = await loadRequestFor(deps, ctx, id);
  const dossier = (await dossiersRepo.selectDossier(deps.db, request.dossierId))!;
  const [replies, subRequests, documents, calendar] = await Promise.all([
    repo.selectReplies(deps.db, [request.id]),
    repo.selectSubRequests(deps.db, request.id),
    dossiersRepo.selectDocuments(deps.db, dossier.id),
    loadWorkingCalendar({ db: deps.db }),
  ]);
  const subReplies = await repo.selectReplies(deps.db, subRequests.map((s) => s.id));
  const today = vnDateOf(deps.clock.now());
  await appendAudit(deps.db, ctx, { action: 'consultation.read', entityType: 'consultation_request', entityId: id, after: { dossierId: dossier.id } });
  // A draft is the agency's internal business: MOFA sees sent replies only.
  const visibleReplies = isMofa(ctx.actor) && ctx.actor.unitId !== request.unitId ? replies.filter((r) => r.status !== 'draft') : replies;
  return {
    request: { ...request, ...clockOf(calendar, request, today) },
    dossier,
    documents,
    replies: visibleReplies,
    subRequests: subRequests.map((s) => ({ ...s, ...clockOf(calendar, s, today), reply: subReplies.find((r) => r.requestId === s.id && r.status === 'sent') ?? null })),
  };
}

/** A dossier document, for an agency asked about the dossier (read-only; the read is audited). */
export async function readRequestDocument(deps: ConsultationDeps, ctx: Ctx, requestId: string, documentId: string) {
  const request = await loadRequestFor(deps, ctx, requestId);
  const document = await dossiersRepo.selectDocument(deps.db, request.dossierId, documentId);
  if (!document) throw new NotFoundError('document');
  const bytes = await deps.storage.get(document.storageKey);
  await appendAudit(deps.db, ctx, { action: 'consultation.read_document', entityType: 'consultation_request', entityId: requestId, after: { dossierId: request.dossierId, documentId } });
  return { document, bytes };
}

export interface ReplyInput {
  position?: ReplyPosition | null;
  reasons?: string | null;
  items?: { kind: 'condition' | 'objection'; text: string }[];
  signerName?: string | null;
  signerTitle?: string | null;
}

const needsAnswerRight = (actor: Actor) => {
  if (!hasPermission(actor, 'consultations:answer')) throw new ForbiddenError();
};

/** Saves the agency's draft reply (creates it on first save). Only the addressed agency drafts. */
export async function saveDraftReply(deps: ConsultationDeps, ctx: Ctx, requestId: string, input: ReplyInput) {
  needsAnswerRight(ctx.actor);
  await loadRequestFor(deps, ctx, requestId);
  return deps.db.transaction(async (tx) => {
    const request = (await repo.selectRequest(tx, requestId, true))!;
    if (request.unitId !== ctx.actor.unitId) throw new ForbiddenError('not_your_request', FORBIDDEN);
    if (request.status === 'withdrawn') throw new ConflictError('request_withdrawn', { vi: 'Yêu cầu này đã được thu hồi.', en: 'This request was withdrawn.' });
    const draft = await repo.selectDraftReply(tx, requestId);
    const values = { position: input.position ?? null, reasons: input.reasons ?? null, items: input.items ?? [], signerName: input.signerName ?? null, signerTitle: input.signerTitle ?? null };
    const saved = draft
      ? await repo.updateReply(tx, draft.id, values)
      : await repo.insertReply(tx, { requestId, version: await repo.nextReplyVersion(tx, requestId), status: 'draft', preparedBy: ctx.actor.userId!, supersedesId: (await repo.selectCurrentReply(tx, requestId))?.id ?? null, ...values });
    await appendAudit(tx, ctx, { action: draft ? 'consultation.reply_draft_updated' : 'consultation.reply_drafted', entityType: 'consultation_request', entityId: requestId, after: { replyId: saved.id, ...values } });
    return saved;
  });
}

function validateForSending(reply: repo.ReplyRow): void {
  const issues = [];
  if (!reply.position) issues.push({ path: 'position', code: 'required', message: { vi: 'Chọn ý kiến: đồng ý, đồng ý có điều kiện, không đồng ý hoặc không thuộc thẩm quyền.', en: 'Choose a position: agree, agree with conditions, disagree or outside our remit.' } });
  if (reply.position === 'agree_with_conditions' && !reply.items.some((i) => i.kind === 'condition')) {
    issues.push({ path: 'items', code: 'condition_required', message: { vi: 'Nêu ít nhất một điều kiện.', en: 'State at least one condition.' } });
  }
  if (reply.position === 'disagree' && !reply.reasons?.trim() && !reply.items.some((i) => i.kind === 'objection')) {
    issues.push({ path: 'reasons', code: 'reason_required', message: { vi: 'Nêu lý do không đồng ý.', en: 'Give the reasons for disagreeing.' } });
  }
  if (!reply.signerName?.trim()) issues.push({ path: 'signerName', code: 'required', message: { vi: 'Ghi người ký văn bản trả lời.', en: 'Name who signed the reply.' } });
  if (issues.length) throw new ValidationError(issues, { vi: 'Văn bản trả lời chưa đủ thông tin để gửi.', en: 'The reply is not complete enough to send.' });
}

/**
 * Sends the draft: it becomes immutable, supersedes the previous sent reply (kept), is marked late after the due
 * day, and answers the request. @throws ConflictError when there is no draft.
 */
export async function sendReply(deps: ConsultationDeps, ctx: Ctx, requestId: string) {
  needsAnswerRight(ctx.actor);
  await loadRequestFor(deps, ctx, requestId);
  const today = vnDateOf(deps.clock.now());
  return deps.db.transaction(async (tx) => {
    const request = (await repo.selectRequest(tx, requestId, true))!;
    if (request.unitId !== ctx.actor.unitId) throw new ForbiddenError('not_your_request', FORBIDDEN);
    const draft = await repo.selectDraftReply(tx, requestId);
    if (!draft) throw new ConflictError('no_draft', { vi: 'Chưa có dự thảo trả lời để gửi.', en: 'There is no draft reply to send.' });
    validateForSending(draft);
    const previous = await repo.selectCurrentReply(tx, requestId);
    if (previous) await repo.updateReply(tx, previous.id, { status: 'superseded' });
    const late = today > request.dueOn;
    const sent = await repo.updateReply(tx, draft.id, { status: 'sent', sentBy: ctx.actor.userId, sentOn: today, sentAt: deps.clock.now(), late, supersedesId: previous?.id ?? null });
    if (!request.answeredOn) {
      await repo.updateRequest(tx, requestId, { status: 'answered', answeredOn: today });
      const open = (await repo.selectDossierRequests(tx, request.dossierId)).filter((r) => r.parentRequestId === null && r.status === 'sent');
      if (request.parentRequestId === null && open.length === 0) await closeConsultationWhenAnswered(deps, tx, ctx, request.dossierId, today);
    }
    await appendAudit(tx, ctx, { action: previous ? 'consultation.reply_corrected' : 'consultation.reply_sent', entityType: 'consultation_request', entityId: requestId, after: { replyId: sent.id, position: sent.position, late, supersedes: previous?.id ?? null } });
    return sent;
  });
}

/**
 * A province's focal unit forwards an internal sub-request to one of its departments (provincial police, finance,
 * line departments: units whose parent is the focal unit), due by `dueOn` — inside the 10 WD of its own request.
 */
export async function forwardSubRequest(deps: ConsultationDeps, ctx: Ctx, requestId: string, input: { unitCode: string; dueOn?: string | null; note?: string | null }) {
  needsAnswerRight(ctx.actor);
  await loadRequestFor(deps, ctx, requestId);
  const today = vnDateOf(deps.clock.now());
  const calendar = await loadWorkingCalendar({ db: deps.db });
  return deps.db.transaction(async (tx) => {
    const request = (await repo.selectRequest(tx, requestId, true))!;
    if (request.unitId !== ctx.actor.unitId || request.parentRequestId) throw new ForbiddenError('not_your_request', FORBIDDEN);
    const unit = await selectUnitByCode(tx, input.unitCode);
    if (!unit || unit.parentId !== request.unitId) {
      throw new ValidationError([{ path: 'unitCode', code: 'not_a_department', message: { vi: 'Chỉ chuyển được cho các sở, ngành thuộc tỉnh của bạn.', en: 'You can only forward to your own province’s departments.' } }]);
    }
    const dueOn = input.dueOn ?? minDay(addWorkingDays(calendar, today, 7), request.dueOn);
    if (dueOn > request.dueOn || dueOn < today) {
      throw new ValidationError([{ path: 'dueOn', code: 'outside_parent_period', message: { vi: `Hạn nội bộ phải trong khoảng từ hôm nay đến ${vn(request.dueOn)}.`, en: `The internal deadline must fall between today and ${vn(request.dueOn)}.` } }]);
    }
    const [created] = await repo.insertRequests(tx, [{ dossierId: request.dossierId, unitId: unit.id, parentRequestId: request.id, note: input.note ?? null, sentOn: today, dueOn, sentBy: ctx.actor.userId! }]);
    await appendAudit(tx, ctx, { action: 'consultation.forwarded', entityType: 'consultation_request', entityId: requestId, after: { subRequestId: created!.id, unitCode: unit.code, dueOn } });
    return created!;
  });
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const vn = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** The letter of a (top-level) request, as PDF or DOCX. */
export async function requestLetter(deps: ConsultationDeps, ctx: Ctx, requestId: string, format: 'pdf' | 'docx') {
  const request = await loadRequestFor(deps, ctx, requestId);
  if (request.parentRequestId) throw new NotFoundError('letter');
  const dossier = (await dossiersRepo.selectDossier(deps.db, request.dossierId))!;
  const rules = await rulesFor(deps.db, dossier.procedure, (dossier.amendKind as AmendKind | null) ?? null);
  const application = dossier.application as Application;
  const documents = await dossiersRepo.selectDocuments(deps.db, dossier.id);
  const base = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const letter: ConsultationLetter = {
    superiorBody: 'BỘ NGOẠI GIAO',
    issuingUnit: 'ỦY BAN CÔNG TÁC VỀ CÁC TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI',
    number: request.letterNumber ?? '',
    place: 'Hà Nội',
    day: request.sentOn,
    subject: `xin ý kiến về hồ sơ ${rules.procedure.name.vi.charAt(0).toLowerCase()}${rules.procedure.name.vi.slice(1)} của ${application.nameVi ?? application.nameEn ?? dossier.applicantName}`,
    recipient: request.unitNameVi,
    paragraphs: [
      `Ủy ban công tác về các tổ chức phi chính phủ nước ngoài nhận được hồ sơ ${dossier.code} của ${application.nameVi ?? dossier.applicantName}${application.nameEn ? ` (${application.nameEn})` : ''} đề nghị ${rules.procedure.name.vi.charAt(0).toLowerCase()}${rules.procedure.name.vi.slice(1)}; hồ sơ được xác nhận đầy đủ, hợp lệ ngày ${vn(dossier.acceptedOn ?? request.sentOn)}.`,
      ...(application.provinceCodes?.length ? [`Địa bàn hoạt động đề nghị: ${application.provinceCodes.join(', ')} (mã tỉnh, thành phố). Lĩnh vực: ${(application.fieldCodes ?? []).join(', ')}.`] : []),
      'Căn cứ Nghị định số 58/2022/NĐ-CP ngày 31/8/2022 của Chính phủ về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam, Ủy ban trân trọng đề nghị Quý Cơ quan cho ý kiến về hồ sơ nêu trên.',
    ],
    documents: documents.map((d) => ({ title: d.fileName, link: `${base}/consultations/${request.id}` })),
    dueDay: request.dueOn,
    copiesTo: ['Như trên', 'Bộ Ngoại giao (để b/c)'],
    signerAuthority: 'TL. CHỦ NHIỆM',
    signerTitle: 'CHÁNH VĂN PHÒNG',
    signerName: (await repo.selectUserName(deps.db, request.sentBy)) ?? '',
  };
  return format === 'pdf' ? renderLetterPdf(letter) : renderLetterDocx(letter);
}

/**
 * MOFA's opinion matrix: one row per agency asked (top-level requests), with the sent reply, and the proposal. A row
 * past its due day without a reply carries how its silence reads under `onMissedDeadline` (`missedDeadline`:
 * 'no_reply', or 'deemed_agreement' — a note, never a reply: request-clock.ts `silenceAfterDeadline`).
 */
export async function opinionMatrix(deps: ConsultationDeps, actor: Actor, dossierId: string) {
  const dossier = await loadVisibleDossier(deps.db, actor, dossierId);
  const rules = await rulesFor(deps.db, dossier.procedure, (dossier.amendKind as AmendKind | null) ?? null);
  const [requests, calendar, config] = await Promise.all([repo.selectDossierRequests(deps.db, dossierId), loadWorkingCalendar({ db: deps.db }), getConsultationConfig(deps.db)]);
  const replies = await repo.selectReplies(deps.db, requests.map((r) => r.id));
  const today = vnDateOf(deps.clock.now());
  const onMissedDeadline = missedDeadlineReading(config.onMissedDeadline);
  const proposal = dossier.status === 'accepted' ? await proposalFor(deps.db, dossier, rules) : null;
  return {
    dossier,
    proposal: proposal && {
      consultees: proposal.consultees.map((c) => ({ ...c, unit: proposal.units.get(c.unitCode) ?? null })),
      unmappedFields: proposal.unmappedFields,
      basis: proposal.basis,
    },
    rows: requests
      .filter((r) => r.parentRequestId === null)
      .map((r) => ({
        request: r,
        ...clockOf(calendar, r, today),
        missedDeadline: silenceAfterDeadline(onMissedDeadline, r.dueOn, r.answeredOn, today),
        reply: replies.find((x) => x.requestId === r.id && x.status === 'sent') ?? null,
        superseded: replies.filter((x) => x.requestId === r.id && x.status === 'superseded'),
      })),
  };
}

/** Per agency over requests sent in [from, to]: MOFA sees every agency, an agency only itself (issue 6 §6). */
export async function consultationStatistics(deps: ConsultationDeps, actor: Actor, from: string, to: string) {
  const unitId = isMofa(actor) ? undefined : (actor.unitId ?? '00000000-0000-0000-0000-000000000000');
  const [rows, calendar] = await Promise.all([repo.selectRequestsSentBetween(deps.db, from, to, unitId), loadWorkingCalendar({ db: deps.db })]);
  const names = new Map(rows.map((r) => [r.unitCode, { nameVi: r.unitNameVi, nameEn: r.unitNameEn }]));
  const today = vnDateOf(deps.clock.now());
  return agencyTimeliness(calendar, rows, today).map((s) => ({ ...s, ...names.get(s.unitCode)! }));
}

/** The matrix of `opinionMatrix` as XLSX or DOCX. */
export async function exportOpinionMatrix(deps: ConsultationDeps, ctx: Ctx, dossierId: string, format: 'xlsx' | 'docx') {
  const m = await opinionMatrix(deps, ctx.actor, dossierId);
  const rules = await rulesFor(deps.db, m.dossier.procedure, (m.dossier.amendKind as AmendKind | null) ?? null);
  const data: MatrixExport = {
    dossierCode: m.dossier.code,
    applicant: m.dossier.applicantName,
    procedure: rules.procedure.name.vi,
    rows: m.rows.map((r) => ({
      agency: r.request.unitNameVi,
      sentOn: r.request.sentOn,
      dueOn: r.request.dueOn,
      answeredOn: r.request.answeredOn,
      timeliness: r.timeliness,
      position: r.reply?.position ?? null,
      items: r.reply?.items ?? [],
      reasons: r.reply?.reasons ?? null,
      signer: r.reply ? [r.reply.signerName, r.reply.signerTitle].filter(Boolean).join(', ') : null,
    })),
  };
  await appendAudit(deps.db, ctx, { action: 'consultation.matrix_exported', entityType: 'dossier', entityId: dossierId, after: { format } });
  return format === 'xlsx' ? matrixXlsx(data) : matrixDocx(data);
}
