import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Typed configuration values (legal parameters the brief marks unconfirmed), edited by admins. */
export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
