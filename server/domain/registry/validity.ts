import { isLegacyCertificateType, type CertificateType } from '../../../common/registry';
import type { RuleIssue } from './rule-issue';

/** Maximum validity in years of each Decree 58/2022 certificate type (Art. 9(1)). */
export const MAX_VALIDITY_YEARS: Readonly<Record<'operation' | 'rep_office', number>> = { operation: 3, rep_office: 5 };

/** The same calendar day `years` later; 29 Feb falls back to 28 Feb in a common year. */
export function addYears(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const candidate = new Date(Date.UTC(y + years, m - 1, d));
  const fixed = candidate.getUTCMonth() === m - 1 ? candidate : new Date(Date.UTC(y + years, m, 0));
  return fixed.toISOString().slice(0, 10);
}

/**
 * Latest allowed end date of a certificate: at most 3 years from issue for an operation certificate and
 * 5 years for a representative office, and never beyond the NGO's registration term under its home country's
 * law — Decree 58/2022 Art. 9(1)-(2). Legacy Decree 12/2012 certificates are recorded as written, so only the
 * home-country cap applies to them. Returns null when nothing caps the date.
 */
export function maxValidTo(type: CertificateType, issuedOn: string, homeRegistrationExpiresOn: string | null): string | null {
  const decreeCap = isLegacyCertificateType(type) ? null : addYears(issuedOn, MAX_VALIDITY_YEARS[type as 'operation' | 'rep_office']);
  if (!homeRegistrationExpiresOn) return decreeCap;
  if (!decreeCap) return homeRegistrationExpiresOn;
  return homeRegistrationExpiresOn < decreeCap ? homeRegistrationExpiresOn : decreeCap;
}

/** Dates of a certificate to check against Decree 58/2022 Art. 9. */
export interface ValidityInput {
  type: CertificateType;
  issuedOn: string;
  validFrom: string;
  validTo: string;
  homeRegistrationExpiresOn: string | null;
}

/**
 * Checks a certificate's dates: valid_from not before the issue date, valid_to after valid_from, and valid_to
 * within the cap of {@link maxValidTo} — Decree 58/2022 Art. 9(1)-(2). Returns the broken rules (empty = fine).
 */
export function checkCertificateValidity(input: ValidityInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (input.validFrom < input.issuedOn) {
    issues.push({ path: 'validFrom', code: 'valid_from_before_issue', message: { vi: 'Ngày hiệu lực không được trước ngày cấp.', en: 'Valid-from cannot be before the issue date.' } });
  }
  if (input.validTo < input.validFrom) {
    issues.push({ path: 'validTo', code: 'valid_to_before_valid_from', message: { vi: 'Ngày hết hạn phải sau ngày hiệu lực.', en: 'Valid-to must be after valid-from.' } });
  }
  const cap = maxValidTo(input.type, input.issuedOn, input.homeRegistrationExpiresOn);
  if (cap && input.validTo > cap) {
    const byHome = input.homeRegistrationExpiresOn !== null && cap === input.homeRegistrationExpiresOn;
    issues.push(
      byHome
        ? {
            path: 'validTo',
            code: 'validity_beyond_home_registration',
            message: {
              vi: `Thời hạn không được vượt quá thời hạn đăng ký của tổ chức tại nước sở tại (${cap}) — Điều 9 Nghị định 58/2022.`,
              en: `Validity cannot go beyond the NGO's home-country registration (${cap}) — Decree 58/2022 Art. 9.`,
            },
          }
        : {
            path: 'validTo',
            code: 'validity_too_long',
            message: {
              vi: `Thời hạn tối đa là ${MAX_VALIDITY_YEARS[input.type as 'operation' | 'rep_office']} năm kể từ ngày cấp (đến ${cap}) — Điều 9 Nghị định 58/2022.`,
              en: `Validity is at most ${MAX_VALIDITY_YEARS[input.type as 'operation' | 'rep_office']} years from the issue date (until ${cap}) — Decree 58/2022 Art. 9.`,
            },
          },
    );
  }
  return issues;
}
