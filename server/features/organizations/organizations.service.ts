import { reportingFlagOf } from '../reporting/reports.service';
import type { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import type { Actor } from '../../domain/access/policy';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../platform/http/errors';
import { appendAudit, listEntityTrail } from '../audit/audit.service';
import { listCertificateContents, listDecisions, listVersions, type CertificateContent } from '../certificates/certificates.service';
import type { personInputSchema } from '../certificates/certificates.schemas';
import { COUNTRIES } from '../reference/seed/countries';
import { findUnitById } from '../units/units.service';
import * as searchRepo from './organizations-search.repo';
import { isInScope } from './organizations-search.repo';
import { registryScopeOf } from './organizations.policy';
import * as repo from './organizations.repo';
import type { createOrganizationBodySchema, updateOrganizationBodySchema } from './organizations.schemas';

type OrgDeps = Pick<Deps, 'db' | 'clock'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
/** Input of createOrganization (the request body). */
export type CreateOrganizationInput = z.input<typeof createOrganizationBodySchema>;
/** Input of updateOrganization (the request body). */
export type UpdateOrganizationInput = z.input<typeof updateOrganizationBodySchema>;
type PersonInput = Omit<z.input<typeof personInputSchema>, 'id'>;

/** Identity of an organisation as kept in profile snapshots. */
export type OrganizationContent = Omit<repo.OrganizationRow, 'searchText' | 'searchKeywords' | 'currentCertificateId' | 'createdAt' | 'updatedAt'> & { updatedAt: string };
/** A person as kept in profile snapshots. */
export type PersonContent = Omit<repo.PersonRow, 'organizationId' | 'createdAt'>;
/** The whole profile of an organisation: what `organization_snapshot` stores after every change. */
export interface ProfileContent {
  organization: OrganizationContent;
  currentCertificateId: string | null;
  certificates: CertificateContent[];
  people: PersonContent[];
  partners: { name: string; kind: string | null; provinceCode: string | null }[];
}

const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));

function countryIssues(pairs: [path: string, code: string | null | undefined][]): FieldError[] {
  return pairs
    .filter(([, code]) => code && !COUNTRY_CODES.has(code))
    .map(([path]) => ({ path, code: 'unknown_country', message: { vi: 'Mã quốc gia không hợp lệ.', en: 'Unknown country code.' } }));
}

async function unitIssues(db: Executor, unitId: string | null | undefined): Promise<FieldError[]> {
  if (!unitId) return [];
  const unit = await findUnitById(db, unitId);
  if (unit?.kind === 'ngo') return [];
  return [{ path: 'unitId', code: 'not_an_ngo_unit', message: { vi: 'Đơn vị phải là tài khoản của một tổ chức PCPNN.', en: 'The unit must be an NGO unit.' } }];
}

const personValues = (p: PersonInput) => ({
  role: p.role,
  fullName: p.fullName,
  nationality: p.nationality ?? null,
  dateOfBirth: p.dateOfBirth ?? null,
  gender: p.gender ?? null,
  passportNumber: p.passportNumber ?? null,
  passportExpiresOn: p.passportExpiresOn ?? null,
  address: p.address ?? null,
  fromDate: p.fromDate ?? null,
  toDate: p.toDate ?? null,
});

/** Locks an organisation for a change (null when it does not exist). */
export function lockOrganization(tx: Executor, id: string) {
  return repo.selectOrganization(tx, id, true);
}

/** Adds a person (representative, head of office, staff) to an organisation. @throws ValidationError */
export async function addPersonTo(tx: Executor, organizationId: string, input: PersonInput) {
  const issues = countryIssues([['representative.nationality', input.nationality]]);
  if (issues.length) throw new ValidationError(issues);
  return repo.insertPerson(tx, { organizationId, ...personValues(input) });
}

/** @throws ValidationError when the person does not belong to the organisation. */
export async function assertPersonOf(tx: Executor, organizationId: string, personId: string, path: string): Promise<void> {
  const [found] = await repo.selectPeopleByIds(tx, [personId]);
  if (found?.organizationId !== organizationId) {
    throw new ValidationError([{ path, code: 'unknown_person', message: { vi: 'Người này không thuộc tổ chức.', en: 'This person does not belong to the organisation.' } }]);
  }
}

