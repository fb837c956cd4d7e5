import type { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import { receiptDay } from '../../domain/calendar/deadline';
import { enterStatus } from '../../domain/dossiers/clock';
import { completenessIssues } from '../../domain/dossiers/completeness';
import { STATUS_NAMES, decideTransition, type DossierAction } from '../../domain/dossiers/workflow';
import type { AmendKind } from '../../domain/procedures/procedure-types';
import { maxValidTo } from '../../domain/registry/validity';
import { ConflictError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { checkConsultationClose, sendConsultationRequests, type ConsulteeChoice } from '../consultation/consultation-workflow';
import { issueResultCertificate } from './dossier-issue.service';
import { noticeToApplicant } from './dossier-notices';
import { clockStateOf, loadVisibleDossier, rulesFor, staleVersion, type Application, type DossierDeps } from './dossiers.service';
import * as repo from './dossiers.repo';
import { partiesOf } from './dossiers.policy';
import type { dossierActionBodySchema } from './dossiers.schemas';
import type { Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
type ActionInput = z.infer<typeof dossierActionBodySchema>;

const REFUSALS = {
  illegal_transition: { vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.', en: 'This action is not possible in the dossier’s current status.' },
  not_your_step: { vi: 'Bạn không có quyền thực hiện bước này của hồ sơ.', en: 'This step of the dossier is not yours to take.' },
  reason_required: { vi: 'Cần ghi rõ lý do.', en: 'A reason is required.' },
} as const;

/** Actions only the applicant may take through the applicant's route; the others through MOFA's. */
export const APPLICANT_ACTIONS: readonly DossierAction[] = ['submit', 'answer_supplement', 'withdraw'];

/**
 * Takes a workflow action on a dossier (Decree 58/2022 Art. 11 steps, see domain/dossiers/workflow.ts): checks the
 * transition table and who may act, updates the status and clocks, runs the action's effect (certificate issue),
 * sends the requests for opinion (consultation/consultation-workflow.ts; `consultees` = the officer's adjusted list),
 * appends the action log row and the audit entry — all in one transaction. A refused action answers 409 with the
 * current status and the allowed actions. @throws NotFoundError, ConflictError, ValidationError
 */
export async function takeAction(deps: DossierDeps, ctx: Ctx, id: string, input: ActionInput, consultees?: ConsulteeChoice) {
  const now = deps.clock.now();
  const today = vnDateOf(now);
  const first = await loadVisibleDossier(deps.db, ctx.actor, id);
  const rules = await rulesFor(deps.db, first.procedure, (first.amendKind as AmendKind | null) ?? null);
  return deps.db.transaction(async (tx) => {
    const row = await loadVisibleDossier(tx, ctx.actor, id, true);
    if (input.lockVersion !== undefined && input.lockVersion !== row.lockVersion) throw staleVersion(row.lockVersion);
    const parties = partiesOf(ctx.actor, row);
    const decision = decideTransition(row.status, input.action, parties, input.reason);
    if (!decision.ok) {
      throw new ConflictError(decision.refusal, REFUSALS[decision.refusal], { status: row.status, statusName: STATUS_NAMES[row.status], allowedActions: decision.allowed });
    }
    const application = row.application as Application;
    const changes: Partial<repo.DossierInsert> = {};
    const payload: Record<string, unknown> = {};

    if (input.action === 'submit' || input.action === 'answer_supplement') {
      const documents = await repo.selectDocuments(tx, id);
      const uploaded = new Map<string, number>();
      for (const d of documents) uploaded.set(d.componentCode, (uploaded.get(d.componentCode) ?? 0) + 1);
      const issues = completenessIssues(rules.procedure, { amendKind: (row.amendKind as AmendKind | null) ?? null, application, uploaded, targetCertificateId: row.targetCertificateId });
      if (issues.length) throw new ValidationError(issues, { vi: 'Hồ sơ chưa đủ thành phần để nộp.', en: 'The dossier is not complete enough to submit.' });
    }
    if (input.action === 'request_supplement') payload.missingComponents = input.missingComponents ?? [];
    if (input.action === 'skip_consultation' && rules.durations.consultationSend !== 0) {
      throw new ConflictError('consultation_required', { vi: 'Thủ tục này phải lấy ý kiến các cơ quan liên quan.', en: 'This procedure requires consulting the agencies concerned.' }, { status: row.status });
    }
    if (input.action === 'propose_decision') {
      if (!input.decision) throw new ValidationError([{ path: 'decision', code: 'required', message: { vi: 'Cần dự thảo quyết định.', en: 'A draft decision is required.' } }]);
      changes.decisionDraft = { ...input.decision, reason: input.reason ?? null, proposedBy: ctx.actor.userId, maxValidTo: proposalCap(rules.procedure.certificateType, rules.procedure.kind, input.decision.validFrom ?? today, application) };
      payload.decision = changes.decisionDraft;
    }
    if (input.action === 'refuse') changes.decisionDraft = { ...((row.decisionDraft as object | null) ?? {}), outcome: 'refuse', reason: input.reason };

    // The day the step counts from: online filings received after office hours count from the next working day.
    const day = input.action === 'submit' || input.action === 'answer_supplement' ? receiptDay(rules.calendar, now, rules.settings.receiptCutoff) : today;
    const clock = enterStatus(rules.calendar, clockStateOf(row), decision.to, day, rules.durations);
    Object.assign(changes, clock);
    if (!row.assignedTo && parties.includes('officer')) changes.assignedTo = ctx.actor.userId;

    if (input.action === 'send_for_consultation') {
      payload.consultation = await sendConsultationRequests(tx, ctx, row, rules, today, consultees, deps.config.PUBLIC_BASE_URL);
    }
    if (input.action === 'close_consultation') payload.consultation = await checkConsultationClose(tx, id, today, input.reason);

    if (input.action === 'issue_certificate') {
      const issued = await issueResultCertificate(deps, tx, ctx, row, today);
      changes.resultCertificateId = issued.certificateId;
      changes.organizationId = issued.organizationId;
      payload.certificateNumber = issued.number;
    }

    const updated = await repo.updateDossier(tx, id, changes);
    await repo.insertAction(tx, {
      dossierId: id,
      action: input.action,
      fromStatus: row.status,
      toStatus: decision.to,
      actorId: ctx.actor.userId,
      actorRole: ctx.actor.role,
      actorUnitId: ctx.actor.unitId,
      reason: input.reason ?? null,
      payload: Object.keys(payload).length ? payload : null,
      onDay: day,
      stepDueOn: clock.stepDueOn,
    });
    await noticeToApplicant(tx, updated, input.action, input.reason ?? null, deps.config.PUBLIC_BASE_URL);
    await appendAudit(tx, ctx, {
      action: `dossier.${input.action}`,
      entityType: 'dossier',
      entityId: id,
      before: { status: row.status, stepDueOn: row.stepDueOn },
      after: { status: decision.to, stepDueOn: clock.stepDueOn, reason: input.reason ?? null, ...payload },
    });
    return updated;
  });
}

/** The latest end date a decision may give (Decree 58/2022 Art. 9), shown on the draft for the leader. */
function proposalCap(type: 'operation' | 'rep_office', kind: string, validFrom: string, application: Application): string | null {
  if (kind === 'amend') return null;
  return maxValidTo(type, validFrom, application.homeRegistrationExpiresOn ?? null);
}

/**
 * Ends the consultation step without an officer once every agency asked has replied (issue 6: "the dossier moves to
 * MOFA appraisal when all replies are in"): same clock, log entry and notice as `close_consultation`, recorded as
 * taken by the system on the reply of `ctx`'s agency. Does nothing unless the dossier is still in consultation.
 */
export async function closeConsultationWhenAnswered(deps: DossierDeps, tx: Executor, ctx: Ctx, dossierId: string, today: string) {
  const row = await repo.selectDossier(tx, dossierId, true);
  if (!row || row.status !== 'in_consultation') return null;
  const rules = await rulesFor(tx, row.procedure, (row.amendKind as AmendKind | null) ?? null);
  const clock = enterStatus(rules.calendar, clockStateOf(row), 'appraisal', today, rules.durations);
  const reason = 'Đã nhận đủ ý kiến của các cơ quan được hỏi. / All agencies asked have replied.';
  const updated = await repo.updateDossier(tx, dossierId, clock);
  await repo.insertAction(tx, { dossierId, action: 'close_consultation', fromStatus: row.status, toStatus: 'appraisal', actorId: null, actorRole: null, actorUnitId: null, reason, payload: { automatic: true }, onDay: today, stepDueOn: clock.stepDueOn });
  await noticeToApplicant(tx, updated, 'close_consultation', null, deps.config.PUBLIC_BASE_URL);
  await appendAudit(tx, ctx, { action: 'dossier.close_consultation', entityType: 'dossier', entityId: dossierId, before: { status: row.status }, after: { status: 'appraisal', stepDueOn: clock.stepDueOn, automatic: true } });
  return updated;
}
