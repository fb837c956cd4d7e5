import type { Role } from './roles';

/**
 * Permissions a route can require. 'public' routes need no session; 'authenticated' routes need any session.
 * Everything else is granted per role in ROLE_PERMISSIONS.
 */
export const PERMISSIONS = [
  'users:manage',
  'audit:read',
  'reference:manage',
  'registry:read',
  'registry:manage',
  'dossiers:process',
  'dossiers:decide',
  'consultations:read',
  'consultations:answer',
  'ngo:self',
  'reports:file',
  'reports:read',
  'reports:manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
/** What a route declares: a permission, or one of the two open levels. */
export type RouteAccess = Permission | 'public' | 'authenticated';

/** The single role → permission table (who may do what). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: ['users:manage', 'audit:read', 'reference:manage', 'registry:read', 'reports:read', 'reports:manage'],
  mofa_officer: ['registry:read', 'registry:manage', 'dossiers:process', 'consultations:read', 'reports:read', 'reports:manage'],
  mofa_leader: ['registry:read', 'registry:manage', 'dossiers:process', 'dossiers:decide', 'consultations:read', 'reports:read', 'reports:manage'],
  agency_focal: ['registry:read', 'consultations:read', 'consultations:answer', 'reports:read', 'reports:file'],
  agency_viewer: ['registry:read', 'consultations:read', 'reports:read'],
  ngo_representative: ['ngo:self', 'reports:file'],
};

/** The acting party of a request. `null` role = anonymous visitor. */
export interface Actor {
  userId: string | null;
  username: string | null;
  role: Role | null;
  unitId: string | null;
  unitKind: string | null;
  provinceCode: string | null;
  mustChangePassword: boolean;
}

/** An anonymous visitor. */
export const ANONYMOUS: Actor = {
  userId: null,
  username: null,
  role: null,
  unitId: null,
  unitKind: null,
  provinceCode: null,
  mustChangePassword: false,
};

/** The permissions an actor holds (empty for anonymous). */
export function permissionsOf(actor: Pick<Actor, 'role'>): readonly Permission[] {
  return actor.role ? ROLE_PERMISSIONS[actor.role] : [];
}

/** True when the actor holds `permission`. */
export function hasPermission(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

/** Outcome of the route-level check: allowed, or the reason it is refused. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'password_change_required' | 'forbidden';

/**
 * The route-level authorization rule applied to every request before its handler.
 * A user whose password is a one-time password may only reach routes flagged `allowDuringPasswordChange`.
 */
export function decideRouteAccess(actor: Actor, access: RouteAccess, allowDuringPasswordChange = false): AccessDecision {
  if (access === 'public') return 'allow';
  if (!actor.userId || !actor.role) return 'unauthenticated';
  if (actor.mustChangePassword && !allowDuringPasswordChange) return 'password_change_required';
  if (access === 'authenticated') return 'allow';
  return hasPermission(actor, access) ? 'allow' : 'forbidden';
}
