/**
 * The agency / province annual report on NGO work (issue 7 §3; Resolution 100/NQ-CP: ministries and provinces report
 * to MOFA before 1 December). The NGO figures are pre-aggregated from the submitted NGO reports of the same reporting
 * year (current 'ngo' aid lines: a province's by its province code, a ministry's by the fields the consultation
 * configuration maps to it) plus the registry (NGOs whose certificate covers the area and who filed nothing appear
 * with zero and a note). The unit may adjust a figure, with an explanation; the submitted figures become 'agency'
 * aid lines that the reconciliation compares with the NGOs' own.
 */
import { agencyTotals, needsExplanation } from '../../../common/agency-report';
import { getConsultationConfig, getReportingSettings } from '../settings/settings.service';
import type { Executor } from '../../platform/db/client';
import { findUnitById } from '../units/units.service';
import type { AidLineInput } from './aid-lines.repo';
import * as repo from './agency-report.repo';
import { agencyReportContentSchema, type AgencyReportContent, type NgoActivityRow } from './agency-report.schemas';
import { taskStatusSnapshot } from './action-tasks.service';
import { registerReportForm, type ContentIssue, type FormContext, type ReportFormHandler } from './report-forms';
import type { ReportForm } from './reporting.tables';

/** Currency of the zero row of an NGO that filed nothing (configuration-free: the usual reporting currency). */
export const NO_REPORT_CURRENCY = 'USD';

/** The unit filing and what its report covers (province by code; ministry by the fields mapped to it). */
export async function agencyScopeOf(db: Executor, ctx: FormContext) {
  const unit = await findUnitById(db, ctx.obligation.unitId);
  if (!unit) throw new Error(`agency report: unit ${ctx.obligation.unitId} not found`);
  if (unit.provinceCode) return { unit, scope: { year: ctx.campaign.reportingYear, provinceCode: unit.provinceCode, fieldCodes: null } };
  const config = await getConsultationConfig(db);
  const fieldCodes = Object.entries(config.fieldMinistries)
    .filter(([, codes]) => codes.includes(unit.code))
    .map(([field]) => field)
    .sort();
  return { unit, scope: { year: ctx.campaign.reportingYear, provinceCode: null, fieldCodes } };
}

/** The NGO rows of a new draft: NGO-reported sums, then registry NGOs that filed nothing (zero, noted). */
export async function prefillNgoActivity(db: Executor, scope: repo.AgencyScope, today: string): Promise<NgoActivityRow[]> {
  const sums = await repo.selectNgoSums(db, scope);
  const rows: NgoActivityRow[] = sums.map((s) => ({
    organizationId: s.organizationId,
    nameVi: s.nameVi,
    provinceCode: s.provinceCode,
    currency: s.currency,
    committed: s.committed,
    disbursed: s.disbursed,
    projects: s.projects,
    explanation: null,
    adjusted: false,
    ngoReported: { committed: s.committed, disbursed: s.disbursed },
    note: null,
  }));
  const reported = new Set(sums.map((s) => s.organizationId));
  const silent = (await repo.selectRegistryNgos(db, scope, today)).filter((o) => !reported.has(o.organizationId) && o.provinceCode);
  silent.sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
  for (const o of silent) {
    rows.push({ organizationId: o.organizationId, nameVi: o.nameVi, provinceCode: o.provinceCode!, currency: NO_REPORT_CURRENCY, committed: 0, disbursed: 0, projects: 0, explanation: null, adjusted: false, ngoReported: { committed: 0, disbursed: 0 }, note: 'no_report' });
  }
  return rows;
}

