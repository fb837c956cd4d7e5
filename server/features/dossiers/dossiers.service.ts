import type { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import { receiptDay } from '../../domain/calendar/deadline';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { enterStatus, expectedDecisionDay, readClock, RUNNING_CLOCK_STATUSES, stepDueRangeFor, type DossierClockState, type RunningSla } from '../../domain/dossiers/clock';
import { completenessIssues } from '../../domain/dossiers/completeness';
import { allowedActions, DOSSIER_STATUSES, type StepDurations } from '../../domain/dossiers/workflow';
import { getProcedure, stepsFor } from '../../domain/procedures/procedure-catalogue';
import { isEligibleTarget } from '../../domain/procedures/target-eligibility';
import type { ProcedureSettings } from '../../domain/procedures/procedure-defaults';
import type { AmendKind, Procedure, ProcedureCode } from '../../domain/procedures/procedure-types';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { findCertificate } from '../certificates/certificates.service';
import { findOrganization } from '../organizations/organizations.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import { getProcedureSettings } from '../settings/settings.service';
import { findUnitById } from '../units/units.service';
import { prefillFromRegistry } from './dossier-targets.service';
import { canViewDossier, partiesOf } from './dossiers.policy';
import * as repo from './dossiers.repo';
import type { applicationSchema, createDossierBodySchema, receivePaperDossierBodySchema } from './dossiers.schemas';

export type DossierDeps = Pick<Deps, 'db' | 'clock' | 'storage' | 'config'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
export type Application = z.infer<typeof applicationSchema>;

/** Everything a dossier computation needs besides the row: the procedure, its step limits and the calendar. */
export interface DossierRules {
  procedure: Procedure;
  settings: ProcedureSettings;
  durations: StepDurations;
  calendar: WorkingCalendar;
}

/**
 * The step limits of a procedure in force (the confirmed ones of the catalogue, the unconfirmed ones from settings):
 * Decree 58/2022 Art. 11(2)–(7) and the articles that apply them.
 */
export function durationsOf(procedure: Procedure, settings: ProcedureSettings, amendKind: AmendKind | null): StepDurations {
  const limit = (code: string, fallback: number) => procedure.steps.find((s) => s.code === code)?.maxWorkingDays ?? fallback;
  const consults = stepsFor(procedure, amendKind ?? undefined).some((s) => s.code === 'consultation_send');
  return {
    completenessCheck: limit('completeness_check', 2),
    supplementAnswer: null, // settings.supplementMaxDays is in calendar days: reminders only, no working-day due date
    consultationSend: consults ? limit('consultation_send', 2) : 0,
    consultationReplies: limit('consultation_reply', 10),
    appraisal: limit('mofa_decision', 10),
    overall: procedure.totalWorkingDays,
  };
}

/** Loads the rules for a procedure (settings from the database, the working-day calendar). */
export async function rulesFor(db: Executor, code: ProcedureCode, amendKind: AmendKind | null): Promise<DossierRules> {
  const [settings, calendar] = await Promise.all([getProcedureSettings(db), loadWorkingCalendar({ db })]);
  const procedure = getProcedure(code, settings);
  return { procedure, settings, durations: durationsOf(procedure, settings, amendKind), calendar };
}

export const clockStateOf = (row: repo.DossierRow): DossierClockState => ({
  status: row.status,
  receivedOn: row.receivedOn,
  acceptedOn: row.acceptedOn,
  overallDueOn: row.overallDueOn,
  stepEnteredOn: row.stepEnteredOn,
  stepDueOn: row.stepDueOn,
  pausedWorkingDays: row.pausedWorkingDays,
  closedOn: row.closedOn,
});

/** Loads a dossier the actor may see. Others get 404, so a dossier's existence is not revealed. @throws NotFoundError */
export async function loadVisibleDossier(db: Executor, actor: Actor, id: string, forUpdate = false): Promise<repo.DossierRow> {
  const row = await repo.selectDossier(db, id, forUpdate);
  if (!row || !canViewDossier(actor, row)) throw new NotFoundError('dossier');
  return row;
}

async function newCode(tx: Executor, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  return `HS-${year}-${String(await repo.nextNumber(tx, 'dossier', year)).padStart(6, '0')}`;
}

const invalidTarget = () =>
  new ValidationError([{ path: 'targetCertificateId', code: 'invalid_target_certificate', message: { vi: 'Giấy đăng ký không thuộc tổ chức của bạn hoặc không đúng loại thủ tục.', en: 'The certificate is not your organisation’s or does not fit the procedure.' } }]);

const targetNotInForce = () =>
  new ValidationError([
    {
      path: 'targetCertificateId',
      code: 'target_certificate_not_in_force',
      message: { vi: 'Giấy đăng ký không còn hiệu lực (hết hạn, bị đình chỉ, chấm dứt hoặc thu hồi) nên không thể gia hạn hoặc sửa đổi.', en: 'The certificate is no longer in force (expired, suspended, terminated or revoked), so it cannot be extended or amended.' },
    },
  ]);

/**
 * For amend/extend: the certificate must exist, be of the procedure's type and belong to the applicant; an NGO
 * filing online (`today` given) may only target a certificate in force (Decree 58/2022 Art. 12, 13, 16, 17).
 * A paper dossier keeps its own day of receipt, so the officer's entry is not checked against today.
 * @throws ValidationError
 */
async function checkTarget(db: Executor, procedure: Procedure, targetCertificateId: string | undefined, applicantUnitId: string | null, today: string | null) {
  if (procedure.kind === 'issue') return { organizationId: null, targetCertificateId: null };
  if (!targetCertificateId) return { organizationId: null, targetCertificateId: null };
  const certificate = await findCertificate(db, targetCertificateId);
  if (!certificate || certificate.type !== procedure.certificateType) throw invalidTarget();
  const organization = await findOrganization(db, certificate.organizationId);
  if (applicantUnitId && organization?.unitId !== applicantUnitId) throw invalidTarget();
  if (today && !isEligibleTarget(certificate, procedure.code, today)) throw targetNotInForce();
  return { organizationId: certificate.organizationId, targetCertificateId };
}

/** The application to store: what the registry holds for the target certificate, overridden by what was sent. */
async function initialApplication(db: Executor, target: { organizationId: string | null; targetCertificateId: string | null }, sent: Application | undefined): Promise<Application> {
  if (!target.organizationId || !target.targetCertificateId) return sent ?? {};
  return { ...(await prefillFromRegistry(db, target.organizationId, target.targetCertificateId)), ...sent };
}

/**
 * An NGO opens a dossier (a draft) for one of the six procedures. A retry with the same `clientKey` returns the
 * dossier created the first time. @throws ValidationError
 */
export async function createDossier(deps: DossierDeps, ctx: Ctx, input: z.input<typeof createDossierBodySchema>): Promise<{ dossier: repo.DossierRow; created: boolean }> {
  const actor = ctx.actor;
  if (input.clientKey) {
    const existing = await repo.selectDossierByClientKey(deps.db, actor.userId!, input.clientKey);
    if (existing) return { dossier: existing, created: false };
  }
  const procedure = getProcedure(input.procedure, await getProcedureSettings(deps.db));
  const amendKind = procedure.kind === 'amend' ? (input.amendKind ?? null) : null;
  const today = vnDateOf(deps.clock.now());
  const target = await checkTarget(deps.db, procedure, input.targetCertificateId, actor.unitId, today);
  const application = await initialApplication(deps.db, target, input.application);
  const unit = actor.unitId ? await findUnitById(deps.db, actor.unitId) : null;
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertDossier(tx, {
      code: await newCode(tx, today),
      procedure: input.procedure,
      amendKind,
      status: 'draft',
      channel: 'online',
      applicantUnitId: actor.unitId,
      applicantName: application.nameEn ?? unit?.nameEn ?? unit?.nameVi ?? '—',
      organizationId: target.organizationId,
      targetCertificateId: target.targetCertificateId,
      application,
      clientKey: input.clientKey ?? null,
      createdBy: actor.userId!,
    });
    await repo.insertAction(tx, { dossierId: row.id, action: 'create', fromStatus: null, toStatus: 'draft', actorId: actor.userId, actorRole: actor.role, actorUnitId: actor.unitId, onDay: today });
    await appendAudit(tx, ctx, { action: 'dossier.create', entityType: 'dossier', entityId: row.id, after: { code: row.code, procedure: row.procedure, amendKind } });
    return { dossier: row, created: true };
  });
}

