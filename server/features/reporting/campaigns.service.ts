/**
 * Reporting campaigns (issue 7 §1): MOFA defines a period, a form, a due day, reminder days and who must file; the
 * obligations are created with the campaign (same transaction) and can be refreshed as new parties appear. MOFA
 * follows each party's filing status, grants individual extensions (with a reason) and closes the campaign. Every
 * change is audited.
 */
import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import { filingStatus, reportDueDay, reportingPeriod, type FilingStatus } from '../../domain/reporting/report-calendar';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { loadWorkingCalendar } from '../reference/reference.service';
import type { ReportingSettingsOverride } from '../settings/reporting-settings';
import { getReportingSettings, saveReportingSettings } from '../settings/settings.service';
import * as repo from './campaigns.repo';
import type { ObligatedParties, ReportForm } from './reporting.tables';

type CampaignDeps = Pick<Deps, 'db' | 'clock'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

const TITLES: Record<ReportForm, (year: number) => { vi: string; en: string }> = {
  ngo_annual: (y) => ({ vi: `Báo cáo định kỳ năm ${y} của tổ chức PCPNN`, en: `NGO annual report ${y}` }),
  agency_annual: (y) => ({ vi: `Báo cáo năm ${y} của bộ, ngành về công tác PCPNN`, en: `Ministry report on NGO work ${y}` }),
  province_annual: (y) => ({ vi: `Báo cáo năm ${y} của tỉnh, thành phố về công tác PCPNN`, en: `Province report on NGO work ${y}` }),
};

/** The period, due day and reminders the reporting calendar proposes for a form and year (editable by MOFA). */
export async function proposeCampaign(deps: Pick<Deps, 'db'>, form: ReportForm, year: number) {
  const [settings, calendar] = await Promise.all([getReportingSettings(deps.db), loadWorkingCalendar({ db: deps.db })]);
  const period = reportingPeriod(year, settings.calendar);
  const title = TITLES[form](year);
  return { periodFrom: period.from, periodTo: period.to, dueOn: reportDueDay(calendar, form, year, settings.calendar), reminderOffsets: [...settings.calendar.reminderOffsets], titleVi: title.vi, titleEn: title.en };
}

/** Who must file in a campaign, as of the period's end: the obligation rows to add, and NGOs left out for want of an account. */
async function obligatedParties(db: Executor, campaign: Pick<repo.CampaignRow, 'obligated' | 'listedUnitIds' | 'periodTo' | 'ownerUnitId'>) {
  const day = campaign.periodTo;
  const kind: ObligatedParties = campaign.obligated;
  if (kind === 'ngos_with_valid_certificate') {
    const orgs = await repo.selectOrganizationsWithValidCertificate(db, day);
    const withUnit = orgs.filter((o) => o.unitId !== null);
    return { parties: withUnit.map((o) => ({ unitId: o.unitId!, organizationId: o.organizationId })), skippedWithoutAccount: orgs.length - withUnit.length };
  }
  let units: { id: string }[];
  if (kind === 'consulted_agencies') units = await repo.selectActiveUnits(db, ['ministry', 'agency'], day);
  else if (kind === 'provinces') units = await repo.selectActiveUnits(db, ['province'], day, true);
  else if (kind === 'province_departments') units = await repo.selectChildUnits(db, campaign.ownerUnitId, day);
  else units = await repo.selectUnitsByIds(db, campaign.listedUnitIds);
  return { parties: units.map((u) => ({ unitId: u.id, organizationId: null })), skippedWithoutAccount: 0 };
}

function presentCampaign(c: repo.CampaignRow, counts: { obligations: number; filed: number }) {
  return { ...c, createdAt: c.createdAt.toISOString(), obligations: counts.obligations, filed: counts.filed };
}

export type CreateCampaignInput = {
  form: ReportForm;
  reportingYear: number;
  code?: string;
  titleVi?: string;
  titleEn?: string;
  periodFrom?: string;
  periodTo?: string;
  dueOn?: string;
  reminderOffsets?: number[];
  obligated: ObligatedParties;
  listedUnitIds?: string[];
};

