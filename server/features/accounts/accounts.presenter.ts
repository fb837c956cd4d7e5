import type { z } from 'zod';
import { permissionsOf } from '../../domain/access/policy';
import { presentUnit } from '../units/units.presenter';
import type { UserWithUnit } from './accounts.repo';
import type { adminUserSchema, meSchema } from './accounts.schemas';

/** The signed-in user as the web client sees it (with permissions for menus and the CSRF token). */
export function presentMe({ user, unit }: UserWithUnit, csrfToken: string): z.infer<typeof meSchema> {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    unit: presentUnit(unit),
    mustChangePassword: user.mustChangePassword,
    permissions: [...permissionsOf(user)],
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    csrfToken,
  };
}

/** A user in the admin list. */
export function presentAdminUser({ user, unit }: UserWithUnit): z.infer<typeof adminUserSchema> {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    status: user.status,
    unit: presentUnit(unit),
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