/**
 * An officer records a dossier that arrived on paper or by post, with its real day of receipt (which starts the
 * completeness check, Decree 58/2022 Art. 11(1)–(2)). @throws ValidationError
 */
export async function receivePaperDossier(deps: DossierDeps, ctx: Ctx, input: z.input<typeof receivePaperDossierBodySchema>): Promise<repo.DossierRow> {
  const today = vnDateOf(deps.clock.now());
  if (input.receivedOn > today) {
    throw new ValidationError([{ path: 'receivedOn', code: 'future_date', message: { vi: 'Ngày nhận không được sau hôm nay.', en: 'The day of receipt cannot be in the future.' } }]);
  }
  const rules = await rulesFor(deps.db, input.procedure, input.amendKind ?? null);
  const target = await checkTarget(deps.db, rules.procedure, input.targetCertificateId, null, null);
  const application = await initialApplication(deps.db, target, input.application);
  const organizationId = target.organizationId ?? input.organizationId ?? null;
  const unitId = organizationId ? ((await findOrganization(deps.db, organizationId))?.unitId ?? null) : null;
  return deps.db.transaction(async (tx) => {
    const receivedOn = receiptDay(rules.calendar, new Date(`${input.receivedOn}T03:00:00Z`), null);
    const base: DossierClockState = { status: 'draft', receivedOn: null, acceptedOn: null, overallDueOn: null, stepEnteredOn: null, stepDueOn: null, pausedWorkingDays: 0, closedOn: null };
    const clock = enterStatus(rules.calendar, base, 'submitted', receivedOn, rules.durations);
    const row = await repo.insertDossier(tx, {
      code: await newCode(tx, today),
      procedure: input.procedure,
      amendKind: rules.procedure.kind === 'amend' ? (input.amendKind ?? null) : null,
      channel: input.channel,
      applicantUnitId: unitId,
      applicantName: input.applicantName,
      organizationId,
      targetCertificateId: target.targetCertificateId,
      application,
      clientKey: input.clientKey ?? null,
      createdBy: ctx.actor.userId!,
      assignedTo: ctx.actor.userId,
      ...clock,
    });
    await repo.insertAction(tx, { dossierId: row.id, action: 'receive_paper', fromStatus: null, toStatus: 'submitted', actorId: ctx.actor.userId, actorRole: ctx.actor.role, actorUnitId: ctx.actor.unitId, onDay: receivedOn, stepDueOn: clock.stepDueOn, payload: { channel: input.channel, receivedOn: input.receivedOn } });
    await appendAudit(tx, ctx, { action: 'dossier.receive_paper', entityType: 'dossier', entityId: row.id, after: { code: row.code, procedure: row.procedure, channel: input.channel, receivedOn } });
    return row;
  });
}

