import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Browser tests run Debian's chromium (no browser download) against the real server on a fresh database.
// The config is loaded by the runner and again by each worker: the env var makes them share one data dir.
process.env.INGO_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-e2e-'));

const externalBaseUrl = process.env.E2E_BASE_URL;
// E2E_PORT lets two runs share a machine (default 3100).
const port = process.env.E2E_PORT ?? '3100';
const baseURL = externalBaseUrl ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  // On CI a failed test runs once more and a pass on the retry is reported as "flaky" in the output (not hidden):
  // on the 2-core machine a click during an Ant Design animation is occasionally lost (seen once in
  // registry-entry.spec.ts, 1 of 4 runs). Locally there is no retry, so a flake shows as a failure.
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
    screenshot: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // With E2E_BASE_URL set the specs run against that server instead of starting one.
  webServer: externalBaseUrl
    ? undefined
    : {
        command: 'node --import tsx scripts/start.ts',
        url: `http://127.0.0.1:${port}/readyz`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: port,
          DATA_DIR: process.env.INGO_E2E_DATA_DIR,
          SEED_DEMO_PASSWORD: 'Demo-Passw0rd!2026',
          LOG_LEVEL: 'warn',
          // e2e/consultation.spec.ts moves the server clock past a reply deadline (PUT /api/v1/dev/clock).
          DEV_CLOCK: 'true',
        },
      },
});
