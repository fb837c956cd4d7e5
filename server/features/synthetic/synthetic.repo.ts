import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client';
import { certificate, certificateArea, certificateDecision, certificateField, certificateVersion } from '../certificates/certificates.tables';
import { organization, organizationSnapshot, person, vietnamesePartner } from '../organizations/organizations.tables';
import type { SyntheticRows } from './synthetic-builder';
import { SYNTHETIC_CODE_PREFIX } from './synthetic-history';

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
const syntheticIds = sql`(select id from organization where registry_code like ${`${SYNTHETIC_CODE_PREFIX}%`})`;

/** Codes of the active fields (a certificate may only name these). */
export async function selectActiveFieldCodes(db: Executor): Promise<string[]> {
  return rowsOf(await db.execute(sql`select code from field where active order by sort_order`)).map((r) => String(r.code));
}

/** English and original names of the NGOs already recorded, and every certificate number (to stay unique). */
export async function selectTakenNamesAndNumbers(db: Executor): Promise<{ names: string[]; numbers: string[] }> {
  const names = rowsOf(await db.execute(sql`select name_en as a, name_original as b from organization`)).flatMap((r) => [String(r.a), String(r.b)]);
  const numbers = rowsOf(await db.execute(sql`select number from certificate`)).map((r) => String(r.number));
  return { names, numbers };
}

/** How many synthetic NGOs ('SYN-…' registry codes) the database holds. */
export async function countSyntheticOrganizations(db: Executor): Promise<number> {
  return Number(rowsOf(await db.execute(sql`select count(*)::int as n from organization where registry_code like ${`${SYNTHETIC_CODE_PREFIX}%`}`))[0]!.n);
}

/**
 * Deletes every synthetic NGO with its people, partners, certificates (areas, fields, versions and decisions
 * cascade) and profile snapshots. Returns how many NGOs were removed.
 */
export async function deleteSyntheticOrganizations(db: Executor): Promise<number> {
  const n = await countSyntheticOrganizations(db);
  if (!n) return 0;
  await db.execute(sql`update organization set current_certificate_id = null where id in ${syntheticIds}`);
  await db.execute(sql`delete from organization_snapshot where organization_id in ${syntheticIds}`);
  await db.execute(sql`delete from vietnamese_partner where organization_id in ${syntheticIds}`);
  await db.execute(sql`delete from certificate where organization_id in ${syntheticIds}`);
  await db.execute(sql`delete from person where organization_id in ${syntheticIds}`);
  await db.execute(sql`delete from organization where id in ${syntheticIds}`);
  return n;
}

type Keys<T extends PgTable> = readonly (keyof T['$inferInsert'] & string)[];

/** `name as (insert into table (cols) select … from jsonb_to_recordset($json) as x(key type, …))`. */
function insertCte<T extends PgTable>(name: string, table: T, keys: Keys<T>, rows: readonly object[]): SQL {
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  const definitions = keys.map((k) => `"${k}" ${columns[k]!.getSQLType()}`).join(', ');
  const targets = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const sources = keys.map((k) => `x."${k}"`).join(', ');
  return sql`${sql.raw(`${name} as (insert into "${getTableName(table)}" (${targets}) select ${sources} from jsonb_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(`::jsonb) as x(${definitions}))`)}`;
}

const ORGANIZATION_KEYS: Keys<typeof organization> = [
  'id', 'registryCode', 'unitId', 'nameOriginal', 'nameEn', 'nameVi', 'abbreviation', 'countryCode', 'legalForm', 'legalDocType', 'legalDocNumber',
  'legalDocIssuer', 'legalDocIssuedOn', 'homeRegistrationExpiresOn', 'hqAddress', 'phone', 'email', 'website', 'headName', 'headTitle', 'headNationality',
  'purposes', 'fundingSources', 'status', 'currentCertificateId', 'searchKeywords', 'peopleText', 'createdAt', 'updatedAt',
];
const PERSON_KEYS: Keys<typeof person> = ['id', 'organizationId', 'role', 'fullName', 'nationality', 'dateOfBirth', 'gender', 'passportNumber', 'passportExpiresOn', 'address', 'fromDate', 'toDate', 'createdAt'];
const PARTNER_KEYS: Keys<typeof vietnamesePartner> = ['id', 'organizationId', 'name', 'kind', 'provinceCode'];
const CERTIFICATE_KEYS: Keys<typeof certificate> = [
  'id', 'organizationId', 'type', 'legalBasis', 'number', 'issuedOn', 'validFrom', 'validTo', 'decisionStatus', 'officeCityCode', 'officeAddress',
  'representativePersonId', 'currentVersion', 'createdAt', 'updatedAt',
];
const AREA_KEYS: Keys<typeof certificateArea> = ['certificateId', 'provinceCode', 'legacyProvinceCode', 'nameAsWritten'];
const FIELD_KEYS: Keys<typeof certificateField> = ['certificateId', 'fieldCode'];
const VERSION_KEYS: Keys<typeof certificateVersion> = ['id', 'certificateId', 'versionNo', 'kind', 'effectiveOn', 'decisionNumber', 'note', 'snapshot', 'diff', 'createdAt', 'createdBy'];
const DECISION_KEYS: Keys<typeof certificateDecision> = ['id', 'certificateId', 'decisionStatus', 'effectiveOn', 'decisionNumber', 'reason', 'proposedBy', 'createdAt', 'createdBy'];
const SNAPSHOT_KEYS: Keys<typeof organizationSnapshot> = ['organizationId', 'effectiveOn', 'recordedAt', 'snapshot'];

/**
 * Inserts one batch of synthetic rows in a single statement (one data-modifying CTE per table, each reading a
 * JSON array through jsonb_to_recordset). One statement lets the organisation ↔ certificate foreign keys, which
 * point both ways, be checked once at its end; every foreign key and check constraint still applies.
 */
export async function insertSyntheticRows(db: Executor, rows: SyntheticRows): Promise<void> {
  const certificates = rows.certificates.map((c) => ({ ...c, updatedAt: c.createdAt }));
  const ctes = [
    insertCte('o', organization, ORGANIZATION_KEYS, rows.organizations),
    insertCte('p', person, PERSON_KEYS, rows.people),
    insertCte('vp', vietnamesePartner, PARTNER_KEYS, rows.partners),
    insertCte('c', certificate, CERTIFICATE_KEYS, certificates),
    insertCte('a', certificateArea, AREA_KEYS, rows.areas),
    insertCte('f', certificateField, FIELD_KEYS, rows.fields),
    insertCte('v', certificateVersion, VERSION_KEYS, rows.versions),
    insertCte('d', certificateDecision, DECISION_KEYS, rows.decisions),
    insertCte('s', organizationSnapshot, SNAPSHOT_KEYS, rows.snapshots),
  ];
  await db.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
  // The look-up rows, as recordRegistryChange refreshes them, in the batch's transaction.
  await db.execute(sql`select refresh_organization_search(array(select jsonb_array_elements_text(${JSON.stringify(rows.organizations.map((o) => o.id))}::jsonb)::uuid))`);
}

/** Refreshes planner statistics (and, on PostgreSQL, the visibility map and GIN pending lists) after a bulk load. */
export async function analyzeRegistryTables(db: Executor): Promise<void> {
  await db.execute(
    sql`vacuum analyze organization, person, vietnamese_partner, certificate, certificate_area, certificate_field, certificate_version, certificate_decision, organization_snapshot, organization_search`,
  );
}
