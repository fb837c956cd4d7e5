import type { z } from 'zod';
import { checkPasswordPolicy } from '../../../common/password-policy';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { AppError, RateLimitedError, ValidationError, type FieldError } from '../../platform/http/errors';
import { hashPassword, randomToken, sha256Hex } from '../../platform/security/passwords';
import { createSelfRegisteredUser, listAccounts } from '../accounts/users.service';
import { appendAudit, browseAudit } from '../audit/audit.service';
import { queueMail, recentMailTimes, requestMailDelivery } from '../mail/mail.service';
import { COUNTRIES } from '../reference/seed/countries';
import { createUnit } from '../units/units.service';
import { alreadyRegisteredMail, verificationLink, verificationMail } from './signup.mail';
import * as repo from './signup.repo';
import type { signupBodySchema } from './signup.schemas';
import { SIGNUP_MAX_PER_EMAIL, SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MS, signupRetryAfterSeconds } from './signup.throttle';

type SignupDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'jobs' | 'log'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
/** A validated sign-up request (the body after zod: e-mail lower-case, names NFC, country upper-case). */
export type SignupInput = z.output<typeof signupBodySchema>;

/** How long the verification link stays valid. */
export const SIGNUP_TOKEN_HOURS = 48;
const AUDIT_ACTION_REQUEST = 'signup.request';
const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));

