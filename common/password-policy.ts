/** A message in Vietnamese and English. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

/** Minimum password length (NIST SP 800-63B allows 8; government practice here asks for more). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** One rule a password breaks. */
export interface PasswordViolation {
  code: 'too_short' | 'too_long' | 'missing_lowercase' | 'missing_uppercase' | 'missing_digit' | 'missing_symbol' | 'contains_username' | 'same_as_current';
  message: BilingualMessage;
}

const MESSAGES: Record<PasswordViolation['code'], BilingualMessage> = {
  too_short: { vi: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.` },
  too_long: { vi: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`, en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.` },
  missing_lowercase: { vi: 'Mật khẩu cần có chữ thường.', en: 'The password needs a lower-case letter.' },
  missing_uppercase: { vi: 'Mật khẩu cần có chữ hoa.', en: 'The password needs an upper-case letter.' },
  missing_digit: { vi: 'Mật khẩu cần có chữ số.', en: 'The password needs a digit.' },
  missing_symbol: { vi: 'Mật khẩu cần có ký tự đặc biệt (ví dụ ! @ # -).', en: 'The password needs a special character (e.g. ! @ # -).' },
  contains_username: { vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' },
  same_as_current: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
};

/**
 * The password policy of INGO Hub accounts (shared: the server enforces it, the web shows it as you type): length, character classes, not containing the username,
 * and (on change) different from the current one. Returns every rule broken, empty when acceptable.
 */
export function checkPasswordPolicy(password: string, context: { username: string; currentPassword?: string }): PasswordViolation[] {
  const codes: PasswordViolation['code'][] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) codes.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) codes.push('too_long');
  if (!/\p{Ll}/u.test(password)) codes.push('missing_lowercase');
  if (!/\p{Lu}/u.test(password)) codes.push('missing_uppercase');
  if (!/\p{Nd}/u.test(password)) codes.push('missing_digit');
  if (!/[^\p{L}\p{Nd}]/u.test(password)) codes.push('missing_symbol');
  const username = context.username.trim().toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) codes.push('contains_username');
  if (context.currentPassword !== undefined && context.currentPassword === password) codes.push('same_as_current');
  return codes.map((code) => ({ code, message: MESSAGES[code] }));
}
