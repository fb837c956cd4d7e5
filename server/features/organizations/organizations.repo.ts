import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { certificate, certificateArea, certificateField } from '../certificates/certificates.tables';
import { organization, organizationSnapshot, person, vietnamesePartner } from './organizations.tables';

export type OrganizationRow = typeof organization.$inferSelect;
export type OrganizationInsert = Omit<typeof organization.$inferInsert, 'searchText' | 'registryCode'>;
export type PersonRow = typeof person.$inferSelect;
export type PartnerRow = typeof vietnamesePartner.$inferSelect;

/** The next registry code: 'INGO-000001', … */
export async function nextRegistryCode(db: Executor): Promise<string> {
  const result = await db.execute(sql`select nextval('organization_registry_seq')::int as n`);
  const n = Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
  return `INGO-${String(n).padStart(6, '0')}`;
}

/** Inserts an organisation with its registry code. */
export async function insertOrganization(db: Executor, registryCode: string, values: OrganizationInsert): Promise<OrganizationRow> {
  const [row] = await db
    .insert(organization)
    .values({ ...values, registryCode })
    .returning();
  return row!;
}

/** Updates an organisation’s columns and its updated_at. */
export async function updateOrganizationRow(db: Executor, id: string, values: Partial<OrganizationInsert>): Promise<OrganizationRow> {
  const [row] = await db
    .update(organization)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(organization.id, id))
    .returning();
  return row!;
}

/** An organisation by id; `forUpdate` locks it (serialises changes to one NGO). */
export async function selectOrganization(db: Executor, id: string, forUpdate = false): Promise<OrganizationRow | null> {
  const q = db.select().from(organization).where(eq(organization.id, id));
  const rows = forUpdate ? await q.for('update') : await q;
  return rows[0] ?? null;
}

/** Organisations with the same English or original name (folded), to refuse duplicates. */
export async function selectOrganizationsNamed(db: Executor, nameEn: string, nameOriginal: string): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(organization)
    .where(sql`vn_norm(${organization.nameEn}) = vn_norm(${nameEn}) or vn_norm(${organization.nameOriginal}) = vn_norm(${nameOriginal})`);
}

/** People of an organisation, in the order they were recorded. */
export async function selectPeople(db: Executor, organizationId: string): Promise<PersonRow[]> {
  return db.select().from(person).where(eq(person.organizationId, organizationId)).orderBy(asc(person.createdAt), asc(person.id));
}

/** People by id (any organisation). */
export async function selectPeopleByIds(db: Executor, ids: string[]): Promise<PersonRow[]> {
  if (!ids.length) return [];
  return db.select().from(person).where(inArray(person.id, ids));
}

/** Inserts a person. */
export async function insertPerson(db: Executor, values: typeof person.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(person).values(values).returning();
  return row!;
}

/** Updates a person of the given organisation (null when it is not one of its people). */
export async function updatePerson(db: Executor, id: string, organizationId: string, values: Partial<typeof person.$inferInsert>): Promise<PersonRow | null> {
  const [row] = await db
    .update(person)
    .set(values)
    .where(and(eq(person.id, id), eq(person.organizationId, organizationId)))
    .returning();
  return row ?? null;
}

/** Vietnamese partners of an organisation, by name. */
export async function selectPartners(db: Executor, organizationId: string): Promise<PartnerRow[]> {
  return db.select().from(vietnamesePartner).where(eq(vietnamesePartner.organizationId, organizationId)).orderBy(asc(vietnamesePartner.name));
}

/** Replaces the partner list of an organisation. */
export async function replacePartners(db: Executor, organizationId: string, partners: Omit<typeof vietnamesePartner.$inferInsert, 'organizationId'>[]): Promise<void> {
  await db.delete(vietnamesePartner).where(eq(vietnamesePartner.organizationId, organizationId));
  if (partners.length) await db.insert(vietnamesePartner).values(partners.map((p) => ({ ...p, organizationId })));
}

/**
 * Points the organisation at its current certificate (the latest issued) and refreshes `search_keywords`
 * (certificate numbers, feeding the generated search_text) and `people_text` (names of representatives and
 * heads of office, searched internally only).
 */
export async function refreshDerivedColumns(db: Executor, organizationId: string): Promise<void> {
  await db.execute(sql`update organization o set
      current_certificate_id = (select c.id from certificate c where c.organization_id = o.id order by c.issued_on desc, c.created_at desc limit 1),
      search_keywords = coalesce((select string_agg(c.number, ' ' order by c.issued_on) from certificate c where c.organization_id = o.id), ''),
      people_text = coalesce(vn_norm((select string_agg(p.full_name, ' ' order by p.created_at) from person p
        where p.organization_id = o.id and p.role in ('representative', 'head_of_office'))), '')
    where o.id = ${organizationId}::uuid`);
}

/** Appends a profile snapshot. */
export async function insertSnapshot(db: Executor, values: typeof organizationSnapshot.$inferInsert): Promise<void> {
  await db.insert(organizationSnapshot).values(values);
}

/** The profile as it stood on `day`: the latest snapshot effective on or before it. */
export async function selectSnapshotAsOf(db: Executor, organizationId: string, day: string) {
  const rows = await db
    .select()
    .from(organizationSnapshot)
    .where(and(eq(organizationSnapshot.organizationId, organizationId), lte(organizationSnapshot.effectiveOn, day)))
    .orderBy(desc(organizationSnapshot.effectiveOn), desc(organizationSnapshot.id))
    .limit(1);
  return rows[0] ?? null;
}

/** What a result row of the look-up shows: the organisation, its current certificate, areas, fields, representative. */
export async function selectListDetails(db: Executor, ids: string[]) {
  if (!ids.length) return { organizations: [], areas: [], fields: [], people: [] };
  const organizations = await db
    .select({ organization, certificate })
    .from(organization)
    .leftJoin(certificate, eq(certificate.id, organization.currentCertificateId))
    .where(inArray(organization.id, ids));
  const certificateIds = organizations.flatMap((r) => (r.certificate ? [r.certificate.id] : []));
  const personIds = organizations.flatMap((r) => (r.certificate?.representativePersonId ? [r.certificate.representativePersonId] : []));
  const [areas, fields, people] = await Promise.all([
    certificateIds.length ? db.select().from(certificateArea).where(inArray(certificateArea.certificateId, certificateIds)) : Promise.resolve([]),
    certificateIds.length ? db.select().from(certificateField).where(inArray(certificateField.certificateId, certificateIds)) : Promise.resolve([]),
    selectPeopleByIds(db, personIds),
  ]);
  return { organizations, areas, fields, people };
}
