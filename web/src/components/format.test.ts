import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { formatDate, formatDateTime, formatDateTimeSeconds, toIsoDay } from './format';

describe('date formatting', () => {
  it('shows dates as DD/MM/YYYY in Vietnam time', () => {
    // 17:30 UTC on 16 Feb is 00:30 on 17 Feb (Tết 2026) in Hà Nội.
    expect(formatDate('2026-02-16T17:30:00Z')).toBe('17/02/2026');
    expect(formatDateTime('2026-02-16T17:30:00Z')).toBe('17/02/2026 00:30');
    expect(formatDateTimeSeconds('2026-09-02T01:02:03Z')).toBe('02/09/2026 08:02:03');
  });

  it('returns the fallback for empty or invalid values', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined, '')).toBe('');
    expect(formatDate('not a date')).toBe('—');
  });

  it('turns a picked day into YYYY-MM-DD', () => {
    expect(toIsoDay(dayjs('2026-04-30T10:00:00'))).toBe('2026-04-30');
    expect(toIsoDay(null)).toBeUndefined();
  });
});