/** Full names of an organisation's people by id. */
export async function peopleNamesOf(tx: Executor, organizationId: string): Promise<Map<string, string>> {
  return new Map((await repo.selectPeople(tx, organizationId)).map((p) => [p.id, p.fullName]));
}

/** Reads the current full profile content of an organisation (null when it does not exist). */
export async function buildProfileContent(db: Executor, id: string): Promise<ProfileContent | null> {
  const org = await repo.selectOrganization(db, id);
  if (!org) return null;
  const [people, partners] = await Promise.all([repo.selectPeople(db, id), repo.selectPartners(db, id)]);
  const certificates = await listCertificateContents(db, id, new Map(people.map((p) => [p.id, p.fullName])));
  const { searchText: _s, searchKeywords: _k, currentCertificateId, createdAt: _c, updatedAt, ...identity } = org;
  return {
    organization: { ...identity, updatedAt: updatedAt.toISOString() },
    currentCertificateId,
    certificates,
    people: people.map(({ organizationId: _o, createdAt: _p, ...p }) => p),
    partners: partners.map((p) => ({ name: p.name, kind: p.kind, provinceCode: p.provinceCode })),
  };
}

/**
 * After any change to an organisation or its certificates (inside that change's transaction): refreshes the
 * current certificate, search keywords and the look-up row (organization_search), and stores a profile
 * snapshot effective on `effectiveOn`, so the profile can be shown as of any past date.
 */
export async function recordRegistryChange(tx: Executor, organizationId: string, effectiveOn: string): Promise<ProfileContent> {
  await repo.refreshDerivedColumns(tx, organizationId);
  await searchRepo.refreshSearchRows(tx, [organizationId]);
  const content = (await buildProfileContent(tx, organizationId))!;
  await repo.insertSnapshot(tx, { organizationId, effectiveOn, snapshot: content });
  return content;
}

/**
 * Creates an NGO record (MOFA data entry of an existing NGO), with its people and partners; the registry code is
 * assigned from a sequence. @throws ValidationError, ConflictError organization_exists
 */
export async function createOrganization(deps: OrgDeps, ctx: Ctx, input: CreateOrganizationInput): Promise<ProfileContent> {
  const today = vnDateOf(deps.clock.now());
  const issues = [
    ...countryIssues([['countryCode', input.countryCode], ['headNationality', input.headNationality], ...(input.people ?? []).map((p, i) => [`people.${i}.nationality`, p.nationality] as [string, string | null | undefined])]),
    ...(await unitIssues(deps.db, input.unitId)),
  ];
  if (issues.length) throw new ValidationError(issues);
  return deps.db.transaction(async (tx) => {
    const same = await repo.selectOrganizationsNamed(tx, input.nameEn, input.nameOriginal);
    if (same.length) {
      throw new ConflictError('organization_exists', { vi: 'Đã có tổ chức cùng tên trong cơ sở dữ liệu.', en: 'An organisation with this name already exists.' }, { id: same[0]!.id, registryCode: same[0]!.registryCode });
    }
    const { people = [], partners = [], ...fields } = input;
    const org = await repo.insertOrganization(tx, await repo.nextRegistryCode(tx), nullify(fields));
    for (const p of people) await repo.insertPerson(tx, { organizationId: org.id, ...personValues(p) });
    await repo.replacePartners(tx, org.id, partners.map((p) => ({ name: p.name, kind: p.kind ?? null, provinceCode: p.provinceCode ?? null })));
    const content = await recordRegistryChange(tx, org.id, today);
    await appendAudit(tx, ctx, { action: 'organization.create', entityType: 'organization', entityId: org.id, after: auditView(content) });
    return content;
  });
}

/** Optional input fields → nullable columns. */
function nullify<T extends Record<string, unknown>>(values: T): { [K in keyof T]: Exclude<T[K], undefined> | null } & repo.OrganizationInsert {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? null])) as never;
}

/** What the audit log keeps of a profile: identity, people (without personal documents), partners. */
function auditView(c: ProfileContent) {
  return {
    organization: c.organization,
    people: c.people.map((p) => ({ id: p.id, role: p.role, fullName: p.fullName, nationality: p.nationality })),
    partners: c.partners,
  };
}