const notEditable = (status: string) =>
  new ConflictError('dossier_not_editable', { vi: 'Hồ sơ không còn ở trạng thái cho phép sửa.', en: 'The dossier can no longer be edited in its current status.' }, { status });

/** Saves a draft's application form (also while a supplement is requested). @throws NotFoundError, ConflictError */
export async function updateApplication(deps: DossierDeps, ctx: Ctx, id: string, application: Application, lockVersion?: number): Promise<repo.DossierRow> {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisibleDossier(tx, ctx.actor, id, true);
    if (!partiesOf(ctx.actor, row).includes('applicant') || !['draft', 'supplement_requested'].includes(row.status)) throw notEditable(row.status);
    if (lockVersion !== undefined && lockVersion !== row.lockVersion) throw staleVersion(row.lockVersion);
    const updated = await repo.updateDossier(tx, id, { application, applicantName: application.nameEn ?? row.applicantName });
    await repo.insertAction(tx, { dossierId: id, action: 'update', fromStatus: row.status, toStatus: row.status, actorId: ctx.actor.userId, actorRole: ctx.actor.role, actorUnitId: ctx.actor.unitId, onDay: vnDateOf(deps.clock.now()) });
    await appendAudit(tx, ctx, { action: 'dossier.update', entityType: 'dossier', entityId: id, before: row.application, after: application });
    return updated;
  });
}

