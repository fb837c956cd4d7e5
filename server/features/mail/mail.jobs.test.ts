import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env';
import { fixedClock } from '../../platform/clock';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { mailOutbox } from './mail.tables';
import { mailJobs, MAIL_SEND_JOB } from './mail.jobs';
import { MAX_MAIL_ATTEMPTS, queueMail, sendPendingMail } from './mail.service';
import type { MailTransport, OutgoingMail } from './mail.transport';

let tdb: TestDatabase;
const clock = fixedClock(new Date('2026-11-23T03:00:00Z'));
const config = loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'INGO Hub <no-reply@ingohub.test>', LOG_LEVEL: 'silent' });
const deps = () => ({ db: tdb.database.db, database: tdb.database, clock, config });

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => tdb?.cleanup());
beforeEach(async () => {
  await tdb.database.db.delete(mailOutbox);
});

/** A transport that records what it sends and fails for the addresses listed in `failFor`. */
function fakeTransport(failFor: string[] = []): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    async send(mail) {
      if (failFor.includes(mail.to)) throw new Error(`550 mailbox unavailable: ${mail.to}`);
      sent.push(mail);
    },
  };
}

const queue = (to: string, subject = 'Xin chào / Hello') =>
  queueMail(tdb.database.db, { to, subject, bodyText: `Thư gửi ${to}`, kind: 'test.mail' });
const rows = async () => (await tdb.database.db.select().from(mailOutbox)).sort((a, b) => a.toAddress.localeCompare(b.toAddress));

describe('mail.send job', () => {
  it('sends each pending mail once, marks it sent, and sends nothing on the next run', async () => {
    await queue('a@ngo.test');
    await queue('b@ngo.test');
    const transport = fakeTransport();
    const [job] = mailJobs(deps(), transport);
    expect(job).toMatchObject({ name: MAIL_SEND_JOB, cron: '* * * * *' });

    expect(await job!.handler({})).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent.map((m) => [m.to, m.from, m.text])).toEqual([
      ['a@ngo.test', 'INGO Hub <no-reply@ingohub.test>', 'Thư gửi a@ngo.test'],
      ['b@ngo.test', 'INGO Hub <no-reply@ingohub.test>', 'Thư gửi b@ngo.test'],
    ]);
    expect((await rows()).map((r) => [r.sentAt?.toISOString(), r.attempts, r.lastError])).toEqual([
      ['2026-11-23T03:00:00.000Z', 1, null],
      ['2026-11-23T03:00:00.000Z', 1, null],
    ]);

    expect(await job!.handler({})).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(2);
  });

  it('counts a failed attempt with its error, retries on the next run, and gives up after the last attempt', async () => {
    await queue('ok@ngo.test');
    await queue('bounce@ngo.test');
    const failing = fakeTransport(['bounce@ngo.test']);
    expect(await sendPendingMail(deps(), failing)).toEqual({ sent: 1, failed: 1 });
    let bounce = (await rows()).find((r) => r.toAddress === 'bounce@ngo.test')!;
    expect(bounce).toMatchObject({ sentAt: null, attempts: 1, lastError: '550 mailbox unavailable: bounce@ngo.test' });

    // The server accepts it on the second run: sent, error cleared, ok@ mail not sent again.
    const recovered = fakeTransport();
    expect(await sendPendingMail(deps(), recovered)).toEqual({ sent: 1, failed: 0 });
    expect(recovered.sent.map((m) => m.to)).toEqual(['bounce@ngo.test']);
    bounce = (await rows()).find((r) => r.toAddress === 'bounce@ngo.test')!;
    expect(bounce).toMatchObject({ attempts: 2, lastError: null });
    expect(bounce.sentAt).not.toBeNull();

    // An address that keeps failing is tried MAX_MAIL_ATTEMPTS times, then left with its last error.
    await queue('dead@ngo.test');
    const dead = fakeTransport(['dead@ngo.test']);
    for (let i = 0; i < MAX_MAIL_ATTEMPTS + 2; i++) await sendPendingMail(deps(), dead);
    const row = (await rows()).find((r) => r.toAddress === 'dead@ngo.test')!;
    expect(row).toMatchObject({ sentAt: null, attempts: MAX_MAIL_ATTEMPTS });
    expect(row.lastError).toContain('550');
  });

  it('sends a mail only once when two runs overlap', async () => {
    for (let i = 0; i < 5; i++) await queue(`n${i}@ngo.test`);
    const transport = fakeTransport();
    const results = await Promise.all([sendPendingMail(deps(), transport), sendPendingMail(deps(), transport)]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(5);
    expect(transport.sent.map((m) => m.to).sort()).toEqual(['n0@ngo.test', 'n1@ngo.test', 'n2@ngo.test', 'n3@ngo.test', 'n4@ngo.test']);
    expect((await rows()).every((r) => r.attempts === 1 && r.sentAt)).toBe(true);
  });

  // Only PostgreSQL can have several worker processes (an embedded data directory has one owner process).
  it.runIf(process.env.DATABASE_URL)('PostgreSQL: skips a mail that another worker process is sending (row locked), then sends it later', async () => {
    await queue('locked@ngo.test');
    await queue('free@ngo.test');
    const other = await tdb.database.pool!.connect();
    try {
      await other.query('BEGIN');
      await other.query("SELECT id FROM mail_outbox WHERE to_address = 'locked@ngo.test' FOR UPDATE");
      const transport = fakeTransport();
      expect(await sendPendingMail(deps(), transport)).toEqual({ sent: 1, failed: 0 });
      expect(transport.sent.map((m) => m.to)).toEqual(['free@ngo.test']);
      await other.query('ROLLBACK');
      expect(await sendPendingMail(deps(), transport)).toEqual({ sent: 1, failed: 0 });
      expect(transport.sent.map((m) => m.to)).toEqual(['free@ngo.test', 'locked@ngo.test']);
    } finally {
      other.release();
    }
  });

  it('does nothing without SMTP_URL: the mails stay in the outbox for the development mailbox', async () => {
    await queue('dev@ngo.test');
    const noSmtp = { ...deps(), config: loadConfig({ LOG_LEVEL: 'silent' }) };
    const [job] = mailJobs(noSmtp);
    expect(job!.cron).toBeUndefined();
    expect(await job!.handler({})).toEqual({ sent: 0, failed: 0, skipped: 'smtp_not_configured' });
    expect((await rows())[0]).toMatchObject({ sentAt: null, attempts: 0 });
  });
});

