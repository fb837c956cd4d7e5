import { isRoleAllowedForUnit, type Role } from '../../domain/access/roles';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { generateOneTimePassword, hashPassword } from '../../platform/security/passwords';
import { appendAudit } from '../audit/audit.service';
import { findUnitById } from '../units/units.service';
import * as repo from './accounts.repo';

type UsersDeps = Pick<Deps, 'db' | 'clock'>;

/** Input of account creation by an admin (or by the demo seed). */
export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string | null;
  role: Role;
  unitId: string;
}

/** Audit-safe view of a user. */
function snapshot(u: repo.UserRow) {
  return { username: u.username, fullName: u.fullName, email: u.email, role: u.role, unitId: u.unitId, status: u.status, mustChangePassword: u.mustChangePassword };
}

async function assertRoleFitsUnit(db: Executor, role: Role, unitId: string) {
  const unit = await findUnitById(db, unitId);
  if (!unit) {
    throw new ValidationError([{ path: 'unitId', code: 'unknown_unit', message: { vi: 'Đơn vị không tồn tại.', en: 'Unknown unit.' } }]);
  }
  if (!isRoleAllowedForUnit(role, unit.kind)) {
    throw new ValidationError([
      {
        path: 'role',
        code: 'role_not_allowed_for_unit',
        message: { vi: 'Vai trò này không phù hợp với loại đơn vị đã chọn.', en: 'This role cannot be given to a member of the chosen unit.' },
      },
    ]);
  }
  return unit;
}

/**
 * Creates an account with a one-time password (or `fixedPassword` for demo seeding); the first login must
 * change it. @throws ConflictError username_taken, ValidationError
 */
export async function createUser(deps: UsersDeps, ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>, input: CreateUserInput, fixedPassword?: string) {
  const username = input.username.normalize('NFC').trim().toLowerCase();
  await assertRoleFitsUnit(deps.db, input.role, input.unitId);
  const oneTimePassword = fixedPassword ?? generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return deps.db.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, username)) {
      throw new ConflictError('username_taken', { vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is already taken.' }, { field: 'username' });
    }
    const user = await repo.insertUser(tx, {
      username,
      fullName: input.fullName.normalize('NFC').trim().replace(/\s+/g, ' '),
      email: input.email?.trim() || null,
      role: input.role,
      unitId: input.unitId,
      passwordHash,
      mustChangePassword: true,
    });
    await appendAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: user.id, after: snapshot(user) });
    const withUnit = await repo.findUserById(tx, user.id);
    return { user: withUnit!, oneTimePassword };
  });
}

/**
 * Creates the account of an NGO representative who registered and verified their e-mail themself, inside the
 * caller's transaction: role ngo_representative, the password they chose (already hashed), no forced change.
 * @throws ConflictError username_taken
 */
export async function createSelfRegisteredUser(
  tx: Executor,
  ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>,
  input: { username: string; fullName: string; email: string; unitId: string; passwordHash: string; at: Date },
) {
  const username = input.username.normalize('NFC').trim().toLowerCase();
  if (await repo.findUserByUsername(tx, username)) {
    throw new ConflictError('username_taken', { vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is already taken.' }, { field: 'username' });
  }
  const user = await repo.insertUser(tx, {
    username,
    fullName: input.fullName.normalize('NFC').trim().replace(/\s+/g, ' '),
    email: input.email.trim(),
    role: 'ngo_representative',
    unitId: input.unitId,
    passwordHash: input.passwordHash,
    mustChangePassword: false,
    passwordChangedAt: input.at,
  });
  await appendAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: user.id, after: { ...snapshot(user), selfRegistered: true } });
  return user;
}

/** Lists accounts for the admin page. */
export async function listAccounts(deps: UsersDeps, filter: repo.UserFilter) {
  return repo.listUsers(deps.db, filter);
}

/** Edits name, e-mail, role or unit. @throws NotFoundError, ValidationError */
export async function updateAccount(deps: UsersDeps, ctx: RequestContext, id: string, input: Partial<Pick<CreateUserInput, 'fullName' | 'email' | 'role' | 'unitId'>>) {
  return deps.db.transaction(async (tx) => {
    const current = await repo.findUserById(tx, id, true);
    if (!current) throw new NotFoundError('user');
    const role = input.role ?? current.user.role;
    const unitId = input.unitId ?? current.user.unitId;
    if (input.role || input.unitId) await assertRoleFitsUnit(tx, role, unitId);
    const updated = await repo.updateUser(tx, id, {
      ...(input.fullName !== undefined ? { fullName: input.fullName.normalize('NFC').trim().replace(/\s+/g, ' ') } : {}),
      ...(input.email !== undefined ? { email: input.email?.trim() || null } : {}),
      role,
      unitId,
    });
    await appendAudit(tx, ctx, { action: 'user.update', entityType: 'user', entityId: id, before: snapshot(current.user), after: snapshot(updated) });
    return (await repo.findUserById(tx, id))!;
  });
}

/** Issues a new one-time password and closes the user's sessions. @throws NotFoundError */
export async function resetPassword(deps: UsersDeps, ctx: RequestContext, id: string) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return deps.db.transaction(async (tx) => {
    const current = await repo.findUserById(tx, id, true);
    if (!current) throw new NotFoundError('user');
    await repo.updateUser(tx, id, { passwordHash, mustChangePassword: true });
    const closed = await repo.deleteSessionsOfUser(tx, id);
    await appendAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      before: { mustChangePassword: current.user.mustChangePassword },
      after: { mustChangePassword: true, sessionsClosed: closed },
    });
    return { oneTimePassword };
  });
}

/** Disables or re-enables an account; disabling closes its sessions. An admin cannot disable themself. */
export async function setAccountStatus(deps: UsersDeps, ctx: RequestContext, id: string, status: 'active' | 'disabled') {
  if (status === 'disabled' && ctx.actor.userId === id) {
    throw new ConflictError('cannot_disable_self', { vi: 'Bạn không thể tự vô hiệu hóa tài khoản của mình.', en: 'You cannot disable your own account.' });
  }
  return deps.db.transaction(async (tx) => {
    const current = await repo.findUserById(tx, id, true);
    if (!current) throw new NotFoundError('user');
    await repo.updateUser(tx, id, { status });
    if (status === 'disabled') await repo.deleteSessionsOfUser(tx, id);
    await appendAudit(tx, ctx, {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: id,
      before: { status: current.user.status },
      after: { status },
    });
    return (await repo.findUserById(tx, id))!;
  });
}
