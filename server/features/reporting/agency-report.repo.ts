import { and, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { certificate, certificateArea, certificateField } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { reportAidLine } from './reporting.tables';

/** Which NGO figures a unit's report covers: a province (by province code) or a ministry (by its fields). */
export interface AgencyScope {
  year: number;
  provinceCode?: string | null;
  fieldCodes?: readonly string[] | null;
}

export interface NgoSumRow {
  organizationId: string;
  nameVi: string;
  countryCode: string | null;
  provinceCode: string;
  currency: string;
  committed: number;
  disbursed: number;
  projects: number;
}

const scopeWhere = (scope: AgencyScope): SQL[] => {
  const where: SQL[] = [eq(reportAidLine.reportingYear, scope.year), eq(reportAidLine.source, 'ngo'), eq(reportAidLine.current, true)];
  if (scope.provinceCode) where.push(eq(reportAidLine.provinceCode, scope.provinceCode));
  if (scope.fieldCodes) where.push(scope.fieldCodes.length ? inArray(reportAidLine.fieldCode, [...scope.fieldCodes]) : sql`false`);
  return where;
};

/** Current NGO-reported aid of the year in the scope, summed per NGO × province × currency. */
export async function selectNgoSums(db: Executor, scope: AgencyScope): Promise<NgoSumRow[]> {
  const rows = await db
    .select({
      organizationId: reportAidLine.organizationId,
      nameVi: sql<string>`coalesce(${organization.nameVi}, ${organization.nameEn})`,
      countryCode: organization.countryCode,
      provinceCode: reportAidLine.provinceCode,
      currency: reportAidLine.currency,
      committed: sql<string>`sum(${reportAidLine.committed})`,
      disbursed: sql<string>`sum(${reportAidLine.disbursed})`,
      projects: sql<number>`(count(*) filter (where ${reportAidLine.aidKind} <> 'non_project'))::int`,
    })
    .from(reportAidLine)
    .innerJoin(organization, eq(organization.id, reportAidLine.organizationId))
    .where(and(...scopeWhere(scope)))
    .groupBy(reportAidLine.organizationId, organization.nameVi, organization.nameEn, organization.countryCode, reportAidLine.provinceCode, reportAidLine.currency)
    .orderBy(sql`coalesce(${organization.nameVi}, ${organization.nameEn}) collate "und-x-icu"`, reportAidLine.provinceCode, reportAidLine.currency);
  return rows.map((r) => ({ ...r, committed: Number(r.committed), disbursed: Number(r.disbursed), projects: Number(r.projects) }));
}

/**
 * NGOs whose current certificate is in force on `today` and covers the scope (the province among its areas, or one
 * of the fields), with one province of theirs (the scope's province, else the first area).
 */
export async function selectRegistryNgos(db: Executor, scope: AgencyScope, today: string) {
  const where: SQL[] = [eq(certificate.decisionStatus, 'in_force'), gte(certificate.validTo, today)];
  if (scope.provinceCode) where.push(sql`exists (select 1 from ${certificateArea} where ${certificateArea.certificateId} = ${certificate.id} and ${certificateArea.provinceCode} = ${scope.provinceCode})`);
  if (scope.fieldCodes) {
    where.push(
      scope.fieldCodes.length
        ? sql`exists (select 1 from ${certificateField} where ${certificateField.certificateId} = ${certificate.id} and ${inArray(certificateField.fieldCode, [...scope.fieldCodes])})`
        : sql`false`,
    );
  }
  return db
    .select({
      organizationId: organization.id,
      nameVi: sql<string>`coalesce(${organization.nameVi}, ${organization.nameEn})`,
      countryCode: organization.countryCode,
      provinceCode: scope.provinceCode
        ? sql<string>`${scope.provinceCode}::text`
        : sql<string | null>`(select min(${certificateArea.provinceCode}) from ${certificateArea} where ${certificateArea.certificateId} = ${certificate.id})`,
    })
    .from(organization)
    .innerJoin(certificate, eq(certificate.id, organization.currentCertificateId))
    .where(and(...where));
}

/** Countries of establishment of NGOs (for the agency aid lines). */
export async function selectOrganizationCountries(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: organization.id, countryCode: organization.countryCode }).from(organization).where(inArray(organization.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.countryCode]));
}
