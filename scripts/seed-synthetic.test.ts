import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../server/platform/db/lock';

const script = path.resolve(import.meta.dirname, 'seed-synthetic.ts');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Runs the CLI in a child process on the embedded database (DATABASE_URL removed). */
function run(args: string[]) {
  const { DATABASE_URL: _url, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run seed:synthetic', () => {
  it('refuses, in Vietnamese and English and with exit code 3, while a server holds the data directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-syn-lock-'));
    dirs.push(dir);
    const lock = acquireDataDirLock(dir, 'server');
    try {
      const result = run(['--orgs', '10', '--data-dir', dir]);
      expect(result.status, result.stderr).toBe(3);
      expect(result.stderr).toContain('Không thể thêm dữ liệu tổng hợp');
      expect(result.stderr).toContain('Cannot add synthetic data');
      expect(fs.existsSync(path.join(dir, 'pg'))).toBe(false);
      expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    } finally {
      lock.release();
    }
  });

  it('rejects a missing or invalid --orgs with exit code 2 before touching any database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-syn-args-'));
    dirs.push(dir);
    const result = run(['--orgs', 'many', '--data-dir', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cần --orgs N');
    expect(result.stderr).toContain('Expected --orgs N');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
