import { z } from 'zod';
import { bilingualSchema } from '../../platform/http/schemas';

/** Paging of the caller's notifications (newest first). */
export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

/** One notification as its recipient sees it. */
export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('dossier.<action>, dossier.due_soon, dossier.overdue, …'),
    dossierId: z.uuid().nullable(),
    title: bilingualSchema,
    body: bilingualSchema,
    link: z.string().nullable().describe('App path to open, e.g. /dossiers/<id>'),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

/** A page of the caller's notifications with the unread count (for the bell). */
export const notificationListSchema = z
  .object({
    items: z.array(notificationSchema),
    unreadCount: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'NotificationList' });

/** Answer of marking one notification read. */
export const notificationReadSchema = z.object({ notification: notificationSchema, unreadCount: z.number().int() }).meta({ id: 'NotificationRead' });

/** Answer of marking all notifications read. */
export const notificationsReadAllSchema = z.object({ updated: z.number().int(), unreadCount: z.number().int() }).meta({ id: 'NotificationsReadAll' });
