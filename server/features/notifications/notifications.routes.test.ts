import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, uploadRequired } from '../dossiers/dossier-test-support';

let t: TestApp;
let ngo: Session;
let officer: Session;
let dossierId: string;
let dossierCode: string;

type Item = { id: string; kind: string; dossierId: string | null; title: { vi: string; en: string }; body: { vi: string; en: string }; link: string | null; createdAt: string; readAt: string | null };
type Page = { items: Item[]; unreadCount: number; nextCursor: string | null };

async function act(session: Session, id: string, action: string, extra: Record<string, unknown> = {}) {
  const res = await session.request('POST', `/api/v1/dossiers/${id}/actions`, { action, ...extra });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
}
const list = async (session: Session, query = ''): Promise<Page> => {
  const res = await session.request('GET', `/api/v1/notifications${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};

beforeAll(async () => {
  t = await createTestApp();
  [ngo, officer] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer')]);
  const created = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication('Lichtblick Kinderhilfe') });
  expect(created.statusCode, created.body).toBe(201);
  ({ id: dossierId, code: dossierCode } = created.json() as { id: string; code: string });
  await uploadRequired(t, ngo, dossierId);
  await act(ngo, dossierId, 'submit');
});
afterAll(async () => t?.close());

describe('notifications API', () => {
  it('answers 401 to anonymous callers', async () => {
    expect((await t.anonymous('GET', '/api/v1/notifications')).statusCode).toBe(401);
    expect((await t.anonymous('POST', '/api/v1/notifications/read-all', {})).statusCode).toBe(401);
  });

  it('gives the applicant an in-app notification when the officer requests a supplement, linking to the dossier', async () => {
    await act(officer, dossierId, 'request_supplement', { reason: 'Thiếu lý lịch tư pháp đã hợp pháp hóa lãnh sự', missingComponents: ['criminal_record'] });
    const page = await list(ngo);
    const supplement = page.items.find((n) => n.kind === 'dossier.request_supplement');
    expect(supplement).toMatchObject({
      dossierId,
      link: `/my/dossiers/${dossierId}`,
      readAt: null,
      title: { vi: `Hồ sơ ${dossierCode}: Yêu cầu bổ sung`, en: `Dossier ${dossierCode}: Supplement requested` },
    });
    expect(supplement!.body.vi).toContain('Thiếu lý lịch tư pháp');
    expect(supplement!.body.en).toContain('Details: Thiếu lý lịch tư pháp');
    // Newest first: the supplement request comes before the submission notice.
    expect(page.items.map((n) => n.kind)).toEqual(['dossier.request_supplement', 'dossier.submit']);
    expect(page.unreadCount).toBe(2);
    // The officer is not the applicant: nothing in their bell.
    expect((await list(officer)).items.filter((n) => n.dossierId === dossierId)).toEqual([]);
  });

  it('answers 404 when another user reads or marks someone else’s notification, and changes nothing', async () => {
    const [mine] = (await list(ngo)).items;
    const res = await officer.request('POST', `/api/v1/notifications/${mine!.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', details: { entity: 'notification' } });
    await officer.request('POST', '/api/v1/notifications/read-all');
    expect((await list(ngo)).items.find((n) => n.id === mine!.id)!.readAt).toBeNull();
  });

  it('marks one notification read (idempotently) and lowers the unread count', async () => {
    const before = await list(ngo);
    const target = before.items[0]!;
    const first = await ngo.request('POST', `/api/v1/notifications/${target.id}/read`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ notification: { id: target.id }, unreadCount: before.unreadCount - 1 });
    const readAt = first.json().notification.readAt as string;
    expect(readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await ngo.request('POST', `/api/v1/notifications/${target.id}/read`);
    expect(again.json().notification.readAt).toBe(readAt);
  });

  it('answers 400 for a malformed id or cursor and 404 for an unknown id', async () => {
    expect((await ngo.request('POST', '/api/v1/notifications/not-a-uuid/read')).statusCode).toBe(400);
    const bad = await ngo.request('GET', '/api/v1/notifications?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
    expect((await ngo.request('GET', '/api/v1/notifications?limit=0')).statusCode).toBe(400);
    expect((await ngo.request('POST', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
  });

  it('pages newest first with a keyset cursor', async () => {
    await act(ngo, dossierId, 'answer_supplement');
    await act(officer, dossierId, 'accept');
    const all = await list(ngo);
    expect(all.items.map((n) => n.kind)).toEqual(['dossier.accept', 'dossier.answer_supplement', 'dossier.request_supplement', 'dossier.submit']);
    const first = await list(ngo, '?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(ngo, `?limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((n) => n.kind)).toEqual(['dossier.submit']);
    expect(second.nextCursor).toBeNull();
  });

  it('marks all read: the count drops to zero and only the caller’s notifications change', async () => {
    const res = await ngo.request('POST', '/api/v1/notifications/read-all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unreadCount: 0 });
    expect(res.json().updated).toBeGreaterThan(0);
    const page = await list(ngo);
    expect(page.unreadCount).toBe(0);
    expect(page.items.every((n) => n.readAt !== null)).toBe(true);
  });
});
