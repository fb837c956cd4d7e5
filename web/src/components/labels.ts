import type { TFunction } from 'i18next';
import type { Role, Unit } from '../api/types';
import type { Language } from '../i18n';

/** Every role code, in the order they are offered in selects. */
export const ROLES = [
  'system_admin',
  'mofa_officer',
  'mofa_leader',
  'agency_focal',
  'agency_viewer',
  'ngo_representative',
] as const satisfies readonly Role[];

/** The label of a role in the current language; an unknown code is shown as is. */
export function roleLabel(t: TFunction, role: string | null | undefined): string {
  if (!role) return '—';
  return (ROLES as readonly string[]).includes(role) ? t(`roles.${role as (typeof ROLES)[number]}`) : role;
}

/** Anything with a Vietnamese and an English name (units, provinces). */
export interface Named {
  nameVi: string;
  nameEn: string;
}

/** The unit's (or any named thing's) name in the given language, falling back to Vietnamese. */
export function localName(named: Named | null | undefined, language: Language): string {
  if (!named) return '—';
  return language === 'en' ? named.nameEn || named.nameVi : named.nameVi;
}

/** Unit kinds that suit a role, used to narrow the unit select; the server stays the authority. */
export function unitKindsForRole(role: Role | undefined): Unit['kind'][] | null {
  if (role === 'mofa_officer' || role === 'mofa_leader') return ['mofa'];
  if (role === 'agency_focal' || role === 'agency_viewer') return ['ministry', 'agency', 'province'];
  if (role === 'ngo_representative') return ['ngo'];
  return null;
}
