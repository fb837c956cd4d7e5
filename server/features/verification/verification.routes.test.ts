import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDateOf } from '../../../common/dates';
import { pdfText } from '../../test/pdf-text';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { verificationLinkOf } from './verification.service';

let t: TestApp;
let officer: Session;
let ngo: Session;
let certificate: { id: string; number: string; validFrom: string; validTo: string; currentVersion: number };
let organization: { id: string; nameEn: string };
beforeAll(async () => {
  t = await createTestApp();
  [officer, ngo] = await Promise.all([t.login('mofa.officer'), t.login('ngo.demo')]);
  const list = (await officer.request('GET', '/api/v1/organizations?status=valid&type=operation&limit=1')).json();
  const profile = (await officer.request('GET', `/api/v1/organizations/${list.items[0].id}`)).json();
  organization = { id: profile.id, nameEn: profile.nameEn };
  certificate = profile.currentCertificate;
});
afterAll(async () => t?.close());

const tokenOf = (link: string) => new URL(link).pathname.replace(/^\/verify\//, '');
const claims = () => ({ c: certificate.id, n: certificate.number, t: 'operation', o: organization.nameEn, f: certificate.validFrom, u: certificate.validTo, v: certificate.currentVersion ?? 1 });

describe('certificate verification (QR code)', () => {
  it('verifies a signed token and shows the live status from the register', async () => {
    const token = tokenOf(await verificationLinkOf(t.deps, claims()));
    const res = await t.anonymous('GET', `/api/v1/public/certificates/verify?token=${encodeURIComponent(token)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ signatureValid: true, current: { number: certificate.number, status: 'valid', matchesClaims: true } });
  });

  it('fails when one character of the token changes', async () => {
    const token = tokenOf(await verificationLinkOf(t.deps, claims()));
    const i = token.length - 10;
    const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    const res = await t.anonymous('GET', `/api/v1/public/certificates/verify?token=${encodeURIComponent(tampered)}`);
    expect(res.json()).toEqual({ signatureValid: false, claims: null, current: null });
  });

  it('publishes the public key for offline checks', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/certificates/verification-key');
    expect(res.json()).toMatchObject({ algorithm: 'Ed25519', publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') });
  });

  it('gives the PDF to registry readers, and hides it from an NGO that does not hold it (404)', async () => {
    const pdf = await officer.request('GET', `/api/v1/certificates/${certificate.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // The text layer reads back in Vietnamese with its diacritics (embedded Noto Serif).
    const text = await pdfText(pdf.rawPayload);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', certificate.number]) expect(text).toContain(expected);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const other = await ngo.request('GET', `/api/v1/certificates/${certificate.id}/pdf`);
    expect(other.statusCode).toBe(404);
  });
  it('gives the verification link to registry readers and hides it from an NGO that does not hold it (404)', async () => {
    const res = await officer.request('GET', `/api/v1/certificates/${certificate.id}/verification-link`);
    expect(res.statusCode).toBe(200);
    const url = new URL(res.json().url as string);
    expect(url.pathname).toMatch(/^\/verify\/INGO1\./);
    const verified = await t.anonymous('GET', `/api/v1/public/certificates/verify?token=${encodeURIComponent(url.pathname.slice('/verify/'.length))}`);
    expect(verified.json()).toMatchObject({ signatureValid: true, current: { number: certificate.number, status: 'valid', matchesClaims: true } });
    expect((await ngo.request('GET', `/api/v1/certificates/${certificate.id}/verification-link`)).statusCode).toBe(404);
    expect((await t.anonymous('GET', `/api/v1/certificates/${certificate.id}/verification-link`)).statusCode).toBe(401);
  });

  it('gives the verification link to the NGO that holds the certificate', async () => {
    const held = (await officer.request('GET', '/api/v1/organizations?q=CRI')).json().items[0].certificate.id as string;
    const res = await ngo.request('GET', `/api/v1/certificates/${held}/verification-link`);
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(/\/verify\/INGO1\./);
  });

  // Last: it revokes the shared certificate.
  it('shows a revoked certificate as revoked at once', async () => {
    const token = tokenOf(await verificationLinkOf(t.deps, claims()));
    const revoke = await officer.request('POST', `/api/v1/certificates/${certificate.id}/decisions`, { decisionStatus: 'revoked', effectiveOn: vnDateOf(new Date()), decisionNumber: '01/QĐ-BNG', reason: 'Vi phạm Điều 5' });
    expect(revoke.statusCode, revoke.body).toBe(201);
    const res = await t.anonymous('GET', `/api/v1/public/certificates/verify?token=${encodeURIComponent(token)}`);
    expect(res.json()).toMatchObject({ signatureValid: true, current: { status: 'revoked' } });
  });
});