/** A minimal SMTP server (no TLS, no auth) that records the DATA of each message. */
function startSmtpServer(): Promise<{ port: number; messages: string[]; close(): Promise<void> }> {
  const messages: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-test.local\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
          return;
        } else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({ port, messages, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

describe('mail.send over SMTP (nodemailer)', () => {
  it('delivers the outbox to the SMTP server named by SMTP_URL', async () => {
    const smtp = await startSmtpServer();
    try {
      await queue('smtp@ngo.test', 'Xác nhận đăng ký / Confirm registration');
      const smtpDeps = { ...deps(), config: loadConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'INGO Hub <no-reply@ingohub.test>' }) };
      const [job] = mailJobs(smtpDeps);
      expect(await job!.handler({})).toEqual({ sent: 1, failed: 0 });
      expect(smtp.messages).toHaveLength(1);
      const message = smtp.messages[0]!;
      expect(message).toMatch(/^To: smtp@ngo\.test$/m);
      expect(message).toMatch(/^From: INGO Hub <no-reply@ingohub\.test>$/m);
      expect(message).toMatch(/^Subject: /m);
      expect((await rows())[0]!.sentAt).not.toBeNull();
    } finally {
      await smtp.close();
    }
  });

  it('records the connection error when the SMTP server is unreachable', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    await queue('nobody@ngo.test');
    const smtpDeps = { ...deps(), config: loadConfig({ SMTP_URL: `smtp://127.0.0.1:${closed.port}` }) };
    expect(await sendPendingMail(smtpDeps)).toEqual({ sent: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ sentAt: null, attempts: 1 });
    expect((await rows())[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