const THROTTLED = (minutes: number) => ({
  vi: `Đã có quá nhiều yêu cầu đăng ký. Vui lòng thử lại sau ${minutes} phút.`,
  en: `Too many registration requests. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
});

/**
 * Refuses a request beyond SIGNUP_MAX_PER_EMAIL mails to one address or SIGNUP_MAX_PER_IP requests from one
 * IP within the window. The address count comes from the outbox; the IP count from the audit log's
 * `signup.request` events (the sign-up table has no IP column).
 * @throws RateLimitedError
 */
async function assertNotThrottled(deps: SignupDeps, ctx: Ctx, email: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - SIGNUP_WINDOW_MS);
  const byEmail = await recentMailTimes(deps.db, { to: email, kindPrefix: 'signup.', since });
  const recent = await browseAudit(deps.db, { action: AUDIT_ACTION_REQUEST, from: since, limit: 2000 });
  const byIp = recent.rows.filter((r) => r.event.action === AUDIT_ACTION_REQUEST && r.event.ip === ctx.ip).map((r) => r.event.occurredAt);
  const wait = Math.max(
    signupRetryAfterSeconds(byEmail, SIGNUP_MAX_PER_EMAIL, SIGNUP_WINDOW_MS, now),
    signupRetryAfterSeconds(byIp, SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MS, now),
  );
  if (wait > 0) throw new RateLimitedError(wait, THROTTLED(Math.max(1, Math.ceil(wait / 60))));
}

function inputIssues(input: SignupInput): FieldError[] {
  const issues: FieldError[] = [];
  if (!COUNTRY_CODES.has(input.countryCode)) {
    issues.push({ path: 'countryCode', code: 'unknown_country', message: { vi: 'Mã quốc gia không hợp lệ.', en: 'Unknown country code.' } });
  }
  for (const v of checkPasswordPolicy(input.password, { username: input.email })) issues.push({ path: 'password', code: v.code, message: v.message });
  return issues;
}

/** True when an account already uses this address as its username or e-mail. */
async function isAddressRegistered(deps: SignupDeps, email: string): Promise<boolean> {
  const { items } = await listAccounts(deps, { q: email, offset: 0, limit: 50 });
  return items.some(({ user }) => user.username.toLowerCase() === email || user.email?.trim().toLowerCase() === email);
}

/**
 * A foreign NGO registers itself: stores the sign-up (argon2id hash of the chosen password, SHA-256 of a random
 * token valid SIGNUP_TOKEN_HOURS) and queues a bilingual verification mail in the same transaction. When the
 * address already has an account, it queues a mail saying so instead; the answer is the same either way, and
 * the password is hashed in both cases, so the response reveals nothing about existing accounts.
 * @throws RateLimitedError, ValidationError (country, password policy)
 */
export async function requestSignup(deps: SignupDeps, ctx: Ctx, input: SignupInput) {
  const now = deps.clock.now();
  await assertNotThrottled(deps, ctx, input.email, now);
  const issues = inputIssues(input);
  if (issues.length) throw new ValidationError(issues);
  const passwordHash = await hashPassword(input.password);
  const registered = await isAddressRegistered(deps, input.email);
  const base = deps.config.PUBLIC_BASE_URL.replace(/\/+$/, '');

  await deps.db.transaction(async (tx) => {
    if (registered) {
      const mail = alreadyRegisteredMail({ language: input.language, loginUrl: `${base}/login` });
      await queueMail(tx, { to: input.email, ...mail, kind: 'signup.already_registered', createdAt: now });
      await appendAudit(tx, ctx, { action: AUDIT_ACTION_REQUEST, entityType: 'ngo_signup', after: { email: input.email, alreadyRegistered: true } });
      return;
    }
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + SIGNUP_TOKEN_HOURS * 3_600_000);
    const signup = await repo.insertSignup(tx, {
      email: input.email,
      fullName: input.fullName,
      organizationName: input.organizationName,
      countryCode: input.countryCode,
      passwordHash,
      tokenHash: sha256Hex(token),
      expiresAt,
      createdAt: now,
    });
    const mail = verificationMail({ ...input, username: input.email, link: verificationLink(base, token), expiresAt });
    await queueMail(tx, { to: input.email, ...mail, kind: 'signup.verify', createdAt: now });
    const { email, fullName, organizationName, countryCode } = input;
    await appendAudit(tx, ctx, { action: AUDIT_ACTION_REQUEST, entityType: 'ngo_signup', entityId: signup.id, after: { email, fullName, organizationName, countryCode, expiresAt } });
  });
  await requestMailDelivery(deps);
  return { status: 'verification_sent' as const, email: input.email, expiresInHours: SIGNUP_TOKEN_HOURS };
}

const TOKEN_INVALID = {
  vi: 'Liên kết xác nhận không hợp lệ. Vui lòng kiểm tra lại liên kết trong thư hoặc đăng ký lại.',
  en: 'This verification link is not valid. Please check the link in the e-mail or register again.',
};
const TOKEN_USED = {
  vi: 'Liên kết xác nhận này đã được sử dụng: tài khoản đã được kích hoạt, bạn có thể đăng nhập.',
  en: 'This verification link has already been used: the account is active and you can sign in.',
};
const TOKEN_EXPIRED = {
  vi: 'Liên kết xác nhận đã hết hạn. Vui lòng đăng ký lại để nhận liên kết mới.',
  en: 'This verification link has expired. Please register again to receive a new link.',
};

/** The code of a self-registered NGO's unit: `NGO-` and 8 characters of the sign-up id. */
export function signupUnitCode(signupId: string): string {
  return `NGO-${signupId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * Verifies a sign-up link: in one transaction creates the NGO's unit (kind 'ngo') and its representative's
 * account (username = the e-mail, the password chosen at sign-up, no forced change), marks the sign-up used,
 * and appends the audit entries (unit.create, user.create, signup.verify).
 * @throws AppError 400 signup_token_invalid, 410 signup_token_used / signup_token_expired; ConflictError username_taken
 */
export async function verifySignup(deps: Pick<Deps, 'db' | 'clock'>, ctx: Ctx, token: string): Promise<{ username: string }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const signup = await repo.selectSignupByTokenHashForUpdate(tx, sha256Hex(token));
    if (!signup) throw new AppError(400, 'signup_token_invalid', TOKEN_INVALID);
    if (signup.verifiedAt) throw new AppError(410, 'signup_token_used', TOKEN_USED, { username: signup.email });
    if (signup.expiresAt.getTime() <= now.getTime()) throw new AppError(410, 'signup_token_expired', TOKEN_EXPIRED);

    const code = signupUnitCode(signup.id);
    const unit = await createUnit(tx, { code, kind: 'ngo', nameVi: signup.organizationName, nameEn: signup.organizationName });
    await appendAudit(tx, ctx, { action: 'unit.create', entityType: 'org_unit', entityId: unit.id, after: { code, kind: unit.kind, nameVi: unit.nameVi, selfRegistered: true } });
    const user = await createSelfRegisteredUser(tx, ctx, {
      username: signup.email,
      fullName: signup.fullName,
      email: signup.email,
      unitId: unit.id,
      passwordHash: signup.passwordHash,
      at: now,
    });
    await repo.markSignupVerified(tx, signup.id, { verifiedAt: now, userId: user.id });
    await appendAudit(tx, ctx, {
      action: 'signup.verify',
      entityType: 'ngo_signup',
      entityId: signup.id,
      after: { email: signup.email, organizationName: signup.organizationName, countryCode: signup.countryCode, userId: user.id, unitId: unit.id, unitCode: code },
    });
    return { username: user.username };
  });
}
