import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, PDF_BYTES, uploadRequired } from '../dossiers/dossier-test-support';

// Issue 6 §3: an agency's reply may carry its signed letter (PDF only, checked by content), attached to the draft;
// once the reply is sent it is immutable. MOFA reads the letter from the opinion matrix.
const clock = fixedClock(new Date('2027-03-01T03:00:00Z'));
let t: TestApp;
let officer: Session;
let hue: Session;
let police: Session;
let dossierId: string;
let hueRequestId: string;

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await session.request(method, url, body as never);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return res.json();
}

/** POSTs one file as multipart/form-data to the reply-letter route, with the session's cookie and CSRF token. */
function uploadLetter(session: Session, requestId: string, fileName: string, bytes: Buffer): Promise<LightMyRequestResponse> {
  const boundary = `----ingo${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/consultations/${requestId}/reply/letter`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

beforeAll(async () => {
  t = await createTestApp({ clock, config: { MAX_UPLOAD_MB: '1' } });
  const ngo = await t.login('ngo.demo');
  [officer, hue, police] = await Promise.all([t.login('mofa.officer'), t.login('hue.focal'), t.login('police.focal')]);
  const created = (await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication('Bremen Schulhilfe') })).json();
  dossierId = created.id;
  await uploadRequired(t, ngo, dossierId);
  await ok(ngo, 'POST', `/api/v1/dossiers/${dossierId}/actions`, { action: 'submit' });
  await ok(officer, 'POST', `/api/v1/dossiers/${dossierId}/actions`, { action: 'accept' });
  await ok(officer, 'POST', `/api/v1/dossiers/${dossierId}/consultation/send`, { consultees: [{ unitCode: 'MPS' }, { unitCode: 'PROV-46' }], adjustReason: 'Chỉ hỏi hai cơ quan (kiểm thử)' });
  hueRequestId = ((await ok(hue, 'GET', '/api/v1/consultations')).items as { id: string; dossierId: string }[]).find((r) => r.dossierId === dossierId)!.id;
});
afterAll(async () => t?.close());

describe('the signed reply letter', () => {
  it('asks for a saved draft first (409)', async () => {
    const res = await uploadLetter(hue, hueRequestId, 'cong-van.pdf', PDF_BYTES);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('no_draft');
  });

  it('attaches a PDF to the agency’s draft reply', async () => {
    await ok(hue, 'PUT', `/api/v1/consultations/${hueRequestId}/reply`, { position: 'agree', signerName: 'Hoàng Đức Anh', signerTitle: 'Giám đốc Sở Ngoại vụ' });
    const res = await uploadLetter(hue, hueRequestId, 'Công văn trả lời.pdf', PDF_BYTES);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', letterFile: { fileName: 'Công văn trả lời.pdf', bytes: PDF_BYTES.length, contentType: 'application/pdf' } });
    expect(res.json().letterFile.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file that is not a PDF by its content with 415, whatever its name', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const res = await uploadLetter(hue, hueRequestId, 'scan.pdf', png);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_file_type');
    expect(res.json().error.message.vi).toMatch(/không phải PDF/);
    expect(res.json().error.message.en).toMatch(/not a PDF/);
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await uploadLetter(hue, hueRequestId, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('file_too_large');
  });

  it('refuses another agency with 403 and audits the attempt', async () => {
    const res = await uploadLetter(police, hueRequestId, 'khac.pdf', PDF_BYTES);
    expect(res.statusCode).toBe(403);
    const admin = await t.login('admin');
    const audit = (await ok(admin, 'GET', `/api/v1/admin/audit?action=consultation.access_denied&entityId=${hueRequestId}`)).items as { actorUsername: string }[];
    expect(audit.map((a) => a.actorUsername)).toContain('police.focal');
  });

  it('keeps a draft’s letter inside the agency until the reply is sent', async () => {
    const draft = ((await ok(hue, 'GET', `/api/v1/consultations/${hueRequestId}`)).replies as { id: string }[])[0]!;
    expect((await officer.request('GET', `/api/v1/consultations/${hueRequestId}/replies/${draft.id}/letter`)).statusCode).toBe(404);
    expect((await hue.request('GET', `/api/v1/consultations/${hueRequestId}/replies/${draft.id}/letter`)).statusCode).toBe(200);
  });

  it('refuses a new letter once the reply is sent (409)', async () => {
    await ok(hue, 'POST', `/api/v1/consultations/${hueRequestId}/reply/send`);
    const res = await uploadLetter(hue, hueRequestId, 'muon.pdf', PDF_BYTES);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('reply_already_sent');
  });

  it('MOFA sees the letter in the opinion matrix and downloads it; another agency cannot', async () => {
    const matrix = await ok(officer, 'GET', `/api/v1/dossiers/${dossierId}/consultation`);
    const row = (matrix.rows as { request: { unit: { code: string } }; reply: { id: string; letterFile: { fileName: string } | null } | null }[]).find((r) => r.request.unit.code === 'PROV-46')!;
    expect(row.reply!.letterFile!.fileName).toBe('Công văn trả lời.pdf');
    const res = await officer.request('GET', `/api/v1/consultations/${hueRequestId}/replies/${row.reply!.id}/letter`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await police.request('GET', `/api/v1/consultations/${hueRequestId}/replies/${row.reply!.id}/letter`)).statusCode).toBe(403);
  });
});
