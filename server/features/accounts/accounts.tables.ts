import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../domain/access/roles';
import { orgUnit } from '../units/units.tables';

/** A person who signs in. Usernames are stored lower-case. */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    role: text('role', { enum: ROLES }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnit.id),
    passwordHash: text('password_hash').notNull(),
    /** Set for one-time passwords issued by an admin: the first login must change it. */
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    status: text('status', { enum: ['active', 'disabled'] }).notNull().default('active'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('app_user_username_uq').on(sql`lower(${t.username})`), index('app_user_unit_idx').on(t.unitId)],
);

/** A signed-in session. The cookie carries a random token; only its SHA-256 is stored (`id`). */
export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId), index('session_expires_idx').on(t.expiresAt)],
);

/** One login attempt, kept for throttling. Keyed by the typed username (existing or not) so nothing leaks. */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    usernameKey: text('username_key').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempt_user_idx').on(t.usernameKey, t.at), index('login_attempt_ip_idx').on(t.ip, t.at)],
);