/** Creates a campaign and its obligations in one transaction. @throws ValidationError, ConflictError */
export async function createCampaign(deps: CampaignDeps, ctx: Ctx, input: CreateCampaignInput) {
  const proposal = await proposeCampaign(deps, input.form, input.reportingYear);
  const values = {
    code: input.code ?? `${input.form}-${input.reportingYear}`,
    form: input.form,
    reportingYear: input.reportingYear,
    titleVi: input.titleVi ?? proposal.titleVi,
    titleEn: input.titleEn ?? proposal.titleEn,
    periodFrom: input.periodFrom ?? proposal.periodFrom,
    periodTo: input.periodTo ?? proposal.periodTo,
    dueOn: input.dueOn ?? proposal.dueOn,
    reminderOffsets: input.reminderOffsets ?? proposal.reminderOffsets,
    obligated: input.obligated,
    listedUnitIds: input.listedUnitIds ?? [],
    ownerUnitId: ctx.actor.unitId!,
    createdBy: ctx.actor.userId!,
  };
  const fields = [];
  if (values.periodTo < values.periodFrom) fields.push({ path: 'periodTo', code: 'before_start', message: { vi: 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.', en: 'The period must end after it starts.' } });
  if (values.dueOn < values.periodFrom) fields.push({ path: 'dueOn', code: 'before_period', message: { vi: 'Hạn nộp phải sau ngày bắt đầu kỳ báo cáo.', en: 'The due day must be after the period starts.' } });
  if (values.obligated === 'listed_units' && !values.listedUnitIds.length) fields.push({ path: 'listedUnitIds', code: 'required', message: { vi: 'Chọn ít nhất một cơ quan.', en: 'Choose at least one unit.' } });
  if (values.listedUnitIds.length && (await repo.selectUnitsByIds(deps.db, values.listedUnitIds)).length !== new Set(values.listedUnitIds).size)
    fields.push({ path: 'listedUnitIds', code: 'unknown_unit', message: { vi: 'Có cơ quan không tồn tại.', en: 'A listed unit does not exist.' } });
  if (fields.length) throw new ValidationError(fields);
  if (await repo.selectCampaignByCode(deps.db, values.code)) throw new ConflictError('campaign_exists', { vi: `Đợt báo cáo ${values.code} đã tồn tại.`, en: `Campaign ${values.code} already exists.` });
  return deps.db.transaction(async (tx) => {
    const campaign = await repo.insertCampaign(tx, values);
    const { parties, skippedWithoutAccount } = await obligatedParties(tx, campaign);
    const created = await repo.insertObligations(tx, parties.map((p) => ({ campaignId: campaign.id, unitId: p.unitId, organizationId: p.organizationId, dueOn: campaign.dueOn })));
    await appendAudit(tx, ctx, { action: 'reporting.campaign_create', entityType: 'report_campaign', entityId: campaign.id, after: { ...values, obligationsCreated: created.length, skippedWithoutAccount } });
    return { campaign: presentCampaign(campaign, { obligations: created.length, filed: 0 }), obligationsCreated: created.length, skippedWithoutAccount };
  });
}

async function loadCampaign(db: Executor, id: string, forUpdate = false) {
  const campaign = await repo.selectCampaign(db, id, forUpdate);
  if (!campaign) throw new NotFoundError('report_campaign');
  return campaign;
}

async function campaignCounts(db: Executor, id: string) {
  const [row] = await repo.selectCampaigns(db, id);
  return { obligations: row?.obligations ?? 0, filed: row?.filed ?? 0 };
}

/** Adds the parties that became obligated since the campaign was created (new NGOs, new accounts). @throws ConflictError when closed */
export async function refreshObligations(deps: CampaignDeps, ctx: Ctx, id: string) {
  return deps.db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, id, true);
    if (campaign.status !== 'open') throw closedError(campaign.status);
    const { parties, skippedWithoutAccount } = await obligatedParties(tx, campaign);
    const created = await repo.insertObligations(tx, parties.map((p) => ({ campaignId: campaign.id, unitId: p.unitId, organizationId: p.organizationId, dueOn: campaign.dueOn })));
    await appendAudit(tx, ctx, { action: 'reporting.obligations_refresh', entityType: 'report_campaign', entityId: id, after: { obligationsCreated: created.length, unitIds: created.map((o) => o.unitId), skippedWithoutAccount } });
    return { campaign: presentCampaign(campaign, await campaignCounts(tx, id)), obligationsCreated: created.length, skippedWithoutAccount };
  });
}

const closedError = (status: string) =>
  new ConflictError('campaign_closed', { vi: 'Đợt báo cáo đã đóng.', en: 'The campaign is closed.' }, { status, allowedActions: [] });

/** Lists campaigns (newest year first) with obligation and filed counts. */
export async function listCampaigns(deps: Pick<Deps, 'db'>) {
  return (await repo.selectCampaigns(deps.db)).map((r) => presentCampaign(r.campaign, r));
}

export async function getCampaign(deps: Pick<Deps, 'db'>, id: string) {
  const campaign = await loadCampaign(deps.db, id);
  return presentCampaign(campaign, await campaignCounts(deps.db, id));
}

