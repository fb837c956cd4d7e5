import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';

const clock = fixedClock(new Date());
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { PUBLIC_BASE_URL: 'https://ingohub.example.vn/' } });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const PASSWORD = 'Hoa-Sen-Ho-Guom-2026!';
let ipCounter = 0;
/**
 * Each call comes from its own IP address unless one is given, so the per-IP throttle stays out of the way; the
 * fixed clock moves one second per call so that the mailbox (newest first) has a defined order.
 */
const signup = (body: Record<string, unknown>, ip = `198.51.100.${++ipCounter}`) => {
  clock.advanceMs(1000);
  return t.app.inject({ method: 'POST', url: '/api/v1/signup', headers: { 'content-type': 'application/json' }, remoteAddress: ip, payload: JSON.stringify(body) });
};
const verify = (token: string) => t.anonymous('POST', '/api/v1/signup/verify', { token });
const body = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  fullName: '  Jane   Doe ',
  organizationName: 'Clean Water Alliance',
  countryCode: 'gb',
  password: PASSWORD,
  language: 'en',
  ...extra,
});
const mailbox = async (to: string) => {
  const res = await t.anonymous('GET', `/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as { subject: string; bodyText: string; kind: string }[];
};
/** The token of the newest verification link mailed to `to` (the link must point at PUBLIC_BASE_URL). */
const tokenMailedTo = async (to: string) => {
  const mail = (await mailbox(to)).find((m) => m.kind === 'signup.verify');
  const match = mail?.bodyText.match(/https:\/\/ingohub\.example\.vn\/signup\/verify\?token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no verification link mailed to ${to}`);
  return match[1]!;
};
const accountsWith = async (email: string) => (await admin.request('GET', `/api/v1/admin/users?q=${encodeURIComponent(email)}`)).json().total as number;

describe('POST /api/v1/signup → mail → POST /api/v1/signup/verify → login', () => {
  it('registers an NGO: 202, a bilingual mail with a working link, then an active ngo_representative account', async () => {
    const res = await signup(body('Jane.Doe@CleanWater.org'));
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'verification_sent', email: 'jane.doe@cleanwater.org', expiresInHours: 48 });

    const [mail] = await mailbox('jane.doe@cleanwater.org');
    expect(mail!.kind).toBe('signup.verify');
    expect(mail!.subject).toBe('Confirm your INGO Hub registration / Xác nhận đăng ký tài khoản INGO Hub');
    expect(mail!.bodyText.indexOf('Dear Jane Doe,')).toBeLessThan(mail!.bodyText.indexOf('Kính gửi Jane Doe,'));
    expect(mail!.bodyText).toContain('“Clean Water Alliance”');
    expect(mail!.bodyText).toContain('Your username: jane.doe@cleanwater.org');

    const verified = await verify(await tokenMailedTo('jane.doe@cleanwater.org'));
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ username: 'jane.doe@cleanwater.org' });

    const login = await t.anonymous('POST', '/api/v1/auth/login', { username: 'jane.doe@cleanwater.org', password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      mustChangePassword: false,
      user: { username: 'jane.doe@cleanwater.org', fullName: 'Jane Doe', email: 'jane.doe@cleanwater.org', role: 'ngo_representative', permissions: ['ngo:self', 'reports:file'] },
    });
    const unit = login.json().user.unit;
    expect(unit).toMatchObject({ kind: 'ngo', nameVi: 'Clean Water Alliance', nameEn: 'Clean Water Alliance' });
    expect(unit.code).toMatch(/^NGO-[0-9A-F]{8}$/);
  });

  it('records the request, the unit, the user and the verification in the audit log', async () => {
    const events = (await admin.request('GET', '/api/v1/admin/audit?limit=50')).json().items as { action: string; ip: string; after: Record<string, unknown> | null }[];
    const find = (action: string, key: string, value: unknown) => events.find((e) => e.action === action && e.after?.[key] === value);
    expect(find('signup.request', 'email', 'jane.doe@cleanwater.org')).toMatchObject({ ip: '198.51.100.1', after: { organizationName: 'Clean Water Alliance', countryCode: 'GB' } });
    expect(find('unit.create', 'nameVi', 'Clean Water Alliance')).toMatchObject({ after: { kind: 'ngo', selfRegistered: true } });
    expect(find('user.create', 'username', 'jane.doe@cleanwater.org')).toMatchObject({ after: { role: 'ngo_representative', mustChangePassword: false, selfRegistered: true } });
    expect(find('signup.verify', 'email', 'jane.doe@cleanwater.org')?.after).toMatchObject({ unitCode: expect.stringMatching(/^NGO-/) });
    expect(JSON.stringify(events)).not.toContain('$argon2');
  });

  it('answers the same 202 for an address that already has an account, mails it a notice, and creates no second account', async () => {
    const again = await signup(body('jane.doe@cleanwater.org', { organizationName: 'Another Org' }));
    const fresh = await signup(body('someone.new@cleanwater.org'));
    expect(again.statusCode).toBe(202);
    expect(Object.keys(again.json())).toEqual(Object.keys(fresh.json()));
    expect(again.json()).toEqual({ ...fresh.json(), email: 'jane.doe@cleanwater.org' });

    const [notice] = await mailbox('jane.doe@cleanwater.org');
    expect(notice).toMatchObject({ kind: 'signup.already_registered', subject: 'This e-mail address already has an INGO Hub account / Địa chỉ e-mail đã có tài khoản INGO Hub' });
    expect(notice!.bodyText).toContain('https://ingohub.example.vn/login');
    expect(notice!.bodyText).not.toContain('verify?token=');
    expect(await accountsWith('jane.doe@cleanwater.org')).toBe(1);

    // An address used as the e-mail of an account created by an administrator counts as registered too.
    expect((await signup(body('ngo.demo@demo.ingohub.vn'))).statusCode).toBe(202);
    expect((await mailbox('ngo.demo@demo.ingohub.vn'))[0]!.kind).toBe('signup.already_registered');
  });

  it('writes the mail in Vietnamese first when the form was in Vietnamese', async () => {
    expect((await signup(body('tieng.viet@ngo.org', { language: 'vi', fullName: 'Nguyễn Văn A' }))).statusCode).toBe(202);
    const [mail] = await mailbox('tieng.viet@ngo.org');
    expect(mail!.subject).toBe('Xác nhận đăng ký tài khoản INGO Hub / Confirm your INGO Hub registration');
    expect(mail!.bodyText.startsWith('Kính gửi Nguyễn Văn A,')).toBe(true);
  });
});

