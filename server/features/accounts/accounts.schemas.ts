import { z } from 'zod';
import { PERMISSIONS } from '../../domain/access/policy';
import { ROLES } from '../../domain/access/roles';
import { unitSchema } from '../units/units.schemas';

const nfc = (s: string) => s.normalize('NFC').trim();

export const loginBodySchema = z
  .object({
    username: z.string().min(1).max(100).transform(nfc),
    password: z.string().min(1).max(256),
  })
  .meta({ id: 'LoginRequest' });

export const meSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    unit: unitSchema,
    mustChangePassword: z.boolean(),
    permissions: z.array(z.enum(PERMISSIONS)),
    lastLoginAt: z.string().nullable(),
    csrfToken: z.string().describe('Send it back in the x-csrf-token header of every state-changing request'),
  })
  .meta({ id: 'Me' });

export const loginResponseSchema = z
  .object({ user: meSchema, mustChangePassword: z.boolean().describe('True when the password must be changed before anything else') })
  .meta({ id: 'LoginResponse' });

export const changePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .meta({ id: 'ChangePasswordRequest' });

export const adminUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    status: z.enum(['active', 'disabled']),
    unit: unitSchema,
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminUser' });

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  unitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const userListSchema = z.object({ items: z.array(adminUserSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const createUserBodySchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'letters, digits, dot, dash, underscore; 3–64 characters'),
    fullName: z.string().trim().min(2).max(200),
    email: z.email().max(200).optional().nullable(),
    role: z.enum(ROLES),
    unitId: z.uuid(),
  })
  .meta({ id: 'CreateUserRequest' });

export const updateUserBodySchema = z
  .object({
    fullName: z.string().trim().min(2).max(200).optional(),
    email: z.email().max(200).nullable().optional(),
    role: z.enum(ROLES).optional(),
    unitId: z.uuid().optional(),
  })
  .meta({ id: 'UpdateUserRequest' });

export const createdUserSchema = z.object({ user: adminUserSchema, oneTimePassword: z.string() });
export const oneTimePasswordSchema = z.object({ oneTimePassword: z.string() });
