import type { TFunction } from 'i18next';
import type { OrganizationProfile } from '../../api/types';

const TIMELINE_KINDS = [
  'certificate_issued',
  'certificate_amended',
  'certificate_supplemented',
  'certificate_reissued',
  'certificate_extended',
  'certificate_expired',
  'record_organization_create',
  'record_organization_update',
  'record_certificate_record',
  'record_certificate_amended',
  'record_certificate_supplemented',
  'record_certificate_reissued',
  'record_certificate_extended',
  'certificate_suspended',
  'certificate_terminated',
  'certificate_revoked',
  'certificate_suspension_lifted',
  'record_certificate_decision_suspended',
  'record_certificate_decision_terminated',
  'record_certificate_decision_revoked',
  'record_certificate_decision_in_force',
] as const;

const DIFF_FIELDS = [
  'type',
  'legalBasis',
  'number',
  'issuedOn',
  'validFrom',
  'validTo',
  'decisionStatus',
  'officeCityCode',
  'officeAddress',
  'representativeName',
  'areas',
  'fields',
] as const;

/** Kinds of Vietnamese partners offered in the entry form (a free-text kind entered earlier is kept as is). */
export const PARTNER_KINDS = ['state_agency', 'mass_organization', 'ngo', 'university', 'enterprise', 'other'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The label of a timeline event kind ("certificate.extended" → "Gia hạn giấy đăng ký"); other record changes name their action. */
export function timelineKindLabel(t: TFunction, kind: string): string {
  const key = kind.replace(/\./g, '_');
  if (isOneOf(TIMELINE_KINDS, key)) return t(`registry.timelineKinds.${key}`);
  if (kind.startsWith('record.')) return t('registry.timelineKinds.recordOther', { action: kind.slice('record.'.length) });
  return kind;
}

/** The label of a certificate field named in a version diff; an unknown field keeps its name. */
export function diffFieldLabel(t: TFunction, field: string): string {
  return isOneOf(DIFF_FIELDS, field) ? t(`registry.diffFields.${field}`) : field;
}

/** The label of a partner kind; a free-text kind is shown as entered. */
export function partnerKindLabel(t: TFunction, kind: string | null): string {
  if (!kind) return t('common.empty');
  return isOneOf(PARTNER_KINDS, kind) ? t(`registry.partnerKinds.${kind}`) : kind;
}

/** The label of a legal form in the home country. */
export function legalFormLabel(t: TFunction, form: OrganizationProfile['legalForm']): string {
  return t(`registry.legalForms.${form}`);
}
