import { isLegacyCertificateType, type CertificateType, type DecisionStatus } from '../../../common/registry';
import { hasPermission, type Actor } from '../../domain/access/policy';
import { allowedDecisions } from '../../domain/registry/status-decisions';

/**
 * Which NGOs an actor may see in the registry (brief §1.2, issue 4 §3): MOFA, administrators and ministries or
 * central agencies see every NGO; a province's focal unit sees only NGOs whose current certificate covers its
 * province (an area of the certificate, or the representative office's city); anyone else sees none.
 */
export type RegistryScope = { kind: 'all' } | { kind: 'province'; provinceCode: string } | { kind: 'none' };

/** The registry scope of an actor (pure; the repository turns it into SQL). */
export function registryScopeOf(actor: Pick<Actor, 'role' | 'unitKind' | 'provinceCode'>): RegistryScope {
  if (!actor.role || actor.role === 'ngo_representative') return { kind: 'none' };
  if (actor.unitKind === 'province') return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : { kind: 'none' };
  if (actor.unitKind === 'mofa' || actor.unitKind === 'ministry' || actor.unitKind === 'agency') return { kind: 'all' };
  return { kind: 'none' };
}

/** What the UI may offer on an organisation (a past "as of" view is read-only). */
export function organizationAbilities(actor: Pick<Actor, 'role'>, isPastView: boolean) {
  const canManage = !isPastView && hasPermission(actor, 'registry:manage');
  return { canEdit: canManage, canRecordCertificate: canManage };
}

/**
 * What the UI may offer on a certificate: new versions only for a Decree 58/2022 certificate in force (legacy
 * Decree 12/2012 certificates are read-only), and the status decisions allowed from its current status.
 */
export function certificateAbilities(actor: Pick<Actor, 'role'>, certificate: { type: CertificateType; decisionStatus: DecisionStatus }, isPastView: boolean) {
  const canManage = !isPastView && hasPermission(actor, 'registry:manage');
  return {
    canAddVersion: canManage && !isLegacyCertificateType(certificate.type) && certificate.decisionStatus === 'in_force',
    allowedDecisions: canManage ? [...allowedDecisions(certificate.decisionStatus)] : [],
  };
}
