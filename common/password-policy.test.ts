import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy';

describe('checkPasswordPolicy', () => {
  it.each([
    ['Str0ng-Passw0rd!', []],
    ['Mật-Khẩu-Mạnh-2026', []],
    ['short1!A', ['too_short']],
    ['alllowercase-123', ['missing_uppercase']],
    ['ALLUPPERCASE-123', ['missing_lowercase']],
    ['NoDigitsHere-!!', ['missing_digit']],
    ['NoSymbols12345ab', ['missing_symbol']],
  ])('%s → %j', (password, expected) => {
    expect(checkPasswordPolicy(password, { username: 'someone' }).map((v) => v.code)).toEqual(expected);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(checkPasswordPolicy('My-Hue.Focal-2026', { username: 'hue.focal' }).map((v) => v.code)).toContain('contains_username');
  });

  it('refuses reusing the current password', () => {
    expect(checkPasswordPolicy('Str0ng-Passw0rd!', { username: 'a', currentPassword: 'Str0ng-Passw0rd!' }).map((v) => v.code)).toEqual(['same_as_current']);
  });

  it('gives every violation a Vietnamese and an English message', () => {
    for (const v of checkPasswordPolicy('', { username: 'abc' })) {
      expect(v.message.vi.length).toBeGreaterThan(5);
      expect(v.message.en.length).toBeGreaterThan(5);
    }
  });
});
