import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('single-owner lock of the embedded data directory', () => {
  it('refuses a second owner while another live process holds the directory', async () => {
    const dir = tempDir();
    // another process takes the lock and keeps running
    const child = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'ingo-hub.lock'))}, JSON.stringify({ pid: process.pid, host: require('os').hostname() }), { flag: 'wx' }); setTimeout(() => {}, 30000)`]);
    try {
      await expect.poll(() => fs.existsSync(path.join(dir, 'ingo-hub.lock'))).toBe(true);
      let caught: unknown;
      try {
        acquireDataDirLock(dir);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DataDirLockedError);
      expect((caught as Error).message).toContain(`pid ${child.pid}`);
      expect((caught as Error).message).toContain('Only one process may open an embedded database');
      expect((caught as Error).message).toContain('Chỉ một tiến trình');
    } finally {
      child.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases its own', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ingo-hub.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  it('lets the same process re-acquire after release', () => {
    const dir = tempDir();
    acquireDataDirLock(dir).release();
    const again = acquireDataDirLock(dir);
    expect(fs.existsSync(again.file)).toBe(true);
    again.release();
  });
});
