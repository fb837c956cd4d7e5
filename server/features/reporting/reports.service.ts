/**
 * The generic report workflow (issue 7 §2): an obligated unit sees its open reports, starts a draft (prefilled by
 * the form, or copied from the report in force for an amendment), saves it as often as it likes, and submits it.
 * A submitted version is immutable; an amendment is a new version (reason required) that supersedes the previous
 * one. Submission is serialized on the obligation row, so a double click never makes two versions. Readers: MOFA,
 * the reporting unit, and a province for NGOs whose current certificate covers it; anyone else gets 403 (audited).
 */
import { vnDateOf } from '../../../common/dates';
import { hasPermission, type Actor } from '../../domain/access/policy';
import { workingDaysLeft } from '../../domain/calendar/working-days';
import { filingStatus, reportingUpToDate } from '../../domain/reporting/report-calendar';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import { replaceCurrentAidLines } from './aid-lines.repo';
import './ngo-report.form';
import { reportDocx, reportXlsx } from './report-export';
import { reportFormHandler, type ContentIssue, type FormContext } from './report-forms';
import * as repo from './reports.repo';

type ReportDeps = Pick<Deps, 'db' | 'clock'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
type Loaded = NonNullable<Awaited<ReturnType<typeof repo.selectObligationWithCampaign>>>;

const FORBIDDEN = { vi: 'Báo cáo này không thuộc đơn vị của bạn.', en: 'This report does not belong to your unit.' };

const isOwner = (actor: Actor, loaded: Loaded) => actor.unitId !== null && actor.unitId === loaded.obligation.unitId;
const isMofa = (actor: Actor) => hasPermission(actor, 'reports:manage');

async function deny(deps: Pick<Deps, 'db'>, ctx: Ctx, loaded: Loaded, attempted: string): Promise<never> {
  await appendAudit(deps.db, ctx, { action: 'reporting.access_denied', entityType: 'report_obligation', entityId: loaded.obligation.id, after: { unitId: ctx.actor.unitId, attempted } });
  throw new ForbiddenError('not_your_report', FORBIDDEN);
}

async function loadObligation(db: Executor, id: string): Promise<Loaded> {
  const loaded = await repo.selectObligationWithCampaign(db, id);
  if (!loaded) throw new NotFoundError('report_obligation');
  return loaded;
}

/** Whether the actor may read the obligation's submitted reports (checked before any transaction). */
async function canRead(db: Executor, actor: Actor, loaded: Loaded): Promise<boolean> {
  if (isMofa(actor) || isOwner(actor, loaded)) return true;
  const organizationId = loaded.obligation.organizationId;
  if (organizationId && actor.unitKind === 'province' && actor.provinceCode && hasPermission(actor, 'reports:read')) {
    return (await repo.selectCurrentCertificateProvinces(db, organizationId)).includes(actor.provinceCode);
  }
  return false;
}

/** Loads an obligation the actor files for; otherwise 403 with an audit entry (written before any transaction). */
async function loadOwnObligation(deps: Pick<Deps, 'db'>, ctx: Ctx, id: string, attempted: string): Promise<Loaded> {
  const loaded = await loadObligation(deps.db, id);
  if (!isOwner(ctx.actor, loaded) || !hasPermission(ctx.actor, 'reports:file')) return deny(deps, ctx, loaded, attempted);
  if (loaded.campaign.status !== 'open') throw new ConflictError('campaign_closed', { vi: 'Đợt báo cáo đã đóng.', en: 'The campaign is closed.' }, { status: 'closed', allowedActions: [] });
  return loaded;
}

function summarize(loaded: Loaded, extra: { hasDraft: boolean; currentVersion: number | null }, calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>, today: string) {
  const { obligation: o, campaign: c } = loaded;
  return {
    obligationId: o.id,
    campaign: { id: c.id, code: c.code, form: c.form, titleVi: c.titleVi, titleEn: c.titleEn, reportingYear: c.reportingYear, periodFrom: c.periodFrom, periodTo: c.periodTo, status: c.status },
    party: { nameVi: loaded.unitNameVi, nameEn: loaded.unitNameEn, kind: loaded.unitKind },
    organizationId: o.organizationId,
    dueOn: o.dueOn,
    status: filingStatus(calendar, o.dueOn, o.firstSubmittedOn, today),
    firstSubmittedOn: o.firstSubmittedOn,
    workingDaysLeft: o.firstSubmittedOn ? null : workingDaysLeft(calendar, today, o.dueOn),
    ...extra,
  };
}

