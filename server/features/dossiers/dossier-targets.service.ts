import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import { eligibleTargetProcedures } from '../../domain/procedures/target-eligibility';
import { certificateStatus } from '../../domain/registry/certificate-status';
import type { Executor } from '../../platform/db/client';
import { buildProfileContent } from '../organizations/organizations.service';
import { applicationFromRegistry } from './dossier-prefill';
import * as repo from './dossiers.repo';
import type { Application, DossierDeps } from './dossiers.service';

/** A certificate of the NGO's own organisations, with its status and the procedures it can be the target of. */
export type MyCertificate = Awaited<ReturnType<typeof repo.selectUnitCertificates>>[number] & {
  status: ReturnType<typeof certificateStatus>;
  eligibleProcedures: ReturnType<typeof eligibleTargetProcedures>;
};

/**
 * The certificates an NGO account may extend or amend: those of the organisations whose unit is the actor's
 * (Decree 58/2022 Art. 12, 13, 16, 17; eligibility in `eligibleTargetProcedures`). Scoped in SQL: another NGO's
 * certificates are never read. An account without a unit has none.
 */
export async function listMyCertificates(deps: Pick<DossierDeps, 'db' | 'clock'>, actor: Actor): Promise<MyCertificate[]> {
  if (!actor.unitId) return [];
  const today = vnDateOf(deps.clock.now());
  const rows = await repo.selectUnitCertificates(deps.db, actor.unitId);
  return rows.map((row) => ({ ...row, status: certificateStatus(row.decisionStatus, row.validTo, today), eligibleProcedures: eligibleTargetProcedures(row, today) }));
}

/** The application of an amend / extend dossier as the registry has it for the target certificate (empty when unknown). */
export async function prefillFromRegistry(db: Executor, organizationId: string, certificateId: string): Promise<Application> {
  const profile = await buildProfileContent(db, organizationId);
  return profile ? applicationFromRegistry(profile, certificateId) : {};
}
