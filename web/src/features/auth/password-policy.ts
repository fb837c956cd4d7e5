import { checkPasswordPolicy, PASSWORD_MIN_LENGTH } from '../../../../common/password-policy';

/**
 * The password policy as the user sees it while typing: the rules come from common/password-policy.ts, the
 * same function the server enforces (the server stays the authority).
 */
export { PASSWORD_MIN_LENGTH };

/** The name of each rule; also the i18n key under `changePassword.policy`. */
export type PasswordRule = 'minLength' | 'upperLower' | 'digit' | 'special' | 'notUsername';

/** Every rule in the order shown. */
export const PASSWORD_RULES: readonly PasswordRule[] = ['minLength', 'upperLower', 'digit', 'special', 'notUsername'];

/** Returns, for each rule, whether `password` satisfies it for the account `username`. */
export function checkPassword(password: string, username: string): Record<PasswordRule, boolean> {
  const broken = new Set(checkPasswordPolicy(password, { username }).map((v) => v.code));
  return {
    minLength: !broken.has('too_short') && !broken.has('too_long'),
    upperLower: !broken.has('missing_uppercase') && !broken.has('missing_lowercase'),
    digit: !broken.has('missing_digit'),
    special: !broken.has('missing_symbol'),
    notUsername: !broken.has('contains_username'),
  };
}

/** True when every rule passes. */
export function isPasswordAcceptable(password: string, username: string): boolean {
  return Object.values(checkPassword(password, username)).every(Boolean);
}