/** Edits an organisation's identity, people and partners. @throws NotFoundError, ValidationError */
export async function updateOrganization(deps: OrgDeps, ctx: Ctx, id: string, input: UpdateOrganizationInput): Promise<ProfileContent> {
  const today = vnDateOf(deps.clock.now());
  const issues = [
    ...countryIssues([['countryCode', input.countryCode], ['headNationality', input.headNationality], ...(input.people ?? []).map((p, i) => [`people.${i}.nationality`, p.nationality] as [string, string | null | undefined])]),
    ...(await unitIssues(deps.db, input.unitId)),
  ];
  if (issues.length) throw new ValidationError(issues);
  return deps.db.transaction(async (tx) => {
    if (!(await repo.selectOrganization(tx, id, true))) throw new NotFoundError('organization');
    const before = (await buildProfileContent(tx, id))!;
    const { people, partners, ...fields } = input;
    const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v ?? null]));
    if (Object.keys(changed).length) await repo.updateOrganizationRow(tx, id, changed);
    for (const [i, p] of (people ?? []).entries()) {
      if (!p.id) await repo.insertPerson(tx, { organizationId: id, ...personValues(p) });
      else if (!(await repo.updatePerson(tx, p.id, id, personValues(p)))) {
        throw new ValidationError([{ path: `people.${i}.id`, code: 'unknown_person', message: { vi: 'Người này không thuộc tổ chức.', en: 'This person does not belong to the organisation.' } }]);
      }
    }
    if (partners) await repo.replacePartners(tx, id, partners.map((p) => ({ name: p.name, kind: p.kind ?? null, provinceCode: p.provinceCode ?? null })));
    const after = await recordRegistryChange(tx, id, today);
    await appendAudit(tx, ctx, { action: 'organization.update', entityType: 'organization', entityId: id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** A profile as the registry shows it: the content (current or as of a day), version chains and audit trail. */
export interface ProfileView {
  content: ProfileContent;
  versions: Awaited<ReturnType<typeof listVersions>>;
  decisions: Awaited<ReturnType<typeof listDecisions>>;
  trail: Awaited<ReturnType<typeof listEntityTrail>>;
  asOf: string | null;
  statusDate: string;
  /** Reporting up to date / overdue (issue 7): internal profile only. */
  reporting: { upToDate: boolean; overdue: number; lastFiledOn: string | null };
}

/**
 * Loads an NGO's profile for an actor, now or as of a past day (from organization_snapshot). Outside the actor's
 * scope the NGO does not exist (404). @throws NotFoundError
 */
export async function getProfile(deps: OrgDeps, actor: Actor, id: string, asOf?: string): Promise<ProfileView> {
  if (!(await isInScope(deps.db, id, registryScopeOf(actor)))) throw new NotFoundError('organization');
  return loadProfile(deps, id, asOf);
}

/** Loads a profile without a scope check (callers check scope first). @throws NotFoundError */
export async function loadProfile(deps: OrgDeps, id: string, asOf?: string): Promise<ProfileView> {
  const today = vnDateOf(deps.clock.now());
  let content: ProfileContent | null;
  if (asOf) {
    const snapshot = await repo.selectSnapshotAsOf(deps.db, id, asOf);
    content = snapshot ? (snapshot.snapshot as ProfileContent) : null;
  } else content = await buildProfileContent(deps.db, id);
  if (!content) throw new NotFoundError(asOf ? 'organization_as_of' : 'organization');
  const ids = content.certificates.map((c) => c.id);
  const until = asOf ?? null;
  const [versions, decisions, trail, reporting] = await Promise.all([listVersions(deps.db, ids), listDecisions(deps.db, ids), listEntityTrail(deps.db, [id, ...ids]), reportingFlagOf(deps, id, today)]);
  return {
    content,
    versions: until ? versions.filter((v) => v.effectiveOn <= until) : versions,
    decisions: until ? decisions.filter((d) => d.effectiveOn <= until) : decisions,
    trail: until ? trail.filter((e) => vnDateOf(e.occurredAt) <= until) : trail,
    asOf: until,
    statusDate: until ?? today,
    reporting,
  };
}

/** An organisation row by id (null when absent), for other features. */
export function findOrganization(db: Executor, id: string) {
  return repo.selectOrganization(db, id);
}
