/**
 * Which of the six procedures a certificate the NGO already holds can be the target of: extending it or amending /
 * supplementing / re-issuing it (Decree 58/2022 Art. 12, 13 for an operation certificate; Art. 16, 17 for a
 * representative office certificate). Pure: the day is passed in.
 */
import type { CertificateType, DecisionStatus } from '../../../common/registry';
import { certificateStatus } from '../registry/certificate-status';
import type { ProcedureCode } from './procedure-types';

/** What the rule reads of a certificate. */
export interface TargetCandidate {
  readonly type: CertificateType;
  readonly decisionStatus: DecisionStatus;
  readonly validTo: string;
}

/** The procedures of a Decree 58/2022 certificate type that act on an existing certificate. */
const TARGET_PROCEDURES: Readonly<Partial<Record<CertificateType, readonly ProcedureCode[]>>> = {
  /** Operation certificate (Giấy đăng ký hoạt động): extend (Art. 12), amend / supplement / re-issue (Art. 13). */
  operation: ['operation.extend', 'operation.amend'],
  /** Representative office certificate (Giấy đăng ký lập Văn phòng đại diện): extend (Art. 16), amend (Art. 17). */
  rep_office: ['rep_office.extend', 'rep_office.amend'],
};

/**
 * The procedures `certificate` can be the target of on `today`, in catalogue order:
 * - only the two Decree 58/2022 types: the Decree 12/2012 types (legacy operation, project office, representative
 *   office) have no procedure any more — their holder applies for a new certificate (Art. 10, 14; brief §1);
 * - only a certificate in force: MOFA's decision is "in force" and `today` is not after its last valid day
 *   (`certificateStatus`, Art. 9). A suspended, terminated, revoked or expired certificate can be neither extended
 *   (Art. 12, 16: an extension continues a certificate that is still valid) nor amended or re-issued (Art. 13, 17).
 * The filing lead time of an extension (brief §3.2) is unconfirmed configuration and is not applied here.
 */
export function eligibleTargetProcedures(certificate: TargetCandidate, today: string): ProcedureCode[] {
  const procedures = TARGET_PROCEDURES[certificate.type] ?? [];
  if (certificateStatus(certificate.decisionStatus, certificate.validTo, today) !== 'valid') return [];
  return [...procedures];
}

/** True when `certificate` can be the target of `procedure` on `today` (see `eligibleTargetProcedures`). */
export function isEligibleTarget(certificate: TargetCandidate, procedure: ProcedureCode, today: string): boolean {
  return eligibleTargetProcedures(certificate, today).includes(procedure);
}
