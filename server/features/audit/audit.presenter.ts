import type { auditEvent } from './audit.tables';
import type { z } from 'zod';
import type { auditEventSchema } from './audit.schemas';

type Row = { event: typeof auditEvent.$inferSelect; unit: { id: string; nameVi: string; nameEn: string } | null };

/** Audit row → API JSON. */
export function presentAuditEvent({ event, unit }: Row): z.infer<typeof auditEventSchema> {
  return {
    id: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actorUsername: event.actorUsername,
    actorRole: event.actorRole,
    unit: unit && unit.id ? unit : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
    requestId: event.requestId,
    ip: event.ip,
  };
}
