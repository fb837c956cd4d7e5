import { z } from 'zod';

export const consolidationQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('One reporting year (overrides yearFrom / yearTo)'),
  yearFrom: z.coerce.number().int().min(2000).max(2100).optional(),
  yearTo: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const aggregateRowSchema = z
  .object({ key: z.string(), nameVi: z.string().nullable(), nameEn: z.string().nullable(), currency: z.string(), committed: z.number(), disbursed: z.number(), committedUsd: z.number(), disbursedUsd: z.number(), lines: z.number().int() })
  .meta({ id: 'AidAggregateRow' });

export const consolidationSchema = z.object({
  scope: z.object({ provinceCodes: z.array(z.string()).nullable(), fieldCodes: z.array(z.string()).nullable() }).describe('null = everything (MOFA)'),
  byProvince: z.array(aggregateRowSchema),
  byField: z.array(aggregateRowSchema),
  byCountry: z.array(aggregateRowSchema),
  byYear: z.array(aggregateRowSchema),
});

export const reconciliationQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Reporting year (default: the current one)'),
  all: z.enum(['true', 'false']).optional().describe('true = every compared row, not only the flagged ones'),
});

export const reconciliationRowSchema = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    provinceCode: z.string(),
    provinceName: z.string().nullable(),
    currency: z.string(),
    ngoCommitted: z.number().nullable(),
    agencyCommitted: z.number().nullable(),
    ngoDisbursed: z.number().nullable(),
    agencyDisbursed: z.number().nullable(),
    flags: z.array(z.enum(['committed', 'disbursed', 'province_missing_in_ngo_report', 'province_missing_in_agency_report'])),
    explanation: z.string().nullable(),
  })
  .meta({ id: 'ReconciliationRow' });

export const reconciliationSchema = z.object({
  year: z.number().int(),
  settings: z.object({ relativeTolerance: z.number(), absoluteFloor: z.number() }),
  total: z.number().int().describe('Rows compared'),
  rows: z.array(reconciliationRowSchema),
});

export const exportQuerySchema = consolidationQuerySchema.extend({ format: z.enum(['xlsx', 'docx']).default('xlsx') });