type VersionWithNames = Awaited<ReturnType<typeof repo.selectVersions>>[number];

/** A version as the API returns it (warnings lifted out of content._warnings). */
function presentVersion(v: VersionWithNames) {
  const { _warnings, ...content } = (v.version.content ?? {}) as Record<string, unknown> & { _warnings?: ContentIssue[] };
  return {
    id: v.version.id,
    version: v.version.version,
    status: v.version.status,
    content,
    warnings: _warnings ?? [],
    amendmentReason: v.version.amendmentReason,
    preparedByName: v.preparedByName,
    submittedByName: v.submittedByName,
    submittedOn: v.version.submittedOn,
    submittedAt: v.version.submittedAt?.toISOString() ?? null,
    late: v.version.late,
    supersedesId: v.version.supersedesId,
    updatedAt: v.version.updatedAt.toISOString(),
  };
}

/** The reports the actor's unit must file (open campaigns first), with due day, working days left and status. */
export async function listMyReports(deps: ReportDeps, actor: Actor) {
  if (!actor.unitId) return [];
  const [rows, calendar] = await Promise.all([repo.selectUnitObligations(deps.db, actor.unitId), loadWorkingCalendar({ db: deps.db })]);
  const today = vnDateOf(deps.clock.now());
  const out = [];
  for (const r of rows) {
    const versions = await repo.selectVersions(deps.db, r.obligation.id);
    const current = versions.find((v) => v.version.status === 'submitted');
    out.push(summarize(r, { hasDraft: versions.some((v) => v.version.status === 'draft'), currentVersion: current?.version.version ?? null }, calendar, today));
  }
  return out;
}

/** A report with its version history, the version in force and (for the reporting unit) the draft. @throws NotFoundError, ForbiddenError */
export async function getReport(deps: ReportDeps, ctx: Ctx, id: string) {
  const loaded = await loadObligation(deps.db, id);
  if (!(await canRead(deps.db, ctx.actor, loaded))) return deny(deps, ctx, loaded, 'read');
  const [versions, calendar] = await Promise.all([repo.selectVersions(deps.db, id), loadWorkingCalendar({ db: deps.db })]);
  const owner = isOwner(ctx.actor, loaded) && hasPermission(ctx.actor, 'reports:file');
  const draft = versions.find((v) => v.version.status === 'draft');
  const current = versions.find((v) => v.version.status === 'submitted');
  const open = loaded.campaign.status === 'open';
  const today = vnDateOf(deps.clock.now());
  const presentedDraft = owner && draft ? presentVersion(draft) : null;
  const refresh = reportFormHandler(loaded.campaign.form).refresh;
  if (presentedDraft && refresh) presentedDraft.content = (await refresh(deps.db, formContext(loaded, today), presentedDraft.content)) as Record<string, unknown>;
  return {
    report: summarize(loaded, { hasDraft: Boolean(draft), currentVersion: current?.version.version ?? null }, calendar, today),
    versions: versions.filter((v) => v.version.status !== 'draft').map((v) => {
      const { content: _content, ...rest } = presentVersion(v);
      return rest;
    }),
    current: current ? presentVersion(current) : null,
    draft: presentedDraft,
    abilities: { canEdit: owner && open, canSubmit: owner && open && Boolean(draft), canAmend: owner && open && Boolean(current) && !draft },
  };
}

/** One version (submitted ones for readers; the draft only for the reporting unit). */
export async function getReportVersion(deps: ReportDeps, ctx: Ctx, id: string, versionId: string) {
  const loaded = await loadObligation(deps.db, id);
  if (!(await canRead(deps.db, ctx.actor, loaded))) return deny(deps, ctx, loaded, 'read_version');
  const version = (await repo.selectVersions(deps.db, id)).find((v) => v.version.id === versionId);
  if (!version || (version.version.status === 'draft' && !isOwner(ctx.actor, loaded))) throw new NotFoundError('report_version');
  return presentVersion(version);
}

/**
 * One submitted version as XLSX or DOCX (readers as for getReportVersion; drafts are not exported). Audited as
 * `reporting.export`. @throws NotFoundError, ForbiddenError
 */