/** 409 when the caller acted on an older version of the dossier than the stored one. */
export const staleVersion = (current: number) =>
  new ConflictError('stale_dossier', { vi: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', en: 'Someone else has just updated this dossier. Please reload.' }, { lockVersion: current });

/** The dossier with its procedure checklist, clock, documents, events, messages and allowed actions. */
export async function getDossierView(deps: DossierDeps, actor: Actor, id: string) {
  const row = await loadVisibleDossier(deps.db, actor, id);
  const rules = await rulesFor(deps.db, row.procedure, (row.amendKind as AmendKind | null) ?? null);
  const [documents, events, messages, assignee, targetCertificate] = await Promise.all([
    repo.selectDocuments(deps.db, id),
    repo.selectActions(deps.db, id),
    repo.selectMessages(deps.db, id),
    row.assignedTo ? repo.selectUserName(deps.db, row.assignedTo) : null,
    row.targetCertificateId ? findCertificate(deps.db, row.targetCertificateId) : null,
  ]);
  const uploaded = new Map<string, number>();
  for (const d of documents) uploaded.set(d.componentCode, (uploaded.get(d.componentCode) ?? 0) + 1);
  const today = vnDateOf(deps.clock.now());
  const parties = partiesOf(actor, row);
  return {
    row,
    rules,
    today,
    parties,
    assignee,
    targetCertificate,
    documents,
    events,
    messages,
    uploaded,
    clock: readClock(rules.calendar, clockStateOf(row), today),
    expectedDecisionOn: row.status === 'draft' || row.status === 'withdrawn' ? expectedDecisionDay(rules.calendar, clockStateOf(row), today, rules.durations) : (row.overallDueOn ?? expectedDecisionDay(rules.calendar, clockStateOf(row), today, rules.durations)),
    completenessIssues: completenessIssues(rules.procedure, { amendKind: (row.amendKind as AmendKind | null) ?? null, application: row.application as Application, uploaded, targetCertificateId: row.targetCertificateId }),
    allowedActions: allowedActions(row.status, parties),
  };
}
export type DossierView = Awaited<ReturnType<typeof getDossierView>>;

/** An NGO's own dossiers, newest first. */
export function listApplicantDossiers(deps: DossierDeps, actor: Actor) {
  if (!actor.unitId) return Promise.resolve([]);
  return repo.selectDossiers(deps.db, { applicantUnitId: actor.unitId, limit: 200 });
}

/** Queue filters (the SLA colour is applied in SQL, before the limit, so no matching dossier is cut off). */
export interface QueueFilter {
  status?: string;
  procedure?: string;
  sla?: RunningSla;
  mine?: boolean;
  q?: string;
  limit: number;
}

/** MOFA's work queue: open dossiers, most urgent first; with `sla`, only those of that colour today. */
export async function listQueue(deps: DossierDeps, actor: Actor, filter: QueueFilter) {
  const closed = ['draft', 'issued', 'refusal_delivered', 'withdrawn'];
  let due: { stepDueFrom: string | null; stepDueTo: string | null } | null = null;
  let excludeStatuses = filter.status ? [] : closed;
  if (filter.sla) {
    const range = stepDueRangeFor(await loadWorkingCalendar({ db: deps.db }), filter.sla, vnDateOf(deps.clock.now()));
    due = { stepDueFrom: range.from, stepDueTo: range.to };
    // Paused and closed dossiers have no colour of their own (readClock), whatever their stored due day.
    excludeStatuses = [...new Set([...excludeStatuses, ...DOSSIER_STATUSES.filter((s) => !RUNNING_CLOCK_STATUSES.includes(s))])];
  }
  return repo.selectDossiers(deps.db, {
    ...(filter.status ? { statuses: [filter.status] } : {}),
    ...(excludeStatuses.length ? { excludeStatuses } : {}),
    ...(filter.procedure ? { procedure: filter.procedure } : {}),
    ...(filter.mine ? { assignedTo: actor.userId! } : {}),
    ...(filter.q ? { q: filter.q } : {}),
    ...(due ?? {}),
    limit: filter.limit,
  });
}

/** Shared computation of a list row's clock (the calendar loaded once per list). */
export async function listCalendar(db: Executor) {
  return loadWorkingCalendar({ db });
}

/** Assigns a dossier to a MOFA officer (audited). @throws NotFoundError, ValidationError */
export async function assignDossier(deps: DossierDeps, ctx: Ctx, id: string, userId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await loadVisibleDossier(tx, ctx.actor, id, true);
    const user = await repo.selectUserName(tx, userId);
    if (!user || !['mofa_officer', 'mofa_leader'].includes(user.role)) {
      throw new ValidationError([{ path: 'userId', code: 'not_an_officer', message: { vi: 'Chỉ giao hồ sơ cho cán bộ Bộ Ngoại giao.', en: 'Dossiers can only be assigned to MOFA officers.' } }]);
    }
    await repo.updateDossier(tx, id, { assignedTo: userId });
    await repo.insertAction(tx, { dossierId: id, action: 'assign', fromStatus: row.status, toStatus: row.status, actorId: ctx.actor.userId, actorRole: ctx.actor.role, actorUnitId: ctx.actor.unitId, onDay: vnDateOf(deps.clock.now()), payload: { assignedTo: userId, name: user.fullName } });
    await appendAudit(tx, ctx, { action: 'dossier.assign', entityType: 'dossier', entityId: id, before: { assignedTo: row.assignedTo }, after: { assignedTo: userId } });
  });
}

/** A message on the dossier between the applicant and MOFA. @throws NotFoundError */
export async function postMessage(deps: DossierDeps, ctx: Ctx, id: string, body: string) {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisibleDossier(tx, ctx.actor, id);
    const parties = partiesOf(ctx.actor, row);
    const authorParty = parties.includes('applicant') ? 'applicant' : parties.includes('leader') ? 'leader' : 'officer';
    const message = await repo.insertMessage(tx, { dossierId: id, authorId: ctx.actor.userId!, authorParty, body });
    await appendAudit(tx, ctx, { action: 'dossier.message', entityType: 'dossier', entityId: id, after: { messageId: message.id } });
    return message;
  });
}
