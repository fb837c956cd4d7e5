import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/access/policy';
import { fixedClock } from '../../platform/clock';
import { createTestApp, NEW_PASSWORD, type Session, type TestApp } from '../../test/test-app';
import { appUser } from '../accounts/accounts.tables';
import { createUser } from '../accounts/users.service';
import { auditEvent } from '../audit/audit.tables';
import { issueApplication, uploadRequired } from '../dossiers/dossier-test-support';
import { mailOutbox } from '../mail/mail.tables';
import { findUnitByCode } from '../units/units.service';
import { DEADLINE_REMINDERS_JOB, notificationsJobs } from './notifications.jobs';
import { notification } from './notifications.tables';

/** 09:00 (or `hour`) in Vietnam on `day`. */
const vn = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

// Tết 2027 (computed calendar): Fri 5 – Thu 11 Feb 2027 are days off; Thu 4/2 is the last working day before it.
const clock = fixedClock(vn('2027-01-25'));
let t: TestApp;
let ngo: Session;
let officer: Session;
let officerId: string;
let secondOfficerId: string;
/** In appraisal, assigned to mofa.officer, due Mon 15/2/2027 (10 WD after Mon 25/1, skipping Tết). */
let assigned: string;
/** Submitted and unassigned: completeness check due Wed 27/1/2027. */
let unassigned: string;

async function act(session: Session, id: string, action: string, extra: Record<string, unknown> = {}) {
  const res = await session.request('POST', `/api/v1/dossiers/${id}/actions`, { action, ...extra });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as { clock: { dueOn: string | null }; assignedTo: { id: string } | null };
}
async function submittedDossier(name: string): Promise<string> {
  const res = await ngo.request('POST', '/api/v1/my/dossiers', { procedure: 'operation.issue', application: issueApplication(name) });
  expect(res.statusCode, res.body).toBe(201);
  const id = (res.json() as { id: string }).id;
  await uploadRequired(t, ngo, id);
  await act(ngo, id, 'submit');
  return id;
}
const runJob = async (at: Date, deps = t.deps) => {
  clock.set(at);
  const [job] = notificationsJobs(deps);
  return job!.handler({}) as Promise<{ day: string; dossiers: number; notified: number; mailed: number; skipped?: string }>;
};
/** The reminders (kind, user, dossier) written so far, sorted. */
const reminders = async () =>
  (await t.deps.db.select().from(notification).where(inArray(notification.kind, ['dossier.due_soon', 'dossier.overdue'])))
    .map((n) => `${n.kind} ${n.userId === officerId ? 'officer' : n.userId === secondOfficerId ? 'officer2' : n.userId} ${n.dossierId === assigned ? 'assigned' : 'unassigned'} ${n.dedupeKey.split(':').slice(2).join(':')}`)
    .sort();
const reminderMails = () => t.deps.db.select().from(mailOutbox).where(inArray(mailOutbox.kind, ['dossier.due_soon', 'dossier.overdue']));

beforeAll(async () => {
  t = await createTestApp({ clock });
  const comingo = await findUnitByCode(t.deps.db, 'COMINGO');
  const second = await createUser(t.deps, { actor: { ...ANONYMOUS, username: 'test' }, requestId: 'test', ip: 'internal' }, { username: 'mofa.officer2', fullName: 'Đỗ Minh Châu', email: 'officer2@demo.ingohub.vn', role: 'mofa_officer', unitId: comingo!.id });
  secondOfficerId = second.user.user.id;
  [ngo, officer] = await Promise.all([t.login('ngo.demo'), t.login('mofa.officer')]);
  officerId = (await t.deps.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'mofa.officer')))[0]!.id;

  assigned = await submittedDossier('Sonnenfeld Stiftung');
  await act(officer, assigned, 'accept');
  await act(officer, assigned, 'send_for_consultation');
  const appraisal = await act(officer, assigned, 'close_consultation', { reason: 'Ý kiến các cơ quan đã nhận bằng văn bản giấy.' });
  expect(appraisal.clock.dueOn).toBe('2027-02-15');
  expect(appraisal.assignedTo?.id).toBe(officerId);
  unassigned = await submittedDossier('Nordlicht Hilfswerk');
});
afterAll(async () => t?.close());

