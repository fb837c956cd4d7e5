import type { Deps } from '../../platform/deps';
import { recordCertificate, type RecordCertificateInput } from '../certificates/certificates.service';
import { createOrganization, updateOrganization } from '../organizations/organizations.service';
import type { CheckedRow } from './registry-import.check';
import type { RowAction } from './registry-import.plan';
import type { CertificateRecord } from './registry-import.rows';
import type { ImportContext } from './registry-import.service';

/** A failure while writing one row of a commit (the whole commit is rolled back). */
export class RowCommitError extends Error {
  constructor(
    readonly rowNo: number,
    override readonly cause: unknown,
  ) {
    super(`row ${rowNo}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RowCommitError';
  }
}

/** The certificate of a row as the certificates service records it (areas by the name as written, old names mapped). */
function certificateInput(c: CertificateRecord): RecordCertificateInput {
  return {
    type: c.type,
    number: c.number,
    issuedOn: c.issuedOn,
    validFrom: c.validFrom,
    validTo: c.validTo,
    decisionStatus: 'in_force',
    officeCityCode: c.officeCityCode,
    officeAddress: c.officeAddress,
    isAtPartyOrStatePremises: false,
    ...(c.representative ? { representative: { fullName: c.representative.fullName, nationality: c.representative.nationality, passportNumber: c.representative.passportNumber } } : {}),
    areas: c.areas.map((a) => ({ name: a.nameAsWritten })),
    fields: c.fieldCodes,
  };
}

/** A row as written by the commit: its action and the organisation it created or updated. */
export interface WrittenRow {
  rowNo: number;
  issues: CheckedRow['issues'];
  hasErrors: false;
  action: RowAction;
  organizationId: string;
}

/**
 * Writes the checked rows inside the caller's transaction (`deps.db` is that transaction; each service call
 * runs in a savepoint of it), only through the organisations and certificates services so their rules, audit
 * entries and profile snapshots apply exactly as for one-by-one data entry.
 * @throws RowCommitError with the row number when any row fails (the caller's transaction then rolls back)
 */
export async function commitPlannedRows(deps: Pick<Deps, 'db' | 'clock'>, ctx: ImportContext, rows: CheckedRow[]): Promise<WrittenRow[]> {
  const written: WrittenRow[] = [];
  for (const row of rows) {
    const { record, plan } = row;
    if (!record || !plan?.action) throw new RowCommitError(row.rowNo, new Error('row without a plan'));
    try {
      let organizationId = plan.organizationId;
      if (plan.action === 'create') {
        const created = await createOrganization(deps, ctx, { ...record.organization, people: [], partners: [] });
        organizationId = created.organization.id;
      } else if (plan.action === 'update' && Object.keys(plan.changes).length) {
        await updateOrganization(deps, ctx, organizationId!, plan.changes);
      }
      if (plan.action === 'create' || plan.recordCertificate) await recordCertificate(deps, ctx, organizationId!, certificateInput(record.certificate));
      written.push({ rowNo: row.rowNo, issues: row.issues, hasErrors: false, action: plan.action, organizationId: organizationId! });
    } catch (error) {
      throw new RowCommitError(row.rowNo, error);
    }
  }
  return written;
}
