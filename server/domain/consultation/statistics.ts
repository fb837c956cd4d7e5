/**
 * Timeliness of consulted agencies (issue 6 §6): per agency, the requests received in a period, answered on time,
 * late, missing (no reply and past the due day), still pending, and the median working days taken to answer
 * (counted like the deadline: the day of sending is day 0 — working-days.ts).
 */
import { countWorkingDays } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { replyTimeliness } from './request-clock';

export interface RequestFact {
  readonly unitCode: string;
  readonly sentOn: string;
  readonly dueOn: string;
  readonly answeredOn: string | null;
}

export interface AgencyTimeliness {
  readonly unitCode: string;
  readonly received: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly pending: number;
  /** null when nothing was answered yet. */
  readonly medianWorkingDays: number | null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function agencyTimeliness(calendar: WorkingCalendar, facts: readonly RequestFact[], today: string): AgencyTimeliness[] {
  const byUnit = new Map<string, RequestFact[]>();
  for (const fact of facts) byUnit.set(fact.unitCode, [...(byUnit.get(fact.unitCode) ?? []), fact]);
  return [...byUnit].map(([unitCode, list]) => {
    const counts = { on_time: 0, late: 0, missing: 0, pending: 0 };
    for (const f of list) counts[replyTimeliness(f.dueOn, f.answeredOn, today)]++;
    return {
      unitCode,
      received: list.length,
      onTime: counts.on_time,
      late: counts.late,
      missing: counts.missing,
      pending: counts.pending,
      medianWorkingDays: median(list.filter((f) => f.answeredOn).map((f) => countWorkingDays(calendar, f.sentOn, f.answeredOn!))),
    };
  });
}
