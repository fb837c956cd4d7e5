/**
 * MOFA's consolidation of NGO-reported aid and its reconciliation with the provinces' reports (issue 7 §5).
 * Sums come from the pre-aggregated table (current NGO lines only); the reconciliation compares, for a reporting
 * year, each NGO's own figures with the figures a province reported for it (domain/reporting/reconciliation.ts,
 * tolerance from the 'reporting' setting). Agencies see their own province or the fields of their ministry; MOFA all.
 */
import { hasPermission, type Actor } from '../../domain/access/policy';
import { reconcile, type ReconciliationSettings } from '../../domain/reporting/reconciliation';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';
import { appendAudit } from '../audit/audit.service';
import { getConsultationConfig, getReportingSettings } from '../settings/settings.service';
import { findUnitById } from '../units/units.service';
import { currentReportingYear } from './action-tasks.service';
import { consolidationDocx, consolidationXlsx } from './consolidation.export';
import * as repo from './consolidation.repo';

export interface ConsolidationScope {
  provinceCodes: string[] | null;
  fieldCodes: string[] | null;
}

/** What a reader may see: MOFA everything; a province its own; a ministry the fields mapped to it; others nothing. */
export async function consolidationScope(db: Executor, actor: Actor): Promise<ConsolidationScope> {
  if (hasPermission(actor, 'reports:manage') || actor.unitKind === 'mofa') return { provinceCodes: null, fieldCodes: null };
  if (actor.provinceCode) return { provinceCodes: [actor.provinceCode], fieldCodes: null };
  const unit = actor.unitId ? await findUnitById(db, actor.unitId) : null;
  if (!unit) return { provinceCodes: [], fieldCodes: [] };
  const config = await getConsultationConfig(db);
  const fieldCodes = Object.entries(config.fieldMinistries)
    .filter(([, codes]) => codes.includes(unit.code))
    .map(([f]) => f);
  return { provinceCodes: null, fieldCodes };
}

/** Reconciliation tolerance: the domain default with the 'reporting' setting's `reconciliation` on top. */
export async function reconciliationSettings(db: Executor): Promise<ReconciliationSettings> {
  return (await getReportingSettings(db)).reconciliation;
}

export interface ConsolidationQuery {
  year?: number;
  yearFrom?: number;
  yearTo?: number;
}

/** Sums by province, field, country of origin and year (per currency, with USD equivalents), scoped to the reader. */
export async function consolidate(deps: Pick<Deps, 'db'>, actor: Actor, query: ConsolidationQuery) {
  const scope = await consolidationScope(deps.db, actor);
  const filter: repo.AggregateFilter = { yearFrom: query.year ?? query.yearFrom, yearTo: query.year ?? query.yearTo, provinceCodes: scope.provinceCodes, fieldCodes: scope.fieldCodes };
  const [byProvince, byField, byCountry, byYear] = await Promise.all((['province', 'field', 'country', 'year'] as const).map((d) => repo.selectAggregateBy(deps.db, d, filter)));
  return { scope, byProvince: byProvince!, byField: byField!, byCountry: byCountry!, byYear: byYear! };
}

/**
 * NGO figures vs province figures for a reporting year, per NGO × province × currency; only provinces that filed
 * a report are compared. `flaggedOnly` keeps the disagreements.
 */
export async function reconcileYear(deps: Pick<Deps, 'db'>, actor: Actor, year: number, flaggedOnly = true) {
  const scope = await consolidationScope(deps.db, actor);
  const settings = await reconciliationSettings(deps.db);
  if (scope.fieldCodes) return { year, settings, total: 0, rows: [] };
  const agencyLines = await repo.selectReconciliationLines(deps.db, 'agency', year, scope.provinceCodes);
  const filedProvinces = [...new Set(agencyLines.map((l) => l.provinceCode))];
  const ngoLines = await repo.selectReconciliationLines(deps.db, 'ngo', year, filedProvinces);
  const names = new Map<string, string>();
  const provinces = new Map<string, string | null>();
  for (const l of [...ngoLines, ...agencyLines]) {
    names.set(l.organizationId, l.organizationName);
    provinces.set(l.provinceCode, l.provinceNameVi);
  }
  const rows = reconcile(ngoLines, agencyLines, settings).map((r) => ({ ...r, flags: [...r.flags], organizationName: names.get(r.organizationId) ?? '', provinceName: provinces.get(r.provinceCode) ?? null }));
  rows.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.organizationName.localeCompare(b.organizationName, 'vi'));
  return { year, settings, total: rows.length, rows: flaggedOnly ? rows.filter((r) => r.flags.length) : rows };
}

/** The consolidated tables and the year's reconciliation flags as XLSX or DOCX (official layout); audited. */
export async function exportConsolidation(deps: Pick<Deps, 'db' | 'clock'>, ctx: RequestContext, query: ConsolidationQuery, format: 'xlsx' | 'docx') {
  const year = query.year ?? query.yearTo ?? currentReportingYear(deps);
  const data = await consolidate(deps, ctx.actor, query);
  const reconciliation = await reconcileYear(deps, ctx.actor, year, true);
  const unit = ctx.actor.unitId ? await findUnitById(deps.db, ctx.actor.unitId) : null;
  const input = { year, yearFrom: query.year ?? query.yearFrom ?? null, yearTo: query.year ?? query.yearTo ?? null, today: deps.clock.now(), unitName: unit?.nameVi ?? '', ...data, reconciliation: reconciliation.rows };
  const bytes = format === 'xlsx' ? await consolidationXlsx(input) : await consolidationDocx(input);
  await appendAudit(deps.db, ctx, { action: 'reporting.consolidation_export', entityType: 'aid_aggregate', after: { format, ...query } });
  return bytes;
}
