import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Thrown when another live process already owns the embedded data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory is already in use by another INGO Hub process (pid ${ownerPid}, lock ${lockFile}). ` +
        'Only one process may open an embedded database: stop the other process, or point DATA_DIR elsewhere. / ' +
        `Thư mục dữ liệu đang được một tiến trình INGO Hub khác sử dụng (pid ${ownerPid}). ` +
        'Chỉ một tiến trình được mở cơ sở dữ liệu nhúng: hãy dừng tiến trình kia hoặc đặt DATA_DIR khác.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** An acquired lock; `release()` removes the lock file if it is still ours. */
export interface DataDirLock {
  file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the single-owner lock of an embedded data directory (two processes opening one PGlite directory lose
 * committed data). A lock left by a dead process on this host is taken over.
 * @throws DataDirLockedError when a live process holds it.
 */
export function acquireDataDirLock(dataDir: string, purpose = 'server'): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'ingo-hub.lock');
  const content = JSON.stringify({ pid: process.pid, host: os.hostname(), purpose, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number };
          if (current.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof owner;
      } catch {
        /* unreadable: treat as stale */
      }
      const ownerPid = typeof owner.pid === 'number' ? owner.pid : -1;
      const sameHost = !owner.host || owner.host === os.hostname();
      if (ownerPid > 0 && (!sameHost || isAlive(ownerPid))) throw new DataDirLockedError(file, ownerPid);
      fs.rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new DataDirLockedError(file, -1);
}
