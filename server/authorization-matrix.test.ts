import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from './domain/access/policy';
import { ROLES, type Role } from './domain/access/roles';
import { createTestApp, type Session, type TestApp } from './test/test-app';

/** One demo account per role. */
const ACCOUNT_OF: Record<Role, string> = {
  system_admin: 'admin',
  mofa_officer: 'mofa.officer',
  mofa_leader: 'mofa.leader',
  agency_focal: 'police.focal',
  agency_viewer: 'finance.viewer',
  ngo_representative: 'ngo.demo',
};

let t: TestApp;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.login(ACCOUNT_OF[role]));
});
afterAll(async () => t?.close());

const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1'));
const concreteUrl = (url: string) => url.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000').replace(/:[a-zA-Z]+/g, 'x');
// Routes that end the caller's session are checked last so the other checks keep their session.
const isSessionEnding = (url: string) => url.endsWith('/auth/logout');

describe('authorization matrix (role × route)', () => {
  it('every /api/v1 route declares its access policy', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const allowed = new Set<string>([...PERMISSIONS, 'public', 'authenticated']);
    const missing = routes.filter((r) => !r.access || !allowed.has(r.access)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('anonymous callers get 401 on every non-public route and never 401/403 on public ones', async () => {
    for (const route of apiRoutes()) {
      const res = await t.anonymous(route.method, concreteUrl(route.url), route.method === 'GET' ? undefined : {});
      if (route.access === 'public') expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
      else expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  for (const role of ROLES) {
    it(`${role}: allowed exactly where its permissions say, 403 elsewhere`, async () => {
      const session = sessions.get(role)!;
      const routes = [...apiRoutes()].sort((a, b) => Number(isSessionEnding(a.url)) - Number(isSessionEnding(b.url)));
      for (const route of routes) {
        const res = await session.request(route.method, concreteUrl(route.url), route.method === 'GET' ? undefined : {});
        const label = `${role} ${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        const granted = route.access === 'public' || route.access === 'authenticated' || ROLE_PERMISSIONS[role].includes(route.access as Permission);
        if (granted) expect([401, 403], label).not.toContain(res.statusCode);
        else {
          expect(res.statusCode, label).toBe(403);
          expect(res.json().error.code, label).toBe('forbidden');
        }
      }
    });
  }
});
