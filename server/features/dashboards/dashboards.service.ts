import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import { addDays } from '../../domain/calendar/iso-day';
import { RUNNING_CLOCK_STATUSES } from '../../domain/dossiers/clock';
import { dashboardScopeOf, isNationalScope, type DashboardScope } from '../../domain/reporting/dashboard-scope';
import type { Deps } from '../../platform/deps';
import { consultationStatistics } from '../consultation/consultation.service';
import { getConsultationConfig } from '../settings/settings.service';
import { findUnitById } from '../units/units.service';
import * as repo from './dashboards.repo';
import type { DashboardOverview, PublicStatistics } from './dashboards.schemas';

export type DashboardDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'storage'>;

/** How many countries the country chart names before grouping the rest as 'other'. */
export const TOP_COUNTRIES = 15;
/** Horizons of the certificate-expiry chart, in days. */
export const EXPIRY_HORIZONS = [30, 90, 180] as const;
/** The consultation and dossier timeliness charts look back this many days. */
export const TIMELINESS_LOOKBACK_DAYS = 365;

/** The actor's dashboard scope (the pure rule in domain/reporting/dashboard-scope, fed with the unit code and configuration). */
export async function scopeOfActor(deps: Pick<Deps, 'db'>, actor: Actor): Promise<DashboardScope> {
  const [unit, config] = await Promise.all([actor.unitId ? findUnitById(deps.db, actor.unitId) : null, getConsultationConfig(deps.db)]);
  return dashboardScopeOf({ role: actor.role, unitKind: actor.unitKind, provinceCode: actor.provinceCode, unitCode: unit?.code ?? null }, config);
}

/** Top `n` rows, the rest summed into one 'other' row. */
export function topWithOthers(rows: readonly repo.CountRow[], n: number): repo.CountRow[] {
  if (rows.length <= n) return [...rows];
  const rest = rows.slice(n).reduce((sum, r) => sum + r.count, 0);
  return [...rows.slice(0, n), { code: 'other', nameVi: null, nameEn: null, count: rest }];
}

const presentScope = (scope: DashboardScope) =>
  scope.kind === 'province' ? { kind: scope.kind, provinceCode: scope.provinceCode } : scope.kind === 'fields' ? { kind: scope.kind, fieldCodes: [...scope.fieldCodes] } : { kind: scope.kind };

/** How long NGO counts are reused while the register is unchanged (same registry stamp, same day). */
export const NGO_COUNTS_CACHE_MS = 60_000;
const ngoCountsCache = new Map<string, { at: number; value: repo.NgoCounts }>();

/**
 * The NGO counts of a scope, reused for up to a minute while the register is unchanged (the registry stamp grows
 * with every registry write), so that a dashboard opened by many users recounts the register once.
 */
export async function ngoCountsOf(db: DashboardDeps['db'], scope: DashboardScope, today: string, useCache = true): Promise<repo.NgoCounts> {
  if (!useCache) return repo.selectNgoCounts(db, scope, today, EXPIRY_HORIZONS);
  const key = `${JSON.stringify(scope)}|${today}|${await repo.selectRegistryStamp(db)}`;
  const hit = ngoCountsCache.get(key);
  if (hit && Date.now() - hit.at < NGO_COUNTS_CACHE_MS) return hit.value;
  const value = await repo.selectNgoCounts(db, scope, today, EXPIRY_HORIZONS);
  if (ngoCountsCache.size > 200) ngoCountsCache.clear();
  ngoCountsCache.set(key, { at: Date.now(), value });
  return value;
}

/**
 * The statements of the overview for one scope (also what the benchmark times, with `useCache` false).
 * Sequential: PGlite has one connection.
 */
export async function queryOverview(db: DashboardDeps['db'], scope: DashboardScope, today: string, useCache = false) {
  const counts = await ngoCountsOf(db, scope, today, useCache);
  const aidByYear = (await repo.selectAidByYear(db, scope)).map(({ year, committedUsd, disbursedUsd }) => ({ year, committedUsd: Number(committedUsd), disbursedUsd: Number(disbursedUsd) }));
  const dossierTimeliness = isNationalScope(scope)
    ? await repo.selectDossierTimeliness(db, today, RUNNING_CLOCK_STATUSES, addDays(today, -TIMELINESS_LOOKBACK_DAYS))
    : null;
  return {
    ngosByCountry: topWithOthers(counts.byCountry, TOP_COUNTRIES),
    ngosByField: counts.byField,
    ngosByProvince: counts.byProvince,
    certificatesByStatus: counts.byStatus,
    certificateExpiries: counts.expiries,
    aidByYear,
    dossierTimeliness,
  };
}

/**
 * The dashboard of an actor (issue 7 §7), scoped: NGOs by country (top 15 + others), field and province, aid by
 * year, certificate expiries ahead, dossier timeliness (national scope only: it is MOFA's queue) and the
 * consultation replies' timeliness (MOFA: every agency; an agency: itself) over the last year.
 */
export async function getDashboardOverview(deps: DashboardDeps, actor: Actor): Promise<DashboardOverview> {
  const today = vnDateOf(deps.clock.now());
  const scope = await scopeOfActor(deps, actor);
  const data = await queryOverview(deps.db, scope, today, true);
  const from = addDays(today, -TIMELINESS_LOOKBACK_DAYS);
  const byAgency = scope.kind === 'none' ? [] : await consultationStatistics(deps, actor, from, today);
  const totals = { received: 0, onTime: 0, late: 0, missing: 0, pending: 0 };
  for (const a of byAgency) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += a[k];
  return {
    asOf: today,
    scope: presentScope(scope),
    ...data,
    consultationTimeliness: {
      from,
      to: today,
      totals,
      byAgency: byAgency.map((a) => ({ unitCode: a.unitCode, nameVi: a.nameVi ?? null, nameEn: a.nameEn ?? null, received: a.received, onTime: a.onTime, late: a.late, missing: a.missing, pending: a.pending })),
    },
  };
}

const PUBLIC_CACHE_MS = 5 * 60_000;
let publicCache: { day: string; at: number; value: PublicStatistics } | null = null;

/**
 * Public statistics (no login): counts of working NGOs by country, field and province, current certificates by
 * status and NGO-reported aid by year — aggregates only, nothing about a person or a single NGO. Cached in the
 * process for 5 minutes, so anonymous traffic cannot make the server recount the register on every request.
 */
export async function getPublicStatistics(deps: Pick<Deps, 'db' | 'clock'>): Promise<PublicStatistics> {
  const today = vnDateOf(deps.clock.now());
  const now = Date.now();
  if (publicCache && publicCache.day === today && now - publicCache.at < PUBLIC_CACHE_MS) return publicCache.value;
  const scope: DashboardScope = { kind: 'all' };
  const counts = await ngoCountsOf(deps.db, scope, today);
  const value: PublicStatistics = {
    asOf: today,
    ngosByCountry: topWithOthers(counts.byCountry, TOP_COUNTRIES),
    ngosByField: counts.byField,
    ngosByProvince: counts.byProvince,
    certificatesByStatus: counts.byStatus,
    aidByYear: (await repo.selectAidByYear(deps.db, scope)).map(({ year, committedUsd, disbursedUsd }) => ({ year, committedUsd: Number(committedUsd), disbursedUsd: Number(disbursedUsd) })),
  };
  publicCache = { day: today, at: now, value };
  return value;
}

/** Forgets the cached public statistics and NGO counts (after a bulk load, and between tests). */
export function clearPublicStatisticsCache(): void {
  publicCache = null;
  ngoCountsCache.clear();
}
