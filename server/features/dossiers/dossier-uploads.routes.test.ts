import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, PDF_BYTES, uploadAs } from './dossier-test-support';

// Issue 5: "an interrupted upload leaves no half dossier". Files are read completely before anything is stored;
// the storage writes a temporary .part file and renames it only when complete.
let t: TestApp;
let ngo: Session;
let dossierId: string;
beforeAll(async () => {
  t = await createTestApp({ config: { MAX_UPLOAD_MB: '1' } });
  ngo = await t.login('ngo.demo');
  dossierId = (await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication('Rheinland Kinderhilfe') })).json().id;
});
afterAll(async () => t?.close());

/** Every file under the uploads folder (temporary .part files included). */
function storedFiles(): string[] {
  const root = t.deps.config.uploadsDir;
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile());
}

const documents = async () => ((await ngo.request('GET', `/api/v1/dossiers/${dossierId}`)).json() as { documents: unknown[] }).documents.length;

describe('uploads that do not complete', () => {
  it('a body cut off in the middle of the file stores nothing and adds no document', async () => {
    const boundary = '----ingo-cut';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="componentCode"\r\n\r\ncharter_copy\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dieu-le.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossierId}/documents`,
      headers: { cookie: ngo.cookie, 'x-csrf-token': ngo.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
      // The closing boundary never arrives: the client went away mid-file.
      payload: Buffer.concat([head, PDF_BYTES.subarray(0, 20)]),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(await documents()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it('a file over the size limit is refused with 413 and leaves nothing behind', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await uploadAs(t, ngo, dossierId, 'charter_copy', 'dieu-le.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message.vi).toMatch(/1 MB/);
    expect(await documents()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it('a complete file is stored once, with its SHA-256', async () => {
    const res = await uploadAs(t, ngo, dossierId, 'charter_copy', 'dieu-le.pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await documents()).toBe(1);
    expect(storedFiles()).toHaveLength(1);
  });
});
