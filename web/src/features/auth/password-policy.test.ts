import { describe, expect, it } from 'vitest';
import { checkPassword, isPasswordAcceptable } from './password-policy';

describe('password policy (client-side mirror)', () => {
  it('accepts a long mixed password that does not contain the username', () => {
    expect(isPasswordAcceptable('Hue-Focal-2026!x', 'nguyen.van.a')).toBe(true);
  });

  it.each([
    ['Sh0rt!a', 'minLength'],
    ['alllowercase-1234', 'upperLower'],
    ['NoDigitsHere-abc!', 'digit'],
    ['NoSpecial123abcD', 'special'],
    ['Xhue.focal-2026!', 'notUsername'],
  ] as const)('flags %s as failing %s', (password, rule) => {
    expect(checkPassword(password, 'hue.focal')[rule]).toBe(false);
  });

  it('counts Vietnamese letters as upper and lower case', () => {
    expect(checkPassword('ĐƯỜNG phố 2026 !', 'x').upperLower).toBe(true);
  });
});
