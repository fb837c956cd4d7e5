import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, NEW_PASSWORD, type Session, type TestApp } from '../../test/test-app';
import { issueApplication, uploadRequired } from '../dossiers/dossier-test-support';
import { upsertSetting } from '../settings/settings.repo';
import { SETTING_KEYS } from '../settings/settings.service';
import { sendConsultationReminders } from './consultation-reminders.service';

// The configuration `consultation.onMissedDeadline`: what an agency's silence past its due day reads as (Decree
// 58/2022 Art. 11(2) sets the 10-working-day reply period and gives silence no effect): 'no_reply' by default, or
// 'deemed_agreement' — a note on the record, never a reply in the agency's name (request-clock.ts).
const clock = fixedClock(new Date('2027-03-01T03:00:00Z'));
const at = (day: string) => clock.set(new Date(`${day}T03:00:00Z`));
let t: TestApp;
let deemedDossierId: string;

type Row = { request: { id: string; unit: { code: string }; dueOn: string; timeliness: string }; missedDeadline: string | null; reply: { position: string; late: boolean } | null };

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await session.request(method, url, body as never);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return res.json();
}

/** Signs a user in afresh (the clock jumps past the session's idle limit between steps). */
const signIn = (username: string) => t.login(username, { password: NEW_PASSWORD });

/** A dossier accepted today and sent for opinion to the police and finance only; returns its id, code and due day. */
async function consultPoliceAndFinance(name: string) {
  const [ngo, officer] = await Promise.all([signIn('ngo.demo'), signIn('mofa.officer')]);
  const created = (await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication(name) })).json();
  await uploadRequired(t, ngo, created.id);
  await ok(ngo, 'POST', `/api/v1/dossiers/${created.id}/actions`, { action: 'submit' });
  await ok(officer, 'POST', `/api/v1/dossiers/${created.id}/actions`, { action: 'accept' });
  const matrix = await ok(officer, 'POST', `/api/v1/dossiers/${created.id}/consultation/send`, { consultees: [{ unitCode: 'MPS' }, { unitCode: 'MOF' }], adjustReason: 'Chỉ hỏi hai cơ quan (kiểm thử)' });
  return { id: created.id as string, code: created.code as string, dueOn: (matrix.rows as Row[])[0]!.request.dueOn };
}

async function matrixRows(officer: Session, dossierId: string) {
  const rows = (await ok(officer, 'GET', `/api/v1/dossiers/${dossierId}/consultation`)).rows as Row[];
  return (code: string) => rows.find((r) => r.request.unit.code === code)!;
}

async function reply(username: string, dossierId: string) {
  const agency = await signIn(username);
  const request = ((await ok(agency, 'GET', '/api/v1/consultations')).items as { id: string; dossierId: string }[]).find((r) => r.dossierId === dossierId)!;
  await ok(agency, 'PUT', `/api/v1/consultations/${request.id}/reply`, { position: 'agree', signerName: 'Lê Quang Huy' });
  return ok(agency, 'POST', `/api/v1/consultations/${request.id}/reply/send`);
}

/** The officers' overdue notice about `code` sent by the reminder job. */
async function overdueNotice(code: string) {
  const officer = await signIn('mofa.officer');
  const items = (await ok(officer, 'GET', '/api/v1/notifications')).items as { title: { vi: string; en: string } }[];
  return items.find((n) => n.title.en.includes(code) && n.title.en.includes('Ministry of Finance'))?.title;
}

async function closeAudit(dossierId: string) {
  const admin = await signIn('admin');
  const items = (await ok(admin, 'GET', `/api/v1/admin/audit?action=dossier.close_consultation&entityId=${dossierId}`)).items as { after: { consultation: unknown } }[];
  return items[0]?.after.consultation;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  // First logins change the one-time passwords to NEW_PASSWORD.
  await Promise.all(['ngo.demo', 'mofa.officer', 'police.focal', 'admin'].map((u) => t.login(u)));
});
afterAll(async () => t?.close());

