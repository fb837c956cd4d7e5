import type { TFunction } from 'i18next';
import { formatDate } from '../../components/format';
import type { MyCertificate, Procedure, ProcedureCode } from './types';

/** True for the procedures that act on a certificate the NGO already holds (extend, amend / supplement / re-issue). */
export function needsTargetCertificate(procedure: Pick<Procedure, 'kind'>): boolean {
  return procedure.kind !== 'issue';
}

/**
 * The NGO's certificates that can be the target of `code`, as the server decided them (Decree 58/2022 Art. 12,
 * 13, 16, 17: a certificate in force of the procedure's type), latest end date first.
 */
export function eligibleTargets(certificates: readonly MyCertificate[], code: ProcedureCode): MyCertificate[] {
  return certificates.filter((c) => c.eligibleProcedures.includes(code)).sort((a, b) => b.validTo.localeCompare(a.validTo) || a.number.localeCompare(b.number));
}

/** The option text of a certificate: number, type and last valid day (dd/mm/yyyy). */
export function targetLabel(t: TFunction, certificate: Pick<MyCertificate, 'number' | 'type' | 'validTo'>): string {
  return t('dossiers.target.option', { number: certificate.number, type: t(`registry.types.${certificate.type}`), validTo: formatDate(certificate.validTo) });
}

/** Whether "Bắt đầu / Start" may open the draft: an amend or extend dossier needs its certificate chosen first. */
export function canStart(procedure: Pick<Procedure, 'kind'>, targetCertificateId: string | null): boolean {
  return !needsTargetCertificate(procedure) || targetCertificateId !== null;
}
