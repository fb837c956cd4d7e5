import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { appUser } from '../accounts/accounts.tables';
import { certificate, certificateArea, certificateField } from '../certificates/certificates.tables';
import { organization } from '../organizations/organizations.tables';
import { field } from '../reference/reference.tables';
import type { ExistingCertificate, ExistingOrganization, RegisterMatches } from './registry-import.plan';
import { registryImport, registryImportRow } from './registry-import.tables';

export type ImportRow = typeof registryImport.$inferSelect;
export type ImportRowInsert = typeof registryImport.$inferInsert;
export type ImportDataRow = typeof registryImportRow.$inferSelect;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Inserts an import batch. */
export async function insertImport(db: Executor, values: ImportRowInsert): Promise<ImportRow> {
  const [row] = await db.insert(registryImport).values(values).returning();
  return row!;
}

/** Inserts data rows of a batch (the caller chunks them). */
export async function insertRows(db: Executor, rows: (typeof registryImportRow.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(registryImportRow).values(rows);
}

/** A batch with the username of its creator; `forUpdate` locks it. */
export async function selectImport(db: Executor, id: string, forUpdate = false) {
  const q = db.select({ batch: registryImport, createdByUsername: appUser.username }).from(registryImport).innerJoin(appUser, eq(appUser.id, registryImport.createdBy)).where(eq(registryImport.id, id));
  const rows = forUpdate ? await q.for('update', { of: registryImport }) : await q;
  return rows[0] ?? null;
}

/** The latest batches, newest first. */
export async function selectRecentImports(db: Executor, limit: number) {
  return db
    .select({ batch: registryImport, createdByUsername: appUser.username })
    .from(registryImport)
    .innerJoin(appUser, eq(appUser.id, registryImport.createdBy))
    .orderBy(desc(registryImport.createdAt), desc(registryImport.id))
    .limit(limit);
}

/** Updates a batch (and its updated_at); with `onlyIfStatus`, only while it is still in that status. */
export async function updateImport(db: Executor, id: string, values: Partial<ImportRowInsert>, onlyIfStatus?: ImportRow['status']): Promise<void> {
  await db
    .update(registryImport)
    .set({ ...values, updatedAt: sql`now()` })
    .where(onlyIfStatus ? and(eq(registryImport.id, id), eq(registryImport.status, onlyIfStatus)) : eq(registryImport.id, id));
}

/** The day (dd/mm/yyyy, Vietnam) another batch of the very same file was committed, or null. */
export async function selectCommittedWithSameFile(db: Executor, id: string, sha256: string): Promise<string | null> {
  const [row] = rowsOf<{ day: string }>(
    await db.execute(sql`select to_char(committed_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') as day from registry_import
      where file_sha256 = ${sha256} and status = 'committed' and id <> ${id}::uuid order by committed_at desc limit 1`),
  );
  return row?.day ?? null;
}

/** Deletes the data rows of a batch. */
export async function deleteRows(db: Executor, importId: string): Promise<void> {
  await db.delete(registryImportRow).where(eq(registryImportRow.importId, importId));
}

/** Moves a batch from one status to another only if it is still in `from`; false when it was not. */
export async function updateStatusIf(db: Executor, id: string, from: ImportRow['status'], to: ImportRow['status']): Promise<boolean> {
  const rows = await db
    .update(registryImport)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(registryImport.id, id), eq(registryImport.status, from)))
    .returning({ id: registryImport.id });
  return rows.length > 0;
}

/** Every data row of a batch (row number and values, plus the dry run's decision), in file order. */
export async function selectAllRows(db: Executor, importId: string) {
  return db
    .select({ rowNo: registryImportRow.rowNo, values: registryImportRow.values, action: registryImportRow.action, organizationId: registryImportRow.organizationId })
    .from(registryImportRow)
    .where(eq(registryImportRow.importId, importId))
    .orderBy(asc(registryImportRow.rowNo));
}

/** Writes the checks of many rows in one statement. */
export async function updateRowResults(
  db: Executor,
  importId: string,
  results: { rowNo: number; issues: unknown[]; hasErrors: boolean; action: string | null; organizationId: string | null }[],
): Promise<void> {
  if (!results.length) return;
  const json = JSON.stringify(results.map((r) => ({ row_no: r.rowNo, issues: r.issues, has_errors: r.hasErrors, action: r.action, organization_id: r.organizationId })));
  await db.execute(sql`update registry_import_row r
      set issues = v.issues, has_errors = v.has_errors, action = v.action, organization_id = v.organization_id
      from jsonb_to_recordset(${json}::jsonb) as v(row_no int, issues jsonb, has_errors boolean, action text, organization_id uuid)
      where r.import_id = ${importId}::uuid and r.row_no = v.row_no`);
}

