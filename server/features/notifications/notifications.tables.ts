import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.tables';
import { dossier } from '../dossiers/dossiers.tables';

/**
 * An in-app notification for one user (the bell): a dossier status change for the applicant's accounts, a
 * deadline reminder for MOFA officers. Title and body in both languages, a link inside the app. `dedupe_key` is
 * unique per user, so a notification written twice (a retried job, a restart) exists once.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    /** What it is about: `dossier.request_supplement`, `dossier.due_soon`, `dossier.overdue`, … */
    kind: text('kind').notNull(),
    dossierId: uuid('dossier_id').references(() => dossier.id),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    bodyVi: text('body_vi').notNull(),
    bodyEn: text('body_en').notNull(),
    /** App path opened from the notification, e.g. `/dossiers/<id>`. */
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    unique('notification_user_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notification_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('notification_user_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);
