import type { Actor } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import { NotFoundError, UnauthenticatedError, ValidationError, type BilingualMessage } from '../../platform/http/errors';
import * as repo from './notifications.repo';

type NotificationDeps = Pick<Deps, 'db' | 'clock'>;

/** What a new notification says; the same notice goes to each recipient. */
export interface Notice {
  kind: string;
  dossierId?: string | null;
  title: BilingualMessage;
  body: BilingualMessage;
  /** App path opened from the bell (e.g. `/my/dossiers/<id>`). */
  link: string | null;
  /** Unique per recipient: the same key never creates a second notification for that user. */
  dedupeKey: string;
}

/** A page of the caller's notifications. */
export interface NotificationPage {
  items: repo.NotificationRow[];
  unreadCount: number;
  nextCursor: string | null;
}

/**
 * Writes `notice` for each user inside the caller's transaction (it exists only if the change that caused it
 * commits). A user who already has a notification with the same dedupe key gets nothing new. `at` is the
 * creation time (millisecond precision, which the list's keyset relies on). Returns the rows actually inserted.
 */
export async function notifyUsers(tx: Executor, userIds: readonly string[], notice: Notice, at: Date): Promise<repo.NotificationRow[]> {
  const unique = [...new Set(userIds)];
  return repo.insertNotifications(
    tx,
    unique.map((userId) => ({
      userId,
      kind: notice.kind,
      dossierId: notice.dossierId ?? null,
      titleVi: notice.title.vi,
      titleEn: notice.title.en,
      bodyVi: notice.body.vi,
      bodyEn: notice.body.en,
      link: notice.link,
      dedupeKey: notice.dedupeKey,
      createdAt: at,
    })),
  );
}

/** Active accounts of a unit holding one of `roles` (who a unit-wide notice goes to). */
export function findActiveMembers(db: Executor, unitId: string, roles: readonly Role[]): Promise<repo.Recipient[]> {
  return repo.selectActiveUsers(db, { unitId, roles });
}

/** Active accounts holding one of `roles`, optionally restricted to `ids`. */
export function findActiveUsers(db: Executor, filter: { roles?: readonly Role[]; ids?: readonly string[] }): Promise<repo.Recipient[]> {
  return repo.selectActiveUsers(db, filter);
}

function ownerOf(actor: Actor): string {
  if (!actor.userId) throw new UnauthenticatedError();
  return actor.userId;
}

const badCursor = () => new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'Invalid page cursor.' } }]);

/** Opaque keyset cursor: base64url of `<created_at ISO>|<id>` of the last row of a page. */
function encodeCursor(row: repo.NotificationRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

/** @throws ValidationError for a cursor this service did not make. */
function decodeCursor(cursor: string | undefined): repo.NotificationCursor | undefined {
  if (!cursor) return undefined;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (Number.isNaN(createdAt.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) throw badCursor();
  return { createdAt, id };
}

/**
 * The caller's notifications, newest first (keyset pages of `limit`), with the unread count. A user only ever
 * sees their own. @throws ValidationError for an invalid cursor
 */
export async function listMyNotifications(deps: Pick<Deps, 'db'>, actor: Actor, query: { limit: number; cursor?: string }): Promise<NotificationPage> {
  const userId = ownerOf(actor);
  const before = decodeCursor(query.cursor);
  const [rows, unreadCount] = await Promise.all([repo.selectNotificationsOf(deps.db, userId, query.limit + 1, before), repo.countUnread(deps.db, userId)]);
  const items = rows.slice(0, query.limit);
  return { items, unreadCount, nextCursor: rows.length > query.limit ? encodeCursor(items[items.length - 1]!) : null };
}

/**
 * Marks one of the caller's notifications read (again: no change). Someone else's id answers 404, as an absent one
 * does. Read markers are personal UI state, so no audit entry. @throws NotFoundError
 */
export async function markNotificationRead(deps: NotificationDeps, actor: Actor, id: string): Promise<{ notification: repo.NotificationRow; unreadCount: number }> {
  const userId = ownerOf(actor);
  return deps.db.transaction(async (tx) => {
    const row = await repo.markRead(tx, userId, id, deps.clock.now());
    if (!row) throw new NotFoundError('notification');
    return { notification: row, unreadCount: await repo.countUnread(tx, userId) };
  });
}

/** Marks every unread notification of the caller read. */
export async function markAllNotificationsRead(deps: NotificationDeps, actor: Actor): Promise<{ updated: number; unreadCount: number }> {
  const userId = ownerOf(actor);
  return deps.db.transaction(async (tx) => {
    const updated = await repo.markAllRead(tx, userId, deps.clock.now());
    return { updated, unreadCount: await repo.countUnread(tx, userId) };
  });
}