describe("onMissedDeadline 'no_reply' (default)", () => {
  it('reads the silence as "no reply received by the deadline"; the officer closes the step without a reason', async () => {
    at('2027-03-01');
    const dossier = await consultPoliceAndFinance('Kassel Schulhilfe');
    at('2027-03-02');
    expect(await reply('police.focal', dossier.id)).toMatchObject({ late: false });

    at('2027-03-19'); // finance is past its due day (and its overdue reminder, 2 working days after)
    await sendConsultationReminders(t.deps);
    expect((await overdueNotice(dossier.code))?.en).toContain('has not replied');
    const officer = await signIn('mofa.officer');
    const row = await matrixRows(officer, dossier.id);
    expect(row('MOF')).toMatchObject({ missedDeadline: 'no_reply', reply: null, request: { timeliness: 'missing' } });
    expect(row('MPS')).toMatchObject({ missedDeadline: null, request: { timeliness: 'on_time' } });

    expect((await ok(officer, 'POST', `/api/v1/dossiers/${dossier.id}/actions`, { action: 'close_consultation' })).status).toBe('appraisal');
    expect(await closeAudit(dossier.id)).toEqual({ missing: ['MOF'], onMissedDeadline: 'no_reply', deemedAgreement: [] });
  });
});

describe("onMissedDeadline 'deemed_agreement'", () => {
  it('records the silence as agreement (a note, not a reply), a later reply prevails, and the officer still closes the step', async () => {
    await upsertSetting(t.deps.db, SETTING_KEYS.consultation, { onMissedDeadline: 'deemed_agreement' }, null);
    at('2027-04-01');
    const dossier = await consultPoliceAndFinance('Kassel Brunnenbau');
    deemedDossierId = dossier.id;
    let officer = await signIn('mofa.officer');
    let row = await matrixRows(officer, dossier.id);
    expect([row('MPS').missedDeadline, row('MOF').missedDeadline]).toEqual([null, null]); // still within their period

    at('2027-04-22'); // both silent past the due day and the overdue reminder
    await sendConsultationReminders(t.deps);
    expect((await overdueNotice(dossier.code))?.en).toContain('deemed to agree (a note, not a reply');
    officer = await signIn('mofa.officer');
    row = await matrixRows(officer, dossier.id);
    // Nothing is written in the agencies' names: no reply, still "missing" for the statistics.
    expect(row('MOF')).toMatchObject({ missedDeadline: 'deemed_agreement', reply: null, request: { timeliness: 'missing' } });
    expect(row('MPS')).toMatchObject({ missedDeadline: 'deemed_agreement', reply: null });
    // The dossier does not move on by itself.
    expect((await ok(officer, 'GET', `/api/v1/dossiers/${dossier.id}`)).status).toBe('in_consultation');

    // The police replies after all: accepted, marked late, and its own reply replaces the deemed agreement.
    expect(await reply('police.focal', dossier.id)).toMatchObject({ late: true, position: 'agree' });
    officer = await signIn('mofa.officer');
    row = await matrixRows(officer, dossier.id);
    expect(row('MPS')).toMatchObject({ missedDeadline: null, reply: { position: 'agree', late: true }, request: { timeliness: 'late' } });

    expect((await ok(officer, 'POST', `/api/v1/dossiers/${dossier.id}/actions`, { action: 'close_consultation' })).status).toBe('appraisal');
    expect(await closeAudit(dossier.id)).toEqual({ missing: ['MOF'], onMissedDeadline: 'deemed_agreement', deemedAgreement: ['MOF'] });
  });

  it('an unknown configured value never reads as consent', async () => {
    await upsertSetting(t.deps.db, SETTING_KEYS.consultation, { onMissedDeadline: 'deemed_consent' }, null);
    const officer = await signIn('mofa.officer');
    const row = await matrixRows(officer, deemedDossierId);
    expect(row('MOF')).toMatchObject({ missedDeadline: 'no_reply', reply: null });
  });
});
