/**
 * Holiday schedules the Government actually announced for state agencies (source 'official'), overriding the
 * computed rules of `holidays.ts` for the holiday groups they cover. Only schedules we are confident of are
 * listed here; every other year and group uses the computed rules, and administrators edit the calendar table
 * (source 'admin') when a new announcement comes out (brief §9.1–9.2).
 */
import type { CalendarDayKind, HolidayGroup } from './holidays';

/** One announced day: a holiday, a swapped day off, or a make-up working Saturday. */
export interface OfficialScheduleDay {
  readonly day: string;
  readonly kind: CalendarDayKind;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** An announcement for one year: the computed days of `replaces` are dropped and `days` used instead. */
export interface OfficialSchedule {
  readonly year: number;
  readonly replaces: readonly HolidayGroup[];
  readonly days: readonly OfficialScheduleDay[];
  /** What was announced, stored as the calendar row's note. */
  readonly basis: string;
}

const tet = (day: string): OfficialScheduleDay => ({ day, kind: 'holiday', nameVi: 'Tết Âm lịch', nameEn: 'Lunar New Year (Tết)' });

/** Announced schedules, by year. */
export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [
  {
    year: 2025,
    replaces: ['new_year'],
    days: [{ day: '2025-01-01', kind: 'holiday', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" }],
    basis: 'Announced 2025 schedule: New Year, Wed 1 Jan 2025.',
  },
  {
    // The Prime Minister chose 2 days before Mùng 1 (29 Jan 2025) and 3 after: Mon 27 – Fri 31 Jan.
    year: 2025,
    replaces: ['tet'],
    days: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map(tet),
    basis: 'Announced Tết 2025 schedule: civil servants off Sat 25 Jan – Sun 2 Feb 2025 (Tết days Mon 27 – Fri 31 Jan).',
  },
  {
    year: 2025,
    replaces: ['hung_kings'],
    days: [{ day: '2025-04-07', kind: 'holiday', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" }],
    basis: "Announced 2025 schedule: Hùng Kings' Commemoration, Mon 7 Apr 2025.",
  },
  {
    year: 2025,
    replaces: ['victory_day', 'labour_day'],
    days: [
      {
        day: '2025-04-26',
        kind: 'make_up_working_day',
        nameVi: 'Làm bù cho ngày nghỉ 02/05/2025',
        nameEn: 'Make-up working day for Fri 2 May 2025',
      },
      { day: '2025-04-30', kind: 'holiday', nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
      { day: '2025-05-01', kind: 'holiday', nameVi: 'Ngày Quốc tế lao động', nameEn: 'International Labour Day' },
      {
        day: '2025-05-02',
        kind: 'swap_day_off',
        nameVi: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)',
        nameEn: 'Swapped day off (worked on Sat 26 Apr 2025)',
      },
    ],
    basis: 'Announced 2025 schedule: civil servants off Wed 30 Apr – Sun 4 May 2025, Fri 2 May swapped with Sat 26 Apr.',
  },
  {
    year: 2025,
    replaces: ['national_day'],
    days: [
      { day: '2025-09-01', kind: 'holiday', nameVi: 'Quốc khánh', nameEn: 'National Day' },
      { day: '2025-09-02', kind: 'holiday', nameVi: 'Quốc khánh', nameEn: 'National Day' },
    ],
    basis: 'Announced 2025 schedule: National Day off Sat 30 Aug – Tue 2 Sep 2025 (holidays Mon 1 and Tue 2 Sep).',
  },
];
