import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A stored file's address and fingerprint. */
export interface StoredObject {
  key: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Where uploaded files live. Local disk under DATA_DIR/uploads by default; an S3-compatible store implements the
 * same three calls when API processes scale out (README "Scale-out").
 */
export interface FileStorage {
  /** Stores bytes under a new key (written to a temporary name first, so a crash never leaves half a file under the key). */
  put(prefix: string, bytes: Uint8Array): Promise<StoredObject>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}$/;

/** Files on the local disk under `root`. Keys are `<prefix>/<uuid>`; anything else is refused (no path traversal). */
export function localDiskStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(prefix, bytes) {
      const key = `${prefix}/${randomUUID()}`;
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.part`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, file);
      return { key, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.byteLength };
    },
    async get(key) {
      return fs.readFile(fileOf(key));
    },
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