export async function exportReportVersion(deps: ReportDeps, ctx: Ctx, id: string, versionId: string, format: 'xlsx' | 'docx') {
  const loaded = await loadObligation(deps.db, id);
  if (!(await canRead(deps.db, ctx.actor, loaded))) return deny(deps, ctx, loaded, 'export');
  const version = (await repo.selectVersions(deps.db, id)).find((v) => v.version.id === versionId);
  if (!version || version.version.status === 'draft') throw new NotFoundError('report_version');
  const { content } = presentVersion(version);
  const input = {
    form: loaded.campaign.form,
    campaignTitleVi: loaded.campaign.titleVi,
    periodFrom: loaded.campaign.periodFrom,
    periodTo: loaded.campaign.periodTo,
    dueOn: loaded.obligation.dueOn,
    partyNameVi: loaded.unitNameVi,
    version: version.version.version,
    submittedOn: version.version.submittedOn,
    late: version.version.late,
    amendmentReason: version.version.amendmentReason,
    content,
    today: deps.clock.now(),
  };
  const bytes = format === 'xlsx' ? await reportXlsx(input) : await reportDocx(input);
  await appendAudit(deps.db, ctx, { action: 'reporting.export', entityType: 'report_version', entityId: versionId, after: { obligationId: id, format } });
  return { bytes, fileName: `bao-cao-${loaded.campaign.code}-v${version.version.version}.${format}` };
}

const formContext = (loaded: Loaded, today: string): FormContext => ({ campaign: loaded.campaign, obligation: loaded.obligation, today });

/** Content without the stored warnings (an amendment starts from the report in force). */
function withoutWarnings(content: unknown): Record<string, unknown> {
  const { _warnings: _ignored, ...rest } = (content ?? {}) as Record<string, unknown>;
  return rest;
}

/** Creates the draft (or returns the existing one): prefilled by the form, or a copy of the report in force. */
export async function startDraft(deps: ReportDeps, ctx: Ctx, id: string, input: { amendmentReason?: string | null } = {}) {
  const loaded = await loadOwnObligation(deps, ctx, id, 'draft');
  const handler = reportFormHandler(loaded.campaign.form);
  const today = vnDateOf(deps.clock.now());
  await deps.db.transaction(async (tx) => {
    await repo.lockObligation(tx, id);
    const existing = await repo.selectDraft(tx, id);
    if (existing) return;
    const current = await repo.selectCurrentSubmitted(tx, id);
    const content = current ? withoutWarnings(current.content) : await handler.prefill(tx, formContext(loaded, today));
    const version = await repo.insertVersion(tx, {
      obligationId: id,
      version: await repo.nextVersionNumber(tx, id),
      status: 'draft',
      content,
      supersedesId: current?.id ?? null,
      amendmentReason: current ? (input.amendmentReason ?? null) : null,
      preparedBy: ctx.actor.userId!,
    });
    await appendAudit(tx, ctx, { action: current ? 'reporting.amendment_start' : 'reporting.draft_start', entityType: 'report_obligation', entityId: id, after: { versionId: version.id, version: version.version } });
  });
  return draftOf(deps.db, id);
}

async function draftOf(db: Executor, id: string) {
  const draft = (await repo.selectVersions(db, id)).find((v) => v.version.status === 'draft');
  if (!draft) throw noDraft();
  return presentVersion(draft);
}

const noDraft = () =>
  new ConflictError('no_draft', { vi: 'Không có bản dự thảo: báo cáo đã nộp không sửa được, hãy tạo bản bổ sung.', en: 'There is no draft: a submitted report cannot change; start an amendment.' }, { allowedActions: ['start_draft'] });

function zodFields(error: { issues: { path: PropertyKey[]; code: string; message: string }[] }): FieldError[] {
  return error.issues.map((i) => ({ path: ['content', ...i.path.map(String)].join('.'), code: i.code, message: { vi: 'Giá trị không hợp lệ.', en: i.message } }));
}

/** Saves the draft's content (validated by the form's schema; incomplete content is fine). @throws ConflictError when there is no draft */
export async function saveDraft(deps: ReportDeps, ctx: Ctx, id: string, input: { content: Record<string, unknown>; amendmentReason?: string | null }) {
  const loaded = await loadOwnObligation(deps, ctx, id, 'save_draft');
  const handler = reportFormHandler(loaded.campaign.form);
  const parsed = handler.contentSchema.safeParse(input.content);
  if (!parsed.success) throw new ValidationError(zodFields(parsed.error));
  await deps.db.transaction(async (tx) => {
    await repo.lockObligation(tx, id);
    const draft = await repo.selectDraft(tx, id);
    if (!draft) throw noDraft();
    const content = handler.refresh ? await handler.refresh(tx, formContext(loaded, vnDateOf(deps.clock.now())), parsed.data) : parsed.data;
    await repo.updateDraft(tx, draft.id, { content, updatedAt: deps.clock.now(), ...(input.amendmentReason !== undefined ? { amendmentReason: input.amendmentReason } : {}) });
  });
  return draftOf(deps.db, id);
}

