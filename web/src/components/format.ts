import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date is shown in Vietnam's time zone, whatever the browser's. */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type DateInput = string | number | Date | dayjs.Dayjs | null | undefined;

function toZoned(value: DateInput): dayjs.Dayjs | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.tz(DISPLAY_TIME_ZONE) : null;
}

/** Formats a date as `DD/MM/YYYY` (Vietnam time); `fallback` when empty or invalid. */
export function formatDate(value: DateInput, fallback = '—'): string {
  return toZoned(value)?.format('DD/MM/YYYY') ?? fallback;
}

/** Formats a moment as `DD/MM/YYYY HH:mm` (Vietnam time); `fallback` when empty or invalid. */
export function formatDateTime(value: DateInput, fallback = '—'): string {
  return toZoned(value)?.format('DD/MM/YYYY HH:mm') ?? fallback;
}

/** Formats a moment as `DD/MM/YYYY HH:mm:ss` (Vietnam time), as the audit log needs. */
export function formatDateTimeSeconds(value: DateInput, fallback = '—'): string {
  return toZoned(value)?.format('DD/MM/YYYY HH:mm:ss') ?? fallback;
}

/** Formats a picked calendar day as the API's `YYYY-MM-DD` (the day as picked, no time-zone shift). */
export function toIsoDay(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** The date format for antd DatePicker / RangePicker. */
export const DATE_PICKER_FORMAT = 'DD/MM/YYYY';