describe(`${DEADLINE_REMINDERS_JOB} job`, () => {
  it('is scheduled hourly in Vietnam time', () => {
    expect(notificationsJobs(t.deps)).toMatchObject([{ name: DEADLINE_REMINDERS_JOB, cron: '5 * * * *', tz: 'Asia/Ho_Chi_Minh' }]);
  });

  it('reminds every MOFA officer of an unassigned step due within 2 working days, once however often it runs', async () => {
    const first = await runJob(vn('2027-01-25', 10));
    expect(first).toMatchObject({ day: '2027-01-25', dossiers: 1, notified: 2, mailed: 2 });
    expect(await reminders()).toEqual(['dossier.due_soon officer unassigned completeness_check:2027-01-27', 'dossier.due_soon officer2 unassigned completeness_check:2027-01-27']);
    expect(await runJob(vn('2027-01-25', 11))).toMatchObject({ dossiers: 1, notified: 0, mailed: 0 });
    expect(await runJob(vn('2027-01-26', 9))).toMatchObject({ notified: 0 });
    expect(await reminderMails()).toHaveLength(2);
  });

  it('tells only the assigned officer on Thu 4/2/2027, the last working day before Tết, that a step due Mon 15/2 is due soon', async () => {
    expect((await runJob(vn('2027-02-03', 10))).notified).toBe(2); // Wed: 3 WD left on `assigned`; `unassigned` is now overdue
    expect(await reminders()).not.toContain('dossier.due_soon officer assigned appraisal:2027-02-15');

    expect(await runJob(vn('2027-02-04', 10))).toMatchObject({ dossiers: 2, notified: 1, mailed: 1 });
    expect(await reminders()).toEqual([
      'dossier.due_soon officer assigned appraisal:2027-02-15',
      'dossier.due_soon officer unassigned completeness_check:2027-01-27',
      'dossier.due_soon officer2 unassigned completeness_check:2027-01-27',
      'dossier.overdue officer unassigned completeness_check:2027-01-27',
      'dossier.overdue officer2 unassigned completeness_check:2027-01-27',
    ]);
    const [row] = await t.deps.db.select().from(notification).where(and(eq(notification.dossierId, assigned), eq(notification.userId, officerId)));
    expect(row).toMatchObject({ link: `/dossiers/${assigned}`, readAt: null });
    expect(row!.titleVi).toContain('sắp đến hạn (15/02/2027)');
    expect(row!.bodyEn).toContain('2 working days left');
    const mail = (await reminderMails()).find((m) => m.bodyText.includes(assigned));
    expect(mail).toMatchObject({ toAddress: 'mofa.officer@demo.ingohub.vn', kind: 'dossier.due_soon' });
  });

  it('sends nothing during Tết, nor after a restart (a fresh job definition) on the same day', async () => {
    expect(await runJob(vn('2027-02-09', 10))).toMatchObject({ day: '2027-02-09', skipped: 'day_off', notified: 0 });
    const restarted = { ...t.deps, jobs: null };
    expect(await runJob(vn('2027-02-04', 16), restarted)).toMatchObject({ dossiers: 2, notified: 0, mailed: 0 });
    expect(await runJob(vn('2027-02-12', 9), restarted)).toMatchObject({ notified: 0 }); // still due soon: same key
    expect(await reminders()).toHaveLength(5);
    expect(await reminderMails()).toHaveLength(5);
  });

  it('reminds the assigned officer once the step is overdue, even with two workers running at once, with one audit entry per run that notified', async () => {
    const [a, b] = await Promise.all([runJob(vn('2027-02-16', 9)), runJob(vn('2027-02-16', 9))]);
    expect(a.notified + b.notified).toBe(1);
    expect(a.mailed + b.mailed).toBe(1);
    expect(await reminders()).toContain('dossier.overdue officer assigned appraisal:2027-02-15');
    expect(await runJob(vn('2027-02-17', 9))).toMatchObject({ notified: 0 });
    const audits = await t.deps.db.select().from(auditEvent).where(eq(auditEvent.action, 'dossier.deadline_reminders'));
    expect(audits).toHaveLength(4);
    expect(audits.every((a) => a.actorUsername === 'system')).toBe(true);
  });

  it('stops reminding when the step moves on', async () => {
    clock.set(vn('2027-02-17', 10));
    const leader = await t.login('mofa.leader');
    const res = await leader.request('POST', `/api/v1/dossiers/${unassigned}/actions`, { action: 'withdraw', reason: 'x' });
    expect(res.statusCode).toBe(409); // only the applicant withdraws
    const fresh = await t.login('ngo.demo', { password: NEW_PASSWORD });
    expect((await fresh.request('POST', `/api/v1/dossiers/${unassigned}/actions`, { action: 'withdraw', reason: 'Tổ chức thay đổi kế hoạch' })).statusCode).toBe(200);
    expect(await runJob(vn('2027-02-18', 9))).toMatchObject({ dossiers: 1, notified: 0 }); // only `assigned`, already told
  });
});
