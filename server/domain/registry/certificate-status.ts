import type { CertificateStatus, DecisionStatus } from '../../../common/registry';

/**
 * The status shown for a certificate, derived from MOFA's decision and the end date so that a certificate past
 * its end date reads "expired" without any job having run (Decree 58/2022 Art. 9; Chapter IV for suspension,
 * termination and revocation). A certificate is still valid on its `validTo` day and expired the day after.
 */
export function certificateStatus(decisionStatus: DecisionStatus, validTo: string, today: string): CertificateStatus {
  if (decisionStatus !== 'in_force') return decisionStatus;
  return today > validTo ? 'expired' : 'valid';
}
