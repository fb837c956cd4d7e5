import { z } from 'zod';

export const startExportBodySchema = z.object({
  kind: z.string().min(1).max(60).regex(/^[a-z0-9_]+$/).describe("Registered export kind, e.g. 'dashboard_xlsx', 'aid_by_ngo_xlsx'"),
  params: z.record(z.string(), z.unknown()).default({}).describe('Parameters of the kind (e.g. { year: 2026 })'),
});

export const exportJobSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.int().min(0).max(100),
    fileName: z.string().nullable(),
    error: z.string().nullable(),
    downloadUrl: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ExportJob' });
