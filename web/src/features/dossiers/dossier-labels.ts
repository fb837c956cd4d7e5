import type { TFunction } from 'i18next';
import { AMEND_KINDS } from '../../../../common/dossiers';
import { pickText } from '../../api/api-error';
import { DOSSIER_EVENT_ACTIONS } from './dossier-rules';

const STEPS = ['preparation', 'completeness_check', 'supplement', 'consultation_send', 'consultation_replies', 'appraisal', 'delivery'] as const;
const OWNERS = ['applicant', 'officer', 'leader', 'agencies'] as const;
const ROLES_OF_PARTY = ['applicant', 'officer', 'leader'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The label of a workflow step (`completeness_check` → "Kiểm tra thành phần hồ sơ"); unknown codes as is. */
export function stepLabel(t: TFunction, step: string): string {
  return isOneOf(STEPS, step) ? t(`dossiers.steps.${step}`) : step;
}

/** Who holds the dossier now (the applicant, COMINGO's officer, the signing leader, the consulted agencies). */
export function ownerLabel(t: TFunction, owner: string | null): string {
  if (!owner) return t('common.empty');
  return isOneOf(OWNERS, owner) ? t(`dossiers.owners.${owner}`) : owner;
}

/** The party that wrote a message. */
export function partyLabel(t: TFunction, party: string): string {
  return isOneOf(ROLES_OF_PARTY, party) ? t(`dossiers.owners.${party}`) : party;
}

/** The label of a timeline entry (a workflow action, or create / save / upload / assign / paper receipt). */
export function eventLabel(t: TFunction, action: string): string {
  return isOneOf(DOSSIER_EVENT_ACTIONS, action) ? t(`dossiers.events.${action}`) : action;
}

/** A component's name in the interface language, from the dossier's component list (the code when unknown). */
export function componentName(components: readonly { code: string; name: { vi: string; en: string } }[], code: string): string {
  const component = components.find((c) => c.code === code);
  return component ? pickText(component.name) : code;
}

/** The label of an amendment's sub-kind (amend, supplement, re-issue after loss or damage). */
export function amendKindLabel(t: TFunction, kind: string | null): string {
  if (!kind) return t('common.empty');
  return isOneOf(AMEND_KINDS, kind) ? t(`dossiers.amendKinds.${kind}`) : kind;
}

const STATUSES = ['draft', 'submitted', 'supplement_requested', 'accepted', 'in_consultation', 'appraisal', 'decision_pending', 'approved', 'refused', 'issued', 'refusal_delivered', 'withdrawn'] as const;

/** The label of a dossier status given as a plain string (timeline entries); unknown codes as is. */
export function statusLabel(t: TFunction, status: string): string {
  return isOneOf(STATUSES, status) ? t(`dossiers.status.${status}`) : status;
}
