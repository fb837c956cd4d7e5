import { describe, expect, it } from 'vitest';
import { displayToMonthDay, monthDayToDisplay, parseOffsets, reportPath } from './campaign-rules';

describe('parseOffsets', () => {
  it('reads working-day offsets separated by commas or spaces, sorted and unique', () => {
    expect(parseOffsets('-3, -10 0;2, 2')).toEqual([-10, -3, 0, 2]);
  });
  it('ignores what is not a whole number within ±60', () => {
    expect(parseOffsets('abc, 1.5, 99, -1')).toEqual([-1]);
    expect(parseOffsets('')).toEqual([]);
  });
});

describe('reportPath', () => {
  it('opens Form 05 here and agency or province reports on the agency report page', () => {
    expect(reportPath('ngo_annual', 'a')).toBe('/reports/a');
    expect(reportPath('province_annual', 'b')).toBe('/reports/agency/b');
  });
});

describe('month-day settings', () => {
  it('shows 12-18 as 18/12 and reads 18/12 back', () => {
    expect(monthDayToDisplay('12-18')).toBe('18/12');
    expect(displayToMonthDay('18/12')).toBe('12-18');
    expect(displayToMonthDay(' 1/9 ')).toBe('09-01');
  });
  it('refuses days that do not exist', () => {
    expect(displayToMonthDay('31/11')).toBeNull();
    expect(displayToMonthDay('12-18')).toBeNull();
  });
});
