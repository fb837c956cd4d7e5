import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env';
import { createTestApp, type TestApp } from '../../test/test-app';
import { queueMail } from './mail.service';

describe('mail configuration (SMTP_URL, MAIL_FROM, DEV_MAILBOX)', () => {
  it.each([
    { env: {}, mailbox: true },
    { env: { SMTP_URL: 'smtp://mail.example.vn:587' }, mailbox: false },
    { env: { SMTP_URL: 'smtps://user:secret@mail.example.vn:465', DEV_MAILBOX: 'true' }, mailbox: true },
    { env: { DEV_MAILBOX: 'false' }, mailbox: false },
    { env: { SMTP_URL: '' }, mailbox: true },
  ])('$env → development mailbox $mailbox', ({ env, mailbox }) => {
    expect(loadConfig(env).devMailboxEnabled).toBe(mailbox);
  });

  it('defaults the sender and refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(loadConfig({}).MAIL_FROM).toBe('INGO Hub <no-reply@ingo-hub.local>');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.vn' })).toThrow(/SMTP_URL: must start with smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig({ DEV_MAILBOX: 'maybe' })).toThrow(/DEV_MAILBOX/);
  });
});

describe('GET /api/v1/dev/mailbox', () => {
  let dev: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    dev = await createTestApp();
    production = await createTestApp({ config: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    for (const app of [dev, production]) {
      await queueMail(app.deps.db, { to: 'First@ngo.test', subject: 'Một / One', bodyText: 'https://example.vn/a', kind: 'test.one', createdAt: new Date('2026-11-20T01:00:00Z') });
      await queueMail(app.deps.db, { to: 'second@ngo.test', subject: 'Hai / Two', bodyText: 'Thư thứ hai', kind: 'test.two', createdAt: new Date('2026-11-21T01:00:00Z') });
    }
  });
  afterAll(async () => {
    await dev?.close();
    await production?.close();
  });

  it('lists the outbox newest first, to anyone, while the development mailbox is on', async () => {
    const res = await dev.anonymous('GET', '/api/v1/dev/mailbox');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((m: { to: string }) => m.to)).toEqual(['second@ngo.test', 'First@ngo.test']);
    expect(res.json().items[1]).toMatchObject({
      subject: 'Một / One',
      bodyText: 'https://example.vn/a',
      kind: 'test.one',
      createdAt: '2026-11-20T01:00:00.000Z',
      sentAt: null,
      attempts: 0,
      lastError: null,
    });
  });

  it('filters by recipient (case-insensitive) and limits the count', async () => {
    const one = await dev.anonymous('GET', '/api/v1/dev/mailbox?to=FIRST@ngo.test');
    expect(one.json().items.map((m: { subject: string }) => m.subject)).toEqual(['Một / One']);
    expect((await dev.anonymous('GET', '/api/v1/dev/mailbox?limit=1')).json().items).toHaveLength(1);
    expect((await dev.anonymous('GET', '/api/v1/dev/mailbox?limit=0')).statusCode).toBe(400);
  });

  it('answers 404 when SMTP_URL is set (and DEV_MAILBOX is auto), revealing no mail', async () => {
    const res = await production.anonymous('GET', '/api/v1/dev/mailbox');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.body).not.toContain('ngo.test');
  });
});
