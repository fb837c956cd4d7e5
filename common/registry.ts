/**
 * Code lists of the NGO registry (brief §2, §8.2), shared by the server (tables, zod schemas, rules) and the web.
 */

/** Legal form of a foreign NGO in its home country (brief §8.2). */
export const LEGAL_FORMS = ['non_profit', 'social_fund', 'private_fund', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * Certificate types: the two of Decree 58/2022 — operation certificate (Giấy đăng ký hoạt động) and representative
 * office certificate (Giấy đăng ký lập Văn phòng đại diện) — plus the three read-only legacy types of Decree 12/2012.
 */
export const CERTIFICATE_TYPES = ['operation', 'rep_office', 'legacy_operation', 'legacy_project_office', 'legacy_rep_office'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** Legal basis of a certificate. */
export const LEGAL_BASES = ['58/2022/NĐ-CP', '12/2012/NĐ-CP'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The state decided by MOFA (stored); 'expired' is never stored, it is derived from the dates. */
export const DECISION_STATUSES = ['in_force', 'suspended', 'terminated', 'revoked'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The status shown to users, derived from the decision and the end date (see certificateStatus). */
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'suspended', 'terminated', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Kinds of entries in a certificate's version chain (issued → amended/supplemented → re-issued → extended). */
export const VERSION_KINDS = ['issued', 'amended', 'supplemented', 'reissued', 'extended'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Roles of people attached to an NGO. */
export const PERSON_ROLES = ['representative', 'head_of_office', 'staff'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Lifecycle status of an organisation record. */
export const ORGANIZATION_STATUSES = ['active', 'pending', 'suspended', 'terminated', 'revoked', 'expired'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/** Hà Nội, Đà Nẵng, TP Hồ Chí Minh: the only cities a representative office may be in (Decree 58/2022 Art. 8(2)). */
export const REP_OFFICE_CITY_CODES = ['01', '48', '79'] as const;

/** True for the Decree 12/2012 certificate types (kept read-only). */
export function isLegacyCertificateType(type: CertificateType): boolean {
  return type.startsWith('legacy_');
}

/** True for representative-office types (current or legacy). */
export function isRepresentativeOfficeType(type: CertificateType): boolean {
  return type === 'rep_office' || type === 'legacy_rep_office';
}
