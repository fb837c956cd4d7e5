import type { RequestContext } from '../../platform/http/context';
import type { Executor } from '../../platform/db/client';
import { insertAuditEvent, listAuditEvents, listAuditEventsForEntities, type AuditFilter } from './audit.repo';

/** What changed: an action on an entity, with its state before and after. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Keys never written into the audit log (secrets). */
const REDACTED_KEYS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'oneTimePassword', 'csrfToken', 'token']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, REDACTED_KEYS.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/**
 * Appends an audit event inside the caller's transaction, so the change and its trace commit together.
 * Secrets (password hashes, one-time passwords, tokens) are redacted.
 */
export async function appendAudit(tx: Executor, ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(tx, {
    actorUserId: ctx.actor.userId,
    actorUsername: ctx.actor.username,
    actorRole: ctx.actor.role,
    actorUnitId: ctx.actor.unitId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: redact(entry.before) ?? null,
    after: redact(entry.after) ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/** Lists audit events for the admin browser (newest first, keyset pagination by id). */
export async function browseAudit(db: Executor, filter: AuditFilter) {
  const rows = await listAuditEvents(db, { ...filter, limit: filter.limit + 1 });
  const hasMore = rows.length > filter.limit;
  const page = rows.slice(0, filter.limit);
  return { rows: page, nextCursor: hasMore ? String(page[page.length - 1]!.event.id) : null };
}

/** The audit trail of a record made of several entities (an organisation and its certificates), oldest first. */
export async function listEntityTrail(db: Executor, entityIds: string[]) {
  return listAuditEventsForEntities(db, entityIds);
}
