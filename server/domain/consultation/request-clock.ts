/**
 * The clock of one request for opinion (brief §3.1 steps 3–4): each consulted agency answers in writing within
 * 10 working days of receiving the request (Decree 58/2022 Art. 11(2), 15(2); Decision 3155/QĐ-BNG). The request is
 * received the day it is sent through the system; day 0 does not count (working-days.ts). Reminders go to the agency
 * 3 working days before the due day, on the due day and 2 working days after it (issue 6; configuration). A late
 * reply is accepted and marked late; silence has no legal effect under Decree 58 (no "deemed consent" rule seen —
 * unconfirmed), so by default the request reads "no reply by the deadline" and COMINGO may forward the dossier.
 */
import { addDays } from '../calendar/iso-day';
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';

export interface RequestClockSettings {
  /** Working days an agency has to reply (default 10). */
  readonly replyWorkingDays: number;
  /** Reminder offsets in working days relative to the due day: negative before, 0 on the day, positive after. */
  readonly reminderOffsets: readonly number[];
  /** What a missed deadline means: 'no_reply' (default) or 'deemed_agreement' (older provincial practice). */
  readonly onMissedDeadline: 'no_reply' | 'deemed_agreement';
}

export const DEFAULT_REQUEST_CLOCK: RequestClockSettings = { replyWorkingDays: 10, reminderOffsets: [-3, 0, 2], onMissedDeadline: 'no_reply' };

/** The last day to reply to a request sent on `sentDay` (the end of that working day is the deadline). */
export function replyDueDay(calendar: WorkingCalendar, sentDay: string, settings: RequestClockSettings = DEFAULT_REQUEST_CLOCK): string {
  return addWorkingDays(calendar, sentDay, settings.replyWorkingDays);
}

/** Moves `day` by `n` working days (n may be negative); `day` itself should be a working day. */
export function shiftWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  if (n >= 0) return addWorkingDays(calendar, day, n);
  let current = day;
  for (let i = 0; i < -n; i++) {
    let previous = current;
    do {
      previous = addDays(previous, -1);
    } while (!isWorkingDay(calendar, previous));
    current = previous;
  }
  return current;
}

export interface Reminder {
  /** Offset from the due day in working days (-3, 0, +2). */
  readonly offset: number;
  /** The working day the reminder goes out. */
  readonly day: string;
  readonly kind: 'before_due' | 'due_today' | 'overdue';
}

/** The reminder days of a request due on `dueDay`, in order; none falls on a weekend or holiday. */
export function reminderDays(calendar: WorkingCalendar, dueDay: string, settings: RequestClockSettings = DEFAULT_REQUEST_CLOCK): Reminder[] {
  const due = workingDayOnOrAfter(calendar, dueDay);
  return [...settings.reminderOffsets]
    .sort((a, b) => a - b)
    .map((offset) => ({ offset, day: shiftWorkingDays(calendar, due, offset), kind: offset < 0 ? 'before_due' : offset === 0 ? 'due_today' : 'overdue' }));
}

/** The reminders due on `today` that have not gone out yet (`sentOffsets`): a job may run many times a day. */
export function remindersDue(calendar: WorkingCalendar, dueDay: string, today: string, sentOffsets: readonly number[], settings: RequestClockSettings = DEFAULT_REQUEST_CLOCK): Reminder[] {
  return reminderDays(calendar, dueDay, settings).filter((r) => r.day <= today && !sentOffsets.includes(r.offset)).slice(-1);
}

export type ReplyTimeliness = 'on_time' | 'late' | 'pending' | 'missing';

/**
 * Where a request stands on `today`: answered on or before the due day = on time; after = late; no answer yet =
 * pending until the due day is over, then missing ("no reply received by the deadline").
 */
export function replyTimeliness(dueDay: string, answeredDay: string | null, today: string): ReplyTimeliness {
  if (answeredDay) return answeredDay <= dueDay ? 'on_time' : 'late';
  return today <= dueDay ? 'pending' : 'missing';
}

export type MissedDeadlineReading = RequestClockSettings['onMissedDeadline'];

/**
 * How the silence of an agency past its due day reads (configuration `consultation.onMissedDeadline`):
 * - 'no_reply' (default): "no reply received by the deadline"; COMINGO may close the step and forward the dossier.
 * - 'deemed_agreement' (older provincial practice): the silence is recorded as agreement. Decree 58/2022 Art. 11(2)
 *   only sets the reply period and gives silence no legal effect (no deemed-consent rule seen), so this is read the
 *   careful way: it is a note on the record, never a reply — nothing is written in the agency's name, the request
 *   stays unanswered (statistics count it missing), a reply that comes later is still accepted, marked late and
 *   prevails, and the dossier does not move on by itself: the officer still closes the step (close_consultation),
 *   and the close records which agencies were deemed to agree.
 * @returns null while the request is answered or still within its period; else the configured reading.
 */
export function silenceAfterDeadline(onMissedDeadline: MissedDeadlineReading, dueDay: string, answeredDay: string | null, today: string): MissedDeadlineReading | null {
  return replyTimeliness(dueDay, answeredDay, today) === 'missing' ? onMissedDeadline : null;
}

/** The configured reading, 'no_reply' unless exactly 'deemed_agreement' (an unknown value never means consent). */
export function missedDeadlineReading(configured: unknown): MissedDeadlineReading {
  return configured === 'deemed_agreement' ? 'deemed_agreement' : 'no_reply';
}

/**
 * Whether the consultation step is over: every request answered, or every unanswered one past its due day
 * (then COMINGO may forward the dossier to MOFA with "no reply received" — brief §3.1, recommended configuration).
 */
export function consultationClosable(requests: readonly { dueDay: string; answeredDay: string | null }[], today: string): boolean {
  return requests.length > 0 && requests.every((r) => r.answeredDay !== null || today > r.dueDay);
}
