import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/policy';
import { checkPasswordPolicy } from '../../../common/password-policy';
import { loginRetryAfterSeconds } from '../../domain/access/login-throttle';
import type { Deps } from '../../platform/deps';
import type { RequestContext, SessionInfo } from '../../platform/http/context';
import { RateLimitedError, UnauthenticatedError, ValidationError } from '../../platform/http/errors';
import { dummyPasswordHash, hashPassword, randomToken, sha256Hex, verifyPassword } from '../../platform/security/passwords';
import { appendAudit } from '../audit/audit.service';
import * as repo from './accounts.repo';

type AuthDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

/** A freshly opened session: the raw token goes into the cookie, never into the database. */
export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: repo.UserWithUnit;
}

const INVALID_CREDENTIALS = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  en: 'Incorrect username or password.',
};

/** The actor a user acts as. */
export function actorOf({ user, unit }: repo.UserWithUnit): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    unitId: unit.id,
    unitKind: unit.kind,
    provinceCode: unit.provinceCode,
    mustChangePassword: user.mustChangePassword,
  };
}

function usernameKey(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

async function openSession(deps: AuthDeps, tx: Parameters<typeof repo.insertSession>[0], user: repo.UserWithUnit, ctx: RequestContext): Promise<OpenedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await repo.insertSession(tx, {
    id: sha256Hex(token),
    userId: user.user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt, user };
}

/**
 * Signs a user in. Unknown user, wrong password and disabled account all answer the same 401; repeated
 * failures for one username or IP answer 429 until the lockout passes.
 * @throws RateLimitedError, UnauthenticatedError
 */
export async function login(deps: AuthDeps, ctx: RequestContext, input: { username: string; password: string }): Promise<OpenedSession> {
  const key = usernameKey(input.username);
  const now = deps.clock.now();
  const windowMs = deps.config.LOGIN_LOCKOUT_MINUTES * 60_000;
  const stats = await repo.loginFailureStats(deps.db, key, ctx.ip, new Date(now.getTime() - windowMs));
  const wait = loginRetryAfterSeconds(
    stats,
    {
      maxFailuresPerUsername: deps.config.LOGIN_MAX_FAILURES,
      maxFailuresPerIp: deps.config.LOGIN_MAX_FAILURES * 4,
      windowMs,
      lockoutMs: windowMs,
    },
    now,
  );
  if (wait > 0) throw new RateLimitedError(wait);

  const found = await repo.findUserByUsername(deps.db, key);
  const passwordOk = await verifyPassword(found?.user.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!found || !passwordOk || found.user.status !== 'active') {
    await deps.db.transaction(async (tx) => {
      await repo.insertLoginAttempt(tx, { usernameKey: key, ip: ctx.ip, succeeded: false, at: now });
      await appendAudit(tx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: found?.user.id ?? null,
        after: { username: key, reason: !found ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'disabled' },
      });
    });
    throw new UnauthenticatedError('invalid_credentials', INVALID_CREDENTIALS);
  }

  return deps.db.transaction(async (tx) => {
    await repo.insertLoginAttempt(tx, { usernameKey: key, ip: ctx.ip, succeeded: true, at: now });
    await repo.updateUser(tx, found.user.id, { lastLoginAt: now });
    const opened = await openSession(deps, tx, found, ctx);
    await appendAudit(tx, { ...ctx, actor: actorOf(found) }, { action: 'auth.login', entityType: 'user', entityId: found.user.id });
    return opened;
  });
}

/**
 * Resolves a session cookie: unknown, expired (absolute or idle) or disabled-user sessions give null.
 * Sliding expiry: `lastSeenAt` is refreshed at most once a minute.
 */
export async function resolveSession(deps: AuthDeps, token: string, _request?: FastifyRequest): Promise<{ session: SessionInfo; actor: Actor; user: repo.UserWithUnit } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const id = sha256Hex(token);
  const row = await repo.findSession(deps.db, id);
  if (!row) return null;
  const now = deps.clock.now();
  const idleMs = deps.config.SESSION_IDLE_MINUTES * 60_000;
  if (row.session.expiresAt <= now || row.session.lastSeenAt.getTime() + idleMs <= now.getTime() || row.user.status !== 'active') {
    await repo.deleteSession(deps.db, id);
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) await repo.touchSession(deps.db, id, now);
  const user = { user: row.user, unit: row.unit };
  return {
    session: { id, userId: row.user.id, csrfToken: row.session.csrfToken, expiresAt: row.session.expiresAt },
    actor: actorOf(user),
    user,
  };
}

/** Ends the current session. */
export async function logout(deps: AuthDeps, ctx: RequestContext, sessionId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await appendAudit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId });
  });
}

/**
 * Changes the signed-in user's password (required after a one-time password). Every session of the user is
 * closed and a new one opened, so a stolen old cookie stops working.
 * @throws UnauthenticatedError (wrong current password), ValidationError (policy)
 */
export async function changePassword(deps: AuthDeps, ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<OpenedSession> {
  const userId = ctx.actor.userId;
  if (!userId) throw new UnauthenticatedError();
  const current = await repo.findUserById(deps.db, userId);
  if (!current) throw new UnauthenticatedError();
  if (!(await verifyPassword(current.user.passwordHash, input.currentPassword))) {
    throw new UnauthenticatedError(
      'invalid_current_password',
      { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is incorrect.' },
      { fields: [{ path: 'currentPassword', code: 'invalid_current_password', message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is incorrect.' } }] },
    );
  }
  const violations = checkPasswordPolicy(input.newPassword, { username: current.user.username, currentPassword: input.currentPassword });
  if (violations.length) {
    throw new ValidationError(
      violations.map((v) => ({ path: 'newPassword', code: v.code, message: v.message })),
      { vi: 'Mật khẩu mới chưa đạt yêu cầu.', en: 'The new password does not meet the policy.' },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const updated = await repo.updateUser(tx, userId, { passwordHash, mustChangePassword: false, passwordChangedAt: now });
    await repo.deleteSessionsOfUser(tx, userId);
    const user = { user: updated, unit: current.unit };
    const opened = await openSession(deps, tx, user, ctx);
    await appendAudit(tx, ctx, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: userId,
      before: { mustChangePassword: current.user.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return opened;
  });
}

/** Deletes expired sessions and old login attempts (the `sessions.purge` job). */
export async function purgeExpiredSessions(deps: AuthDeps): Promise<{ sessions: number; attempts: number }> {
  const now = deps.clock.now();
  const sessions = await repo.deleteExpiredSessions(deps.db, now, new Date(now.getTime() - deps.config.SESSION_IDLE_MINUTES * 60_000));
  const attempts = await repo.deleteOldLoginAttempts(deps.db, new Date(now.getTime() - 30 * 86_400_000));
  return { sessions, attempts };
}
