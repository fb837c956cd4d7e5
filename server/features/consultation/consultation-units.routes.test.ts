import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, uploadRequired } from '../dossiers/dossier-test-support';

// The units the consultation screens choose from: agencies MOFA may add, departments a province forwards to.
let t: TestApp;
let officer: Session;
let hue: Session;
let police: Session;
let hueRequestId: string;
let policeRequestId: string;

beforeAll(async () => {
  t = await createTestApp();
  let ngo: Session;
  [ngo, officer, hue, police] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer'), t.login('hue.focal'), t.login('police.focal')]);
  const id = (await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication('Bremen Bildungshilfe') })).json().id as string;
  await uploadRequired(t, ngo, id);
  await ngo.request('POST', `/api/v1/dossiers/${id}/actions`, { action: 'submit' });
  await officer.request('POST', `/api/v1/dossiers/${id}/actions`, { action: 'accept' });
  const sent = await officer.request('POST', `/api/v1/dossiers/${id}/consultation/send`, {});
  expect(sent.statusCode, sent.body).toBe(200);
  const rows = sent.json().rows as { request: { id: string; unit: { code: string } } }[];
  hueRequestId = rows.find((r) => r.request.unit.code === 'PROV-46')!.request.id;
  policeRequestId = rows.find((r) => r.request.unit.code === 'MPS')!.request.id;
});
afterAll(async () => t?.close());

describe('GET /consultations/agencies', () => {
  it('lists ministries, agencies and provinces but no departments, MOFA or NGO units', async () => {
    const res = await officer.request('GET', '/api/v1/consultations/agencies');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; kind: string }[];
    expect(items.map((u) => u.code)).toEqual(expect.arrayContaining(['MPS', 'MOF', 'PROV-46', 'PROV-01']));
    expect(items.map((u) => u.code)).not.toContain('PROV-46-CA');
    expect(new Set(items.map((u) => u.kind))).toEqual(new Set(['ministry', 'agency', 'province']));
  });

  it('returns 403 to an agency and 401 without a session', async () => {
    expect((await hue.request('GET', '/api/v1/consultations/agencies')).statusCode).toBe(403);
    expect((await t.anonymous('GET', '/api/v1/consultations/agencies')).statusCode).toBe(401);
  });
});

describe('GET /consultations/{id}/departments', () => {
  it('lists the departments of the province the request went to', async () => {
    const res = await hue.request('GET', `/api/v1/consultations/${hueRequestId}/departments`);
    expect(res.statusCode).toBe(200);
    expect((res.json().items as { code: string }[]).map((u) => u.code).sort()).toEqual(['PROV-46-CA', 'PROV-46-STC']);
  });

  it('is empty for an agency without departments', async () => {
    const res = await police.request('GET', `/api/v1/consultations/${policeRequestId}/departments`);
    expect(res.json()).toEqual({ items: [] });
  });

  it('returns 403 for another agency’s request, 404 for an unknown one, 403 to MOFA (no answer right)', async () => {
    expect((await police.request('GET', `/api/v1/consultations/${hueRequestId}/departments`)).statusCode).toBe(403);
    expect((await hue.request('GET', '/api/v1/consultations/00000000-0000-4000-8000-000000000000/departments')).statusCode).toBe(404);
    expect((await officer.request('GET', `/api/v1/consultations/${hueRequestId}/departments`)).statusCode).toBe(403);
  });
});
