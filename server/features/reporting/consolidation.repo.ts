import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { organization } from '../organizations/organizations.tables';
import { country, field, province } from '../reference/reference.tables';
import { orgUnit } from '../units/units.tables';
import { aidAggregate, reportAidLine } from './reporting.tables';

export type Dimension = 'province' | 'field' | 'country' | 'year';

/** The slice of the pre-aggregated NGO aid a reader may see and asked for. */
export interface AggregateFilter {
  yearFrom?: number;
  yearTo?: number;
  /** Scope: only these provinces / fields (null = all). */
  provinceCodes?: readonly string[] | null;
  fieldCodes?: readonly string[] | null;
}

export interface AggregateRow {
  key: string;
  nameVi: string | null;
  nameEn: string | null;
  currency: string;
  committed: number;
  disbursed: number;
  committedUsd: number;
  disbursedUsd: number;
  lines: number;
}

const filterWhere = (f: AggregateFilter): SQL | undefined => {
  const where: SQL[] = [];
  if (f.yearFrom) where.push(gte(aidAggregate.reportingYear, f.yearFrom));
  if (f.yearTo) where.push(lte(aidAggregate.reportingYear, f.yearTo));
  if (f.provinceCodes) where.push(f.provinceCodes.length ? inArray(aidAggregate.provinceCode, [...f.provinceCodes]) : sql`false`);
  if (f.fieldCodes) where.push(f.fieldCodes.length ? inArray(aidAggregate.fieldCode, [...f.fieldCodes]) : sql`false`);
  return where.length ? and(...where) : undefined;
};

/** Sums of current NGO-reported aid (aid_aggregate) by one dimension × currency, with the dimension's names. */
export async function selectAggregateBy(db: Executor, dimension: Dimension, f: AggregateFilter): Promise<AggregateRow[]> {
  const keyExpr = {
    province: sql<string>`${aidAggregate.provinceCode}`,
    field: sql<string>`${aidAggregate.fieldCode}`,
    country: sql<string>`${aidAggregate.countryCode}`,
    year: sql<string>`${aidAggregate.reportingYear}::text`,
  }[dimension];
  const sums = db
    .select({
      key: keyExpr.as('key'),
      currency: aidAggregate.currency,
      committed: sql<string>`sum(${aidAggregate.committed})`.as('committed'),
      disbursed: sql<string>`sum(${aidAggregate.disbursed})`.as('disbursed'),
      committedUsd: sql<string>`sum(${aidAggregate.committedUsd})`.as('committed_usd'),
      disbursedUsd: sql<string>`sum(${aidAggregate.disbursedUsd})`.as('disbursed_usd'),
      lines: sql<number>`sum(${aidAggregate.lineCount})::int`.as('lines'),
    })
    .from(aidAggregate)
    .where(filterWhere(f))
    .groupBy(keyExpr, aidAggregate.currency)
    .as('sums');
  const names = {
    province: sql`(select ${province.nameVi} || '|' || ${province.nameEn} from ${province} where ${province.code} = ${sums.key})`,
    field: sql`(select ${field.nameVi} || '|' || ${field.nameEn} from ${field} where ${field.code} = ${sums.key})`,
    country: sql`(select ${country.nameVi} || '|' || ${country.nameEn} from ${country} where ${country.code} = ${sums.key})`,
    year: sql`null`,
  }[dimension];
  const rows = await db
    .select({ key: sums.key, names: sql<string | null>`${names}`, currency: sums.currency, committed: sums.committed, disbursed: sums.disbursed, committedUsd: sums.committedUsd, disbursedUsd: sums.disbursedUsd, lines: sums.lines })
    .from(sums)
    .orderBy(sums.key, sums.currency);
  return rows.map((r) => {
    const [nameVi, nameEn] = r.names ? r.names.split('|') : [null, null];
    return { key: r.key, nameVi: nameVi ?? null, nameEn: nameEn ?? null, currency: r.currency, committed: Number(r.committed), disbursed: Number(r.disbursed), committedUsd: Number(r.committedUsd), disbursedUsd: Number(r.disbursedUsd), lines: Number(r.lines) };
  });
}

export interface ReconciliationLine {
  organizationId: string;
  organizationName: string;
  provinceCode: string;
  provinceNameVi: string | null;
  currency: string;
  committed: number;
  disbursed: number;
  explanation: string | null;
}

/**
 * Current aid lines of a year on one side: 'ngo' (the NGOs' own), or 'agency' lines filed by province units (the
 * provinces' reports). Optionally limited to some provinces.
 */
export async function selectReconciliationLines(db: Executor, source: 'ngo' | 'agency', year: number, provinceCodes?: readonly string[] | null): Promise<ReconciliationLine[]> {
  const where: SQL[] = [eq(reportAidLine.reportingYear, year), eq(reportAidLine.source, source), eq(reportAidLine.current, true)];
  if (provinceCodes) where.push(provinceCodes.length ? inArray(reportAidLine.provinceCode, [...provinceCodes]) : sql`false`);
  if (source === 'agency') where.push(eq(orgUnit.kind, 'province'));
  const rows = await db
    .select({
      organizationId: reportAidLine.organizationId,
      organizationName: sql<string>`coalesce(${organization.nameVi}, ${organization.nameEn})`,
      provinceCode: reportAidLine.provinceCode,
      provinceNameVi: province.nameVi,
      currency: reportAidLine.currency,
      committed: reportAidLine.committed,
      disbursed: reportAidLine.disbursed,
      explanation: reportAidLine.explanation,
    })
    .from(reportAidLine)
    .innerJoin(organization, eq(organization.id, reportAidLine.organizationId))
    .innerJoin(orgUnit, eq(orgUnit.id, reportAidLine.reporterUnitId))
    .leftJoin(province, eq(province.code, reportAidLine.provinceCode))
    .where(and(...where));
  return rows.map((r) => ({ ...r, committed: Number(r.committed), disbursed: Number(r.disbursed) }));
}