describe('verification link errors', () => {
  it('answers 410 signup_token_used when a link is opened twice, and 400 for an unknown token', async () => {
    await signup(body('twice@ngo.org'));
    const token = await tokenMailedTo('twice@ngo.org');
    expect((await verify(token)).statusCode).toBe(200);
    const reused = await verify(token);
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error).toMatchObject({ code: 'signup_token_used', details: { username: 'twice@ngo.org' } });
    expect(reused.json().error.message.vi).toContain('đã được sử dụng');

    const unknown = await verify('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('signup_token_invalid');
    expect(unknown.json().error.message.en).toContain('not valid');
  });

  it('answers 410 signup_token_expired after 48 hours and creates nothing', async () => {
    await signup(body('late@ngo.org'));
    const token = await tokenMailedTo('late@ngo.org');
    try {
      clock.advanceMs(48 * 3_600_000 + 1000);
      const res = await verify(token);
      expect(res.statusCode).toBe(410);
      expect(res.json().error.code).toBe('signup_token_expired');
      expect(res.json().error.message).toEqual({
        vi: 'Liên kết xác nhận đã hết hạn. Vui lòng đăng ký lại để nhận liên kết mới.',
        en: 'This verification link has expired. Please register again to receive a new link.',
      });
    } finally {
      clock.set(new Date());
    }
    expect(await accountsWith('late@ngo.org')).toBe(0);
  });

  it('answers 409 username_taken when a second pending sign-up for the same address is verified', async () => {
    await signup(body('double@ngo.org'));
    const first = await tokenMailedTo('double@ngo.org');
    await signup(body('double@ngo.org', { organizationName: 'Second Try' }));
    const second = await tokenMailedTo('double@ngo.org');
    expect(second).not.toBe(first);
    expect((await verify(second)).statusCode).toBe(200);
    const conflict = await verify(first);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('username_taken');
    expect(await accountsWith('double@ngo.org')).toBe(1);
  });
});

describe('POST /api/v1/signup validation and throttling', () => {
  it('answers 400 per invalid field: password policy, unknown country, malformed e-mail', async () => {
    const weak = await signup(body('weak@ngo.org', { password: 'short' }));
    expect(weak.statusCode).toBe(400);
    const weakFields = weak.json().error.details.fields as { path: string; code: string }[];
    expect(weakFields.every((f) => f.path === 'password')).toBe(true);
    expect(weakFields.map((f) => f.code)).toContain('too_short');

    const containsEmail = await signup(body('pw@ngo.org', { password: 'Xx1!pw@ngo.org-2026' }));
    expect(containsEmail.json().error.details.fields.map((f: { code: string }) => f.code)).toEqual(['contains_username']);

    const country = await signup(body('country@ngo.org', { countryCode: 'XX' }));
    expect(country.statusCode).toBe(400);
    expect(country.json().error.details.fields).toEqual([
      { path: 'countryCode', code: 'unknown_country', message: { vi: 'Mã quốc gia không hợp lệ.', en: 'Unknown country code.' } },
    ]);

    const email = await signup(body('not-an-address'));
    expect(email.statusCode).toBe(400);
    expect(email.json().error.details.fields[0]).toMatchObject({ path: 'email', message: { en: 'Invalid e-mail address.' } });
    expect(await mailbox('weak@ngo.org')).toEqual([]);
  });

  it('allows 5 requests per address an hour, then 429 with Retry-After (whatever the IP)', async () => {
    for (let i = 0; i < 5; i++) expect((await signup(body('flood@ngo.org'))).statusCode).toBe(202);
    const blocked = await signup(body('flood@ngo.org'));
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(3000);
    expect(blocked.json().error.message.vi).toContain('quá nhiều yêu cầu đăng ký');
    expect(await mailbox('flood@ngo.org')).toHaveLength(5);

    clock.advanceMs(61 * 60_000);
    try {
      expect((await signup(body('flood@ngo.org'))).statusCode).toBe(202);
    } finally {
      clock.set(new Date());
    }
  });

  it('allows 10 requests per IP address an hour, then 429', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 10; i++) expect((await signup(body(`office${i}@ngo.org`), ip)).statusCode).toBe(202);
    const blocked = await signup(body('office10@ngo.org'), ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await signup(body('office10@ngo.org'), '203.0.113.78')).statusCode).toBe(202);
  });
});
