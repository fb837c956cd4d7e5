import { hasPermission, type Actor } from '../../domain/access/policy';
import type { WorkflowParty } from '../../domain/dossiers/workflow';

/** The parts of a dossier the policy looks at. */
export interface DossierAccessView {
  applicantUnitId: string | null;
}

/**
 * The workflow parties an actor plays on a dossier: the applicant (a representative of the NGO unit that filed
 * it), a COMINGO/MOFA officer (dossiers:process), a MOFA leader who signs (dossiers:decide, Decree 58/2022 Art. 7).
 */
export function partiesOf(actor: Actor, dossier: DossierAccessView): WorkflowParty[] {
  const parties: WorkflowParty[] = [];
  if (actor.role === 'ngo_representative' && actor.unitId !== null && actor.unitId === dossier.applicantUnitId) parties.push('applicant');
  if (hasPermission(actor, 'dossiers:process')) parties.push('officer');
  if (hasPermission(actor, 'dossiers:decide')) parties.push('leader');
  return parties;
}

/** Who may see a dossier: its applicant and MOFA. Everyone else gets 404 (its existence is not revealed). */
export function canViewDossier(actor: Actor, dossier: DossierAccessView): boolean {
  return partiesOf(actor, dossier).length > 0;
}

/** Only the applicant edits a draft's form and documents; an officer may add documents to a paper dossier. */
export function canEditContent(actor: Actor, dossier: DossierAccessView & { status: string; channel: string }): boolean {
  const parties = partiesOf(actor, dossier);
  if (parties.includes('applicant')) return dossier.status === 'draft' || dossier.status === 'supplement_requested';
  if (parties.includes('officer')) return dossier.channel !== 'online' && ['draft', 'submitted', 'supplement_requested'].includes(dossier.status);
  return false;
}
