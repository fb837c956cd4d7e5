import { z } from 'zod';

const countRow = z.object({ code: z.string().describe("Code ('other' = the rest beyond the top 15)"), nameVi: z.string().nullable(), nameEn: z.string().nullable(), count: z.int() });
const aidYear = z.object({ year: z.int(), committedUsd: z.number(), disbursedUsd: z.number() });
const statusRow = z.object({ status: z.string(), count: z.int() });

/** Keys of the charts whose data can be downloaded (CSV, and one XLSX sheet each). */
export const DASHBOARD_CHARTS = [
  'ngosByCountry',
  'ngosByField',
  'ngosByProvince',
  'aidByYear',
  'certificateExpiries',
  'certificatesByStatus',
  'dossierTimeliness',
  'consultationTimeliness',
] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

/** Charts of the public statistics page (non-personal aggregates only). */
export const PUBLIC_CHARTS = ['ngosByCountry', 'ngosByField', 'ngosByProvince', 'certificatesByStatus', 'aidByYear'] as const satisfies readonly DashboardChart[];
export type PublicChart = (typeof PUBLIC_CHARTS)[number];

export const dashboardScopeSchema = z.object({
  kind: z.enum(['all', 'province', 'fields', 'none']),
  provinceCode: z.string().optional(),
  fieldCodes: z.array(z.string()).optional(),
});

const timelinessTotals = z.object({ received: z.int(), onTime: z.int(), late: z.int(), missing: z.int(), pending: z.int() });

export const dashboardOverviewSchema = z
  .object({
    asOf: z.iso.date(),
    scope: dashboardScopeSchema,
    ngosByCountry: z.array(countRow),
    ngosByField: z.array(countRow),
    ngosByProvince: z.array(countRow).describe("Today's 34 provinces (pre-2025 areas rolled up to their successor)"),
    aidByYear: z.array(aidYear).describe('NGO-reported aid per reporting year, USD (from aid_aggregate)'),
    certificateExpiries: z.array(z.object({ withinDays: z.int(), count: z.int() })),
    certificatesByStatus: z.array(statusRow),
    dossierTimeliness: z
      .array(z.object({ procedure: z.string(), openOnTime: z.int(), openOverdue: z.int(), closedOnTime: z.int(), closedLate: z.int() }))
      .nullable()
      .describe('MOFA work queue; null outside the national scope'),
    consultationTimeliness: z.object({
      from: z.iso.date(),
      to: z.iso.date(),
      totals: timelinessTotals,
      byAgency: z.array(timelinessTotals.extend({ unitCode: z.string(), nameVi: z.string().nullable(), nameEn: z.string().nullable() })),
    }),
  })
  .meta({ id: 'DashboardOverview' });
export type DashboardOverview = z.infer<typeof dashboardOverviewSchema>;

export const publicStatisticsSchema = z
  .object({
    asOf: z.iso.date(),
    ngosByCountry: z.array(countRow),
    ngosByField: z.array(countRow),
    ngosByProvince: z.array(countRow),
    certificatesByStatus: z.array(statusRow),
    aidByYear: z.array(aidYear),
  })
  .meta({ id: 'PublicStatistics' });
export type PublicStatistics = z.infer<typeof publicStatisticsSchema>;

export const chartCsvQuerySchema = z.object({ chart: z.enum(DASHBOARD_CHARTS) });
export const publicChartCsvQuerySchema = z.object({ chart: z.enum(PUBLIC_CHARTS) });
