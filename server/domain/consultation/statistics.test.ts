import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { agencyTimeliness, median } from './statistics';

const calendar = createWorkingCalendar();

describe('agencyTimeliness', () => {
  it('counts on time, late, missing and pending per agency and the median working days to answer (Tết 2027 not counted)', () => {
    const rows = agencyTimeliness(
      calendar,
      [
        { unitCode: 'MPS', sentOn: '2027-02-01', dueOn: '2027-02-22', answeredOn: '2027-02-12' }, // 4 WD (Tết skipped)
        { unitCode: 'MPS', sentOn: '2027-02-01', dueOn: '2027-02-22', answeredOn: '2027-02-23' }, // late, 11 WD
        { unitCode: 'MPS', sentOn: '2027-02-01', dueOn: '2027-02-22', answeredOn: null },
        { unitCode: 'PROV-46', sentOn: '2027-03-01', dueOn: '2027-03-15', answeredOn: null },
      ],
      '2027-03-02',
    );
    expect(rows).toEqual([
      { unitCode: 'MPS', received: 3, onTime: 1, late: 1, missing: 1, pending: 0, medianWorkingDays: 7.5 },
      { unitCode: 'PROV-46', received: 1, onTime: 0, late: 0, missing: 0, pending: 1, medianWorkingDays: null },
    ]);
  });
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
