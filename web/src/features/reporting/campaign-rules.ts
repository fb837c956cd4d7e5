/** Parses "-10, -3, 0, 2" into working-day reminder offsets, sorted, without duplicates (invalid parts ignored). */
export function parseOffsets(text: string): number[] {
  const numbers = text
    .split(/[,\s;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && Math.abs(n) <= 60);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** Where a report opens: Form 05 on the reporting page, agency and province reports on the agency report page. */
export function reportPath(form: 'ngo_annual' | 'agency_annual' | 'province_annual', obligationId: string): string {
  return form === 'ngo_annual' ? `/reports/${obligationId}` : `/reports/agency/${obligationId}`;
}

/** "12-18" (month-day, as stored) → "18/12" (as shown). */
export function monthDayToDisplay(monthDay: string): string {
  const [m, d] = monthDay.split('-');
  return `${d}/${m}`;
}

/** "18/12" (as typed) → "12-18" (as stored); null when it is not a day of the year. */
export function displayToMonthDay(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (!days || day < 1 || day > days) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
