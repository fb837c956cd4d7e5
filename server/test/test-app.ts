import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../app';
import { loadConfig, type AppConfig } from '../config/env';
import { seedDemoData } from '../features/demo/demo.seed';
import { fixedClock, systemClock, type Clock } from '../platform/clock';
import type { Deps } from '../platform/deps';
import { localDiskStorage } from '../platform/storage/storage';
import { createTestDatabase, type TestDatabase } from './database';

/** The password every demo account has in tests. */
export const TEST_PASSWORD = 'Test-Passw0rd!2026';
/** A password that satisfies the policy, for password changes in tests. */
export const NEW_PASSWORD = 'N3w-Secure-Pass!2026';

/** A signed-in test client: cookie and CSRF token applied to every request. */
export interface Session {
  cookie: string;
  csrfToken: string;
  request(method: string, url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** A built app on an isolated, seeded database. */
export interface TestApp {
  app: App;
  deps: Deps;
  db: TestDatabase;
  /** Logs in; with `changePassword` the one-time password is replaced so every route is reachable. */
  login(username: string, options?: { password?: string; changePassword?: boolean }): Promise<Session>;
  anonymous(method: string, url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

function cookieFrom(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'ingo_sid');
  if (!set) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `ingo_sid=${set.value}`;
}

/** Builds the app over a fresh database seeded with the demo accounts (password TEST_PASSWORD). */
export async function createTestApp(options: { clock?: Clock; config?: Partial<Record<string, string>> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config: AppConfig = loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-test-data-')), SEED_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent', ...options.config });
  const deps: Deps = { config, database: db.database, db: db.database.db, clock: options.clock ?? systemClock, jobs: null, log: undefined as never, storage: localDiskStorage(config.uploadsDir) };
  const app = await buildApp(deps, { logger: false });
  deps.log = app.log;
  await seedDemoData(deps);

  const send = (method: string, url: string, payload: unknown, headers: Record<string, string>) =>
    app.inject({ method: method as 'GET', url, headers: { 'content-type': 'application/json', ...headers }, ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }) });

  const makeSession = (cookie: string, csrfToken: string): Session => ({
    cookie,
    csrfToken,
    request: (method, url, payload, headers = {}) => send(method, url, payload, { cookie, 'x-csrf-token': csrfToken, ...headers }),
  });

  return {
    app,
    deps,
    db,
    anonymous: (method, url, payload, headers = {}) => send(method, url, payload, headers),
    async login(username, { password = TEST_PASSWORD, changePassword = true } = {}) {
      const res = await send('POST', '/api/v1/auth/login', { username, password }, {});
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      let session = makeSession(cookieFrom(res), res.json().user.csrfToken);
      if (changePassword && res.json().mustChangePassword) {
        const changed = await session.request('POST', '/api/v1/auth/change-password', { currentPassword: password, newPassword: NEW_PASSWORD });
        if (changed.statusCode !== 200) throw new Error(`password change failed: ${changed.body}`);
        session = makeSession(cookieFrom(changed), changed.json().csrfToken);
      }
      return session;
    },
    async close() {
      await app.close();
      await db.cleanup();
    },
  };
}

export { fixedClock };
