import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, isNotBefore, PHONE_PATTERN } from './entry-rules';

describe('entry rules (mirror of the API checks)', () => {
  it.each([
    ['+84 24 3799 2000', true],
    ['(202) 555-0100', true],
    ['024.3799.2000', true],
    ['12345', false],
    ['phone: 0243', false],
    ['+'.concat('1'.repeat(31)), false],
  ])('phone %s → %s', (value, ok) => {
    expect(PHONE_PATTERN.test(value)).toBe(ok);
  });

  it.each([
    ['https://childrenrelief.org', true],
    ['http://example.org/path?q=1', true],
    ['childrenrelief.org', false],
    ['ftp://example.org', false],
    ['https://', false],
  ])('website %s → %s', (value, ok) => {
    expect(isHttpUrl(value)).toBe(ok);
  });

  it('accepts the same day or later, and leaves empty days to the required checks', () => {
    expect(isNotBefore(dayjs('2026-01-15'), dayjs('2026-01-15'))).toBe(true);
    expect(isNotBefore(dayjs('2026-01-16'), dayjs('2026-01-15'))).toBe(true);
    expect(isNotBefore(dayjs('2026-01-14'), dayjs('2026-01-15'))).toBe(false);
    expect(isNotBefore(undefined, dayjs('2026-01-15'))).toBe(true);
    expect(isNotBefore(dayjs('2026-01-14'), null)).toBe(true);
  });
});
