import { z } from 'zod';

export const auditQuerySchema = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(200).optional(),
  from: z.iso.date().optional().describe('Inclusive start date (YYYY-MM-DD, Asia/Ho_Chi_Minh)'),
  to: z.iso.date().optional().describe('Inclusive end date (YYYY-MM-DD, Asia/Ho_Chi_Minh)'),
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEventSchema = z
  .object({
    id: z.string(),
    occurredAt: z.string(),
    actorUsername: z.string().nullable(),
    actorRole: z.string().nullable(),
    unit: z.object({ id: z.string(), nameVi: z.string(), nameEn: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const auditPageSchema = z.object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() });