/**
 * Submits the draft: full validation and the form's checks (errors → 422 with a message per field; warnings kept
 * in the version), then the version becomes immutable, the previous one is superseded, the first submission day is
 * set once, and the aid lines replace the reporter's current ones. @throws ConflictError, ValidationError, AppError(422)
 */
export async function submitReport(deps: ReportDeps, ctx: Ctx, id: string, input: { amendmentReason?: string | null } = {}) {
  const loaded = await loadOwnObligation(deps, ctx, id, 'submit');
  const handler = reportFormHandler(loaded.campaign.form);
  const now = deps.clock.now();
  const today = vnDateOf(now);
  const result = await deps.db.transaction(async (tx) => {
    const obligation = (await repo.lockObligation(tx, id))!;
    const draft = await repo.selectDraft(tx, id);
    if (!draft) throw noDraft();
    const parsed = handler.contentSchema.safeParse(draft.content);
    if (!parsed.success) throw new ValidationError(zodFields(parsed.error));
    const context: FormContext = { campaign: loaded.campaign, obligation, today };
    const content = handler.refresh ? await handler.refresh(tx, context, parsed.data) : parsed.data;
    const issues = await handler.check(tx, context, content);
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length) {
      throw new AppError(422, 'report_incomplete', { vi: 'Báo cáo chưa đầy đủ hoặc có số liệu không hợp lệ.', en: 'The report is incomplete or has invalid figures.' }, {
        fields: errors.map((e) => ({ path: `content.${e.path}`, code: e.code, message: { vi: e.messageVi, en: e.messageEn } })),
        issues,
      });
    }
    const current = await repo.selectCurrentSubmitted(tx, id);
    const reason = input.amendmentReason ?? draft.amendmentReason;
    if (current && !reason)
      throw new ValidationError([{ path: 'amendmentReason', code: 'required', message: { vi: 'Vui lòng nêu lý do bổ sung, sửa đổi báo cáo.', en: 'Give the reason for the amendment.' } }]);
    const warnings = issues.filter((i) => i.severity === 'warning');
    if (current) await repo.markSuperseded(tx, current.id);
    const late = today > obligation.dueOn;
    const version = await repo.markSubmitted(tx, draft.id, {
      content: { ...(content as Record<string, unknown>), _warnings: warnings },
      submittedBy: ctx.actor.userId!,
      submittedOn: today,
      submittedAt: now,
      late,
      supersedesId: current?.id ?? null,
      amendmentReason: current ? reason! : null,
    });
    await repo.recordFiling(tx, id, version.id, today);
    const lines = await handler.aidLines(tx, context, content);
    await replaceCurrentAidLines(tx, { versionId: version.id, campaignId: loaded.campaign.id, reportingYear: loaded.campaign.reportingYear, source: loaded.campaign.form === 'ngo_annual' ? 'ngo' : 'agency', reporterUnitId: obligation.unitId }, lines);
    await appendAudit(tx, ctx, {
      action: current ? 'reporting.amend' : 'reporting.submit',
      entityType: 'report_obligation',
      entityId: id,
      after: { versionId: version.id, version: version.version, late, warnings: warnings.map((w) => w.code), aidLines: lines.length, reason: current ? reason : undefined },
    });
    return { warnings };
  });
  const version = (await repo.selectVersions(deps.db, id)).find((v) => v.version.status === 'submitted')!;
  return { version: presentVersion(version), warnings: result.warnings };
}

/** "Reporting up to date / overdue" for an NGO's registry profile (reportingUpToDate over its obligations). */
export async function reportingFlagOf(deps: Pick<Deps, 'db'>, organizationId: string, today: string) {
  const [obligations, lastFiledOn] = await Promise.all([repo.selectOrganizationObligations(deps.db, organizationId), repo.selectLastFiledOn(deps.db, organizationId)]);
  if (!obligations.length) return { upToDate: true, overdue: 0, lastFiledOn };
  const calendar = await loadWorkingCalendar({ db: deps.db });
  const statuses = obligations.map((o) => filingStatus(calendar, o.dueOn, o.firstSubmittedOn, today));
  return { upToDate: reportingUpToDate(statuses), overdue: statuses.filter((s) => s === 'overdue').length, lastFiledOn };
}
