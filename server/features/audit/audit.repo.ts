import { and, asc, desc, eq, gte, ilike, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { orgUnit } from '../units/units.tables';
import { auditEvent } from './audit.tables';

/** Row to append to the audit log. */
export type NewAuditEvent = typeof auditEvent.$inferInsert;

/** Appends one event. */
export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvent).values(event);
}

/** Filters of the admin audit browser. */
export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Keyset cursor: return events with id < beforeId. */
  beforeId?: number;
  limit: number;
}

/** Lists events newest first, with the actor's unit names. */
export async function listAuditEvents(db: Executor, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.action) where.push(ilike(auditEvent.action, `${f.action.replace(/[%_]/g, '\\$&')}%`));
  if (f.actor) where.push(ilike(auditEvent.actorUsername, `%${f.actor.replace(/[%_]/g, '\\$&')}%`));
  if (f.entityType) where.push(eq(auditEvent.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditEvent.entityId, f.entityId));
  if (f.from) where.push(gte(auditEvent.occurredAt, f.from));
  if (f.to) where.push(lt(auditEvent.occurredAt, f.to));
  if (f.beforeId !== undefined) where.push(lt(auditEvent.id, f.beforeId));
  return db
    .select({
      event: auditEvent,
      unit: { id: orgUnit.id, nameVi: orgUnit.nameVi, nameEn: orgUnit.nameEn },
    })
    .from(auditEvent)
    .leftJoin(orgUnit, eq(orgUnit.id, auditEvent.actorUnitId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvent.id))
    .limit(f.limit);
}

/** Events about any of the given entity ids (a record's trail), oldest first. */
export async function listAuditEventsForEntities(db: Executor, entityIds: string[]) {
  if (!entityIds.length) return [];
  return db.select().from(auditEvent).where(inArray(auditEvent.entityId, entityIds)).orderBy(asc(auditEvent.id));
}
