import { describe, expect, it } from 'vitest';
import { ANONYMOUS, decideRouteAccess, hasPermission, ROLE_PERMISSIONS, type Actor, type Permission } from './policy';
import { isRoleAllowedForUnit, ROLES, type Role } from './roles';

const actor = (role: Role, mustChangePassword = false): Actor => ({ ...ANONYMOUS, userId: 'u1', username: 'x', role, unitId: 'unit', unitKind: 'mofa', mustChangePassword });

// The expected matrix, written out so that any change to who may do what is a deliberate, reviewed edit.
const EXPECTED: Record<Permission, Role[]> = {
  'users:manage': ['system_admin'],
  'audit:read': ['system_admin'],
  'reference:manage': ['system_admin'],
  'registry:read': ['system_admin', 'mofa_officer', 'mofa_leader', 'agency_focal', 'agency_viewer'],
  'registry:manage': ['mofa_officer', 'mofa_leader'],
  'dossiers:process': ['mofa_officer', 'mofa_leader'],
  'dossiers:decide': ['mofa_leader'],
  'consultations:read': ['mofa_officer', 'mofa_leader', 'agency_focal', 'agency_viewer'],
  'consultations:answer': ['agency_focal'],
  'ngo:self': ['ngo_representative'],
  'reports:file': ['agency_focal', 'ngo_representative'],
  'reports:read': ['system_admin', 'mofa_officer', 'mofa_leader', 'agency_focal', 'agency_viewer'],
  'reports:manage': ['system_admin', 'mofa_officer', 'mofa_leader'],
};

describe('role × permission matrix', () => {
  for (const [permission, roles] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
    for (const role of ROLES) {
      it(`${role} ${roles.includes(role) ? 'may' : 'may not'} ${permission}`, () => {
        expect(hasPermission({ role }, permission)).toBe(roles.includes(role));
      });
    }
  }
  it('covers every permission granted in ROLE_PERMISSIONS', () => {
    const granted = new Set(Object.values(ROLE_PERMISSIONS).flat());
    expect([...granted].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe('decideRouteAccess', () => {
  it.each([
    ['public route, anonymous', ANONYMOUS, 'public', false, 'allow'],
    ['authenticated route, anonymous', ANONYMOUS, 'authenticated', false, 'unauthenticated'],
    ['permission route, anonymous', ANONYMOUS, 'users:manage', false, 'unauthenticated'],
    ['admin with one-time password', actor('system_admin', true), 'users:manage', false, 'password_change_required'],
    ['one-time password on an allowed route', actor('system_admin', true), 'authenticated', true, 'allow'],
    ['agency focal on admin route', actor('agency_focal'), 'users:manage', false, 'forbidden'],
    ['agency focal answering', actor('agency_focal'), 'consultations:answer', false, 'allow'],
  ] as const)('%s → %s', (_label, who, access, allowDuring, expected) => {
    expect(decideRouteAccess(who, access, allowDuring)).toBe(expected);
  });
});

describe('roles fit unit kinds', () => {
  it.each([
    ['mofa_leader', 'mofa', true],
    ['mofa_leader', 'province', false],
    ['agency_focal', 'province', true],
    ['agency_focal', 'ministry', true],
    ['ngo_representative', 'ngo', true],
    ['ngo_representative', 'mofa', false],
  ] as const)('%s in a %s unit → %s', (role, kind, ok) => {
    expect(isRoleAllowedForUnit(role, kind)).toBe(ok);
  });
});
