import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.tables';
import { country } from '../reference/reference.tables';

/**
 * A foreign NGO's self-registration, waiting for its e-mail address to be verified. Only the SHA-256 of the
 * verification token is stored. Verifying creates the NGO's unit and its representative's account.
 */
export const ngoSignup = pgTable(
  'ngo_signup',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    organizationName: text('organization_name').notNull(),
    countryCode: text('country_code')
      .notNull()
      .references(() => country.code),
    passwordHash: text('password_hash').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    userId: uuid('user_id').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ngo_signup_email_idx').on(t.email, t.createdAt)],
);
