import type { z } from 'zod';
import type { NotificationRow } from './notifications.repo';
import type { notificationSchema } from './notifications.schemas';

/** A notification row as the API shows it (ISO instants, both languages). */
export function presentNotification(row: NotificationRow): z.infer<typeof notificationSchema> {
  return {
    id: row.id,
    kind: row.kind,
    dossierId: row.dossierId,
    title: { vi: row.titleVi, en: row.titleEn },
    body: { vi: row.bodyVi, en: row.bodyEn },
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