/** Rule checks: an adjusted figure needs an explanation (error); a duplicate NGO × province × currency row (error). */
export function checkAgencyContent(content: AgencyReportContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  content.ngoActivity.forEach((row, i) => {
    if (needsExplanation(row)) {
      issues.push({ path: `ngoActivity.${i}.explanation`, code: 'explanation_required', severity: 'error', messageVi: `${row.nameVi}: số liệu khác với báo cáo của tổ chức, cần nêu lý do điều chỉnh.`, messageEn: `${row.nameVi}: the figure differs from the NGO's report; explain the adjustment.` });
    }
    const key = `${row.organizationId}|${row.provinceCode}|${row.currency}`;
    if (seen.has(key)) issues.push({ path: `ngoActivity.${i}`, code: 'duplicate_row', severity: 'error', messageVi: `${row.nameVi}: trùng dòng (tỉnh ${row.provinceCode}, ${row.currency}).`, messageEn: `${row.nameVi}: duplicate row (province ${row.provinceCode}, ${row.currency}).` });
    seen.add(key);
  });
  if (!content.assessment.trim()) issues.push({ path: 'assessment', code: 'assessment_empty', severity: 'warning', messageVi: 'Chưa có phần đánh giá chung.', messageEn: 'The assessment is empty.' });
  return issues;
}

/** One 'agency' aid line per NGO row (zero rows of NGOs that filed nothing are left out). */
export async function agencyAidLines(db: Executor, content: AgencyReportContent): Promise<AidLineInput[]> {
  const rows = content.ngoActivity.filter((r) => !(r.note === 'no_report' && r.committed === 0 && r.disbursed === 0));
  const { usdRates } = await getReportingSettings(db);
  const usd = (amount: number, currency: string) => (currency === 'USD' ? amount : usdRates[currency] ? Math.round(amount * usdRates[currency] * 100) / 100 : null);
  const countries = await repo.selectOrganizationCountries(
    db,
    rows.map((r) => r.organizationId),
  );
  return rows.map((r) => ({
    organizationId: r.organizationId,
    countryCode: countries.get(r.organizationId) ?? null,
    provinceCode: r.provinceCode,
    fieldCode: null,
    aidKind: 'project',
    currency: r.currency,
    committed: r.committed,
    disbursed: r.disbursed,
    committedUsd: usd(r.committed, r.currency),
    disbursedUsd: usd(r.disbursed, r.currency),
    explanation: r.explanation?.trim() || null,
  }));
}

function agencyReportHandler(form: ReportForm): ReportFormHandler<AgencyReportContent> {
  return {
    form,
    contentSchema: agencyReportContentSchema,
    async prefill(db, ctx) {
      const { unit, scope } = await agencyScopeOf(db, ctx);
      const ngoActivity = await prefillNgoActivity(db, scope, ctx.today);
      const taskStatus = await taskStatusSnapshot(db, { id: unit.id, kind: unit.kind, provinceCode: unit.provinceCode }, ctx.campaign.reportingYear);
      return { scope: { provinceCode: scope.provinceCode, fieldCodes: scope.fieldCodes ?? [] }, ngoActivity, totals: agencyTotals(ngoActivity), assessment: '', difficulties: '', proposals: '', taskStatus };
    },
    async check(_db, _ctx, content) {
      return checkAgencyContent(content);
    },
    async aidLines(db, _ctx, content) {
      return agencyAidLines(db, content);
    },
    // The task status is the unit's latest updates until the report is submitted, not a copy from the draft's start.
    async refresh(db, ctx, content) {
      const unit = await findUnitById(db, ctx.obligation.unitId);
      if (!unit) return content;
      return { ...content, taskStatus: await taskStatusSnapshot(db, { id: unit.id, kind: unit.kind, provinceCode: unit.provinceCode }, ctx.campaign.reportingYear) };
    },
  };
}

/** The two forms that share this content: a ministry's / agency's and a province's annual report. */
export const agencyAnnualReportForm = agencyReportHandler('agency_annual');
export const provinceAnnualReportForm = agencyReportHandler('province_annual');
registerReportForm(agencyAnnualReportForm);
registerReportForm(provinceAnnualReportForm);