/** Rows with errors, rows with warnings, and rows per planned action. */
export async function selectRowCounts(db: Executor, importId: string) {
  const [row] = rowsOf<{ errors: number; warnings: number; creates: number; updates: number; unchanged: number }>(
    await db.execute(sql`select
        count(*) filter (where has_errors)::int as errors,
        count(*) filter (where issues @> '[{"severity":"warning"}]'::jsonb)::int as warnings,
        count(*) filter (where action = 'create' and not has_errors)::int as creates,
        count(*) filter (where action = 'update' and not has_errors)::int as updates,
        count(*) filter (where action = 'unchanged' and not has_errors)::int as unchanged
      from registry_import_row where import_id = ${importId}::uuid`),
  );
  return row!;
}

/** A page of rows with issues (or all rows), after row number `after`. */
export async function selectRowsPage(db: Executor, importId: string, only: 'errors' | 'warnings' | 'all', after: number, limit: number): Promise<ImportDataRow[]> {
  const filters: SQL[] = [eq(registryImportRow.importId, importId), gt(registryImportRow.rowNo, after)];
  if (only === 'errors') filters.push(eq(registryImportRow.hasErrors, true));
  if (only === 'warnings') filters.push(sql`${registryImportRow.issues} @> '[{"severity":"warning"}]'::jsonb`);
  return db.select().from(registryImportRow).where(and(...filters)).orderBy(asc(registryImportRow.rowNo)).limit(limit);
}

/** The active fields (lĩnh vực) of the configurable list. */
export async function selectActiveFields(db: Executor) {
  return db.select({ code: field.code, nameVi: field.nameVi, nameEn: field.nameEn }).from(field).where(eq(field.active, true)).orderBy(asc(field.sortOrder));
}

/**
 * What the register already holds for a chunk of rows: the certificates with these numbers, the organisations
 * whose English or original name equals one of these names (compared with vn_norm, like the duplicate check of
 * organisation data entry), and those organisations with all their certificates.
 */
export async function selectRegisterMatches(db: Executor, numbers: string[], names: string[]): Promise<RegisterMatches> {
  const byNumber = numbers.length
    ? await db.select({ organizationId: certificate.organizationId, number: certificate.number }).from(certificate).where(inArray(certificate.number, numbers))
    : [];
  const byName = names.length
    ? rowsOf<{ name: string; id: string }>(
        await db.execute(sql`with q as (select n as name, vn_norm(n) as k from jsonb_array_elements_text(${JSON.stringify(names)}::jsonb) n),
            o as (select id, vn_norm(name_en) as ken, vn_norm(name_original) as kor from organization)
          select q.name, o.id from q join o on o.ken = q.k
          union select q.name, o.id from q join o on o.kor = q.k`),
      )
    : [];
  const organizationIdsByName = new Map<string, string[]>();
  for (const { name, id } of byName) organizationIdsByName.set(name, [...(organizationIdsByName.get(name) ?? []), id]);
  const ids = [...new Set([...byNumber.map((c) => c.organizationId), ...byName.map((r) => r.id)])];
  const organizations = new Map<string, ExistingOrganization>();
  const wanted = new Set(numbers);
  const certificateByNumber = new Map<string, ExistingCertificate>();
  if (!ids.length) return { certificateByNumber, organizationIdsByName, organizations };

  const [orgs, certs] = await Promise.all([
    db.select().from(organization).where(inArray(organization.id, ids)),
    db.select().from(certificate).where(inArray(certificate.organizationId, ids)),
  ]);
  const certIds = certs.map((c) => c.id);
  const [areas, fields] = certIds.length
    ? await Promise.all([
        db.select().from(certificateArea).where(inArray(certificateArea.certificateId, certIds)),
        db.select().from(certificateField).where(inArray(certificateField.certificateId, certIds)),
      ])
    : [[], []];
  for (const o of orgs) {
    const own = certs
      .filter((c) => c.organizationId === o.id)
      .map(
        (c): ExistingCertificate => ({
          organizationId: o.id,
          number: c.number,
          type: c.type,
          issuedOn: c.issuedOn,
          validFrom: c.validFrom,
          validTo: c.validTo,
          decisionStatus: c.decisionStatus,
          officeCityCode: c.officeCityCode,
          areas: areas.filter((a) => a.certificateId === c.id).map((a) => ({ provinceCode: a.provinceCode, legacyProvinceCode: a.legacyProvinceCode })),
          fieldCodes: fields.filter((f) => f.certificateId === c.id).map((f) => f.fieldCode),
        }),
      );
    for (const c of own) if (wanted.has(c.number)) certificateByNumber.set(c.number, c);
    organizations.set(o.id, {
      id: o.id,
      registryCode: o.registryCode,
      nameOriginal: o.nameOriginal,
      nameEn: o.nameEn,
      nameVi: o.nameVi,
      abbreviation: o.abbreviation,
      countryCode: o.countryCode,
      legalForm: o.legalForm,
      homeRegistrationExpiresOn: o.homeRegistrationExpiresOn,
      hqAddress: o.hqAddress,
      email: o.email,
      phone: o.phone,
      headName: o.headName,
      certificates: own,
    });
  }
  return { certificateByNumber, organizationIdsByName, organizations };
}