/** Due days whose "due soon" window has begun today (the board's SQL needs them; the rule is filingStatus()). */
export async function dueSoonDays(db: Executor, campaignId: string, today: string): Promise<string[]> {
  const [days, calendar] = await Promise.all([repo.selectDistinctDueDays(db, campaignId), loadWorkingCalendar({ db })]);
  return days.filter((d) => filingStatus(calendar, d, null, today) === 'due_soon');
}

/** The filing status board of a campaign: counts per status and one page of obligations (paged in SQL). */
export async function campaignBoard(deps: CampaignDeps, id: string, query: { status?: FilingStatus; page: number; pageSize: number }) {
  const campaign = await getCampaign(deps, id);
  const today = vnDateOf(deps.clock.now());
  const soon = await dueSoonDays(deps.db, id, today);
  const [counts, rows] = await Promise.all([
    repo.countBoardByStatus(deps.db, id, today, soon),
    repo.selectBoardPage(deps.db, id, { today, dueSoonDays: soon, status: query.status, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
  ]);
  const total = query.status ? counts[query.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    campaign,
    counts,
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      obligationId: r.obligation.id,
      unit: { code: r.unitCode, nameVi: r.unitNameVi, nameEn: r.unitNameEn, kind: r.unitKind },
      organization: r.obligation.organizationId ? { id: r.obligation.organizationId, registryCode: r.registryCode, name: r.organizationName } : null,
      dueOn: r.obligation.dueOn,
      status: r.status,
      firstSubmittedOn: r.obligation.firstSubmittedOn,
      versionCount: Number(r.versionCount),
      hasDraft: Boolean(r.hasDraft),
    })),
  };
}

/** Gives one party a later due day (audited with the reason). @throws NotFoundError, ConflictError, ValidationError */
export async function extendObligation(deps: CampaignDeps, ctx: Ctx, campaignId: string, obligationId: string, input: { dueOn: string; reason: string }) {
  return deps.db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, campaignId);
    if (campaign.status !== 'open') throw closedError(campaign.status);
    const obligation = await repo.selectObligation(tx, obligationId, true);
    if (!obligation || obligation.campaignId !== campaignId) throw new NotFoundError('report_obligation');
    if (input.dueOn <= obligation.dueOn)
      throw new ValidationError([{ path: 'dueOn', code: 'not_later', message: { vi: 'Hạn mới phải sau hạn hiện tại.', en: 'The new due day must be later than the current one.' } }]);
    await repo.updateObligationDue(tx, obligationId, input.dueOn);
    await appendAudit(tx, ctx, { action: 'reporting.due_extend', entityType: 'report_obligation', entityId: obligationId, before: { dueOn: obligation.dueOn }, after: { dueOn: input.dueOn, reason: input.reason, campaignId } });
    return { ...obligation, dueOn: input.dueOn };
  });
}

/** Closes a campaign: no more drafts or submissions are expected (filed reports stay readable). */
export async function closeCampaign(deps: CampaignDeps, ctx: Ctx, id: string) {
  return deps.db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, id, true);
    if (campaign.status !== 'open') throw closedError(campaign.status);
    await repo.updateCampaignStatus(tx, id, 'closed');
    await appendAudit(tx, ctx, { action: 'reporting.campaign_close', entityType: 'report_campaign', entityId: id, before: { status: 'open' }, after: { status: 'closed' } });
    return presentCampaign({ ...campaign, status: 'closed' }, await campaignCounts(tx, id));
  });
}

/** The reporting settings in force. */
export async function readReportingSettings(deps: Pick<Deps, 'db'>) {
  return presentSettings(await getReportingSettings(deps.db));
}

const presentSettings = (s: Awaited<ReturnType<typeof getReportingSettings>>) => ({ calendar: { ...s.calendar, reminderOffsets: [...s.calendar.reminderOffsets] }, usdRates: s.usdRates, reconciliation: { ...s.reconciliation } });

/** Replaces the reporting settings (audited with the values before and after). */
export async function updateReportingSettings(deps: Pick<Deps, 'db'>, ctx: Ctx & { actor: Actor }, input: ReportingSettingsOverride) {
  const before = await getReportingSettings(deps.db);
  return deps.db.transaction(async (tx) => {
    // The settings dialog does not show the tolerance: keep it unless the request sets it.
    const after = await saveReportingSettings(tx, { ...input, reconciliation: input.reconciliation ?? before.reconciliation }, ctx.actor.userId);
    await appendAudit(tx, ctx, { action: 'reporting.settings_update', entityType: 'setting', entityId: null, before, after });
    return presentSettings(after);
  });
}
