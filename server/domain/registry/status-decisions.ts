import type { DecisionStatus } from '../../../common/registry';

/**
 * Status decisions MOFA may take on a certificate, by its current decided status — Decree 58/2022 Art. 7 (MOFA
 * decides suspension, termination and revocation) and Chapter IV (grounds and procedure; article split
 * unconfirmed, brief §4). A suspension can be lifted ('in_force'), or followed by termination or revocation;
 * termination and revocation are final.
 */
export const DECISION_TRANSITIONS: Readonly<Record<DecisionStatus, readonly DecisionStatus[]>> = {
  in_force: ['suspended', 'terminated', 'revoked'],
  suspended: ['in_force', 'terminated', 'revoked'],
  terminated: [],
  revoked: [],
};

/** The decisions allowed from `current` (Decree 58/2022 Art. 7, Chapter IV). */
export function allowedDecisions(current: DecisionStatus): readonly DecisionStatus[] {
  return DECISION_TRANSITIONS[current];
}

/** True when MOFA may move a certificate from `current` to `next` (Decree 58/2022 Art. 7, Chapter IV). */
export function isDecisionAllowed(current: DecisionStatus, next: DecisionStatus): boolean {
  return DECISION_TRANSITIONS[current].includes(next);
}
