/** Vietnam's time zone; deadlines and calendar days are computed in it (UTC+7, no daylight saving). */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instant a calendar day (YYYY-MM-DD) starts in Vietnam, optionally shifted by whole days. */
export function vnDayStart(isoDate: string, addDays = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + addDays) - VN_OFFSET_MS);
}

/** The Vietnamese calendar day (YYYY-MM-DD) of an instant. */
export function vnDateOf(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Formats an ISO date or instant as dd/mm/yyyy (Vietnamese convention), in Vietnam's time zone. */
export function formatVnDate(value: string | Date): string {
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vnDateOf(new Date(value));
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
