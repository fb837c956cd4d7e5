import type { Dayjs } from 'dayjs';

/**
 * Input checks of the MOFA entry forms that mirror the API's zod schemas (organizations.schemas.ts,
 * certificates.schemas.ts) so most mistakes are caught before sending. The server stays the authority: the legal
 * rules (validity caps of Decree 58/2022 Art. 9, the representative office of Art. 8) are checked there only, and
 * its messages are shown on the fields.
 */

/** A phone number as the API accepts it: digits, spaces, ( ) . - and an optional leading +, 6 to 30 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{6,30}$/;

/** Text limits of the API (characters, after trimming). */
export const MAX_LENGTH = {
  name: 300,
  abbreviation: 30,
  legalDocType: 200,
  legalDocNumber: 100,
  legalDocIssuer: 300,
  address: 500,
  email: 200,
  website: 300,
  headName: 200,
  headTitle: 200,
  purposes: 4000,
  fundingSources: 2000,
  personName: 200,
  passportNumber: 50,
  partnerKind: 100,
  certificateNumber: 50,
  decisionNumber: 100,
  note: 1000,
  reason: 2000,
  proposedBy: 300,
} as const;

/** True for an absolute http(s) address such as `https://example.org` (the API refuses other schemes). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** True unless both days are given and `later` falls before `earlier` (an empty day is checked elsewhere). */
export function isNotBefore(later: Dayjs | null | undefined, earlier: Dayjs | null | undefined): boolean {
  if (!later || !earlier) return true;
  return !later.isBefore(earlier, 'day');
}
