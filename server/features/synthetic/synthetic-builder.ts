import { vnDayStart } from '../../../common/dates';
import { isLegacyCertificateType, isRepresentativeOfficeType, type CertificateType, type DecisionStatus, type VersionKind } from '../../../common/registry';
import { diffCertificateSnapshots } from '../../domain/registry/certificate-diff';
import type { certificate, certificateArea, certificateDecision, certificateField, certificateVersion } from '../certificates/certificates.tables';
import type { CertificateContent } from '../certificates/certificates.service';
import type { organization, organizationSnapshot, person, vietnamesePartner } from '../organizations/organizations.tables';
import type { ProfileContent } from '../organizations/organizations.service';
import type { AreaValue } from './synthetic-places';
import { vnNormJs } from './synthetic-text';

type OrganizationInsert = Omit<typeof organization.$inferInsert, 'searchText'> & { id: string };
type PersonInsert = typeof person.$inferInsert & { id: string; createdAt: Date };
type CertificateInsert = typeof certificate.$inferInsert & { id: string; createdAt: Date; currentVersion: number };

/** Every row of the synthetic register, per table, in insertion order. */
export interface SyntheticRows {
  organizations: OrganizationInsert[];
  people: PersonInsert[];
  partners: (typeof vietnamesePartner.$inferInsert)[];
  certificates: CertificateInsert[];
  areas: (typeof certificateArea.$inferInsert)[];
  fields: (typeof certificateField.$inferInsert)[];
  versions: (typeof certificateVersion.$inferInsert)[];
  decisions: (typeof certificateDecision.$inferInsert)[];
  snapshots: (typeof organizationSnapshot.$inferInsert)[];
}

/** Empty row lists. */
export const emptyRows = (): SyntheticRows => ({ organizations: [], people: [], partners: [], certificates: [], areas: [], fields: [], versions: [], decisions: [], snapshots: [] });

/** A person as entered with a certificate or a version (the services' person input). */
export type PersonSpec = Omit<PersonInsert, 'id' | 'organizationId' | 'createdAt'>;

/** A certificate as recorded from paper (the input of recordCertificate). */
export interface CertificateSpec {
  type: CertificateType;
  number: string;
  issuedOn: string;
  validTo: string;
  decisionNumber: string;
  officeCityCode: string | null;
  officeAddress: string | null;
  representative: PersonSpec | { existingId: string };
  areas: AreaValue[];
  fields: string[];
}

/** What a version changes (the input of addCertificateVersion). */
export interface VersionChanges {
  validTo?: string;
  officeAddress?: string;
  representative?: PersonSpec;
  areas?: AreaValue[];
  fields?: string[];
}

interface CertificateState {
  row: CertificateInsert;
  areas: AreaValue[];
  fields: string[];
}

const byProvince = (a: AreaValue, b: AreaValue) => (a.provinceCode < b.provinceCode ? -1 : a.provinceCode > b.provinceCode ? 1 : 0);

/**
 * Writes one NGO's history as the registry services would — createOrganization, recordCertificate,
 * addCertificateVersion, recordStatusDecision, each followed by recordRegistryChange — but into row lists for a
 * bulk insert instead of one transaction per step. Each step is stamped on its legal date (09:00 Vietnam time,
 * one second apart), as if it had been entered on that day. Audit entries are not written.
 */
export class RegistryBuilder {
  private readonly people: PersonInsert[] = [];
  private readonly certificates: CertificateState[] = [];
  private readonly partners: { name: string; kind: string | null; provinceCode: string | null }[] = [];
  private tick = 0;

  constructor(
    private readonly out: SyntheticRows,
    private readonly org: OrganizationInsert & { id: string },
    private readonly uuid: () => string,
  ) {}

  private stamp(day: string): Date {
    return new Date(vnDayStart(day).getTime() + 9 * 3_600_000 + this.tick++ * 1000);
  }

  /** createOrganization: the NGO with its initial people and partners, then a profile snapshot. */
  create(on: string, initialPeople: PersonSpec[], partners: { name: string; kind: string; provinceCode: string }[]): void {
    const at = this.stamp(on);
    this.org.createdAt = at;
    this.org.updatedAt = at;
    for (const p of initialPeople) this.addPerson(p, on);
    for (const p of partners) {
      this.partners.push(p);
      this.out.partners.push({ id: this.uuid(), organizationId: this.org.id, ...p });
    }
    this.snapshot(on);
  }

  private addPerson(spec: PersonSpec, on: string): PersonInsert {
    const row: PersonInsert = { ...spec, id: this.uuid(), organizationId: this.org.id, createdAt: this.stamp(on) };
    this.people.push(row);
    this.out.people.push(row);
    return row;
  }

  /** recordCertificate: certificate, areas, fields, version 1, then a snapshot effective on the issue date. */
  recordCertificate(spec: CertificateSpec): string {
    let representativePersonId: string;
    if ('existingId' in spec.representative) representativePersonId = spec.representative.existingId;
    else {
      const role = isRepresentativeOfficeType(spec.type) ? 'head_of_office' : 'representative';
      representativePersonId = this.addPerson({ ...spec.representative, role, fromDate: spec.representative.fromDate ?? spec.issuedOn }, spec.issuedOn).id;
    }
    const row: CertificateInsert = {
      id: this.uuid(),
      organizationId: this.org.id,
      type: spec.type,
      legalBasis: isLegacyCertificateType(spec.type) ? '12/2012/NĐ-CP' : '58/2022/NĐ-CP',
      number: spec.number,
      issuedOn: spec.issuedOn,
      validFrom: spec.issuedOn,
      validTo: spec.validTo,
      decisionStatus: 'in_force',
      officeCityCode: spec.officeCityCode,
      officeAddress: spec.officeAddress,
      representativePersonId,
      currentVersion: 1,
      createdAt: this.stamp(spec.issuedOn),
    };
    const state: CertificateState = { row, areas: [...spec.areas].sort(byProvince), fields: [...new Set(spec.fields)].sort() };
    this.certificates.push(state);
    this.out.certificates.push(row);
    this.out.versions.push({
      id: this.uuid(),
      certificateId: row.id,
      versionNo: 1,
      kind: 'issued',
      effectiveOn: spec.issuedOn,
      decisionNumber: spec.decisionNumber,
      note: null,
      snapshot: versionSnapshot(this.content(state)),
      diff: null,
      createdAt: row.createdAt,
      createdBy: null,
    });
    this.snapshot(spec.issuedOn);
    return row.id;
  }

  /** addCertificateVersion: updates the certificate, appends the version with its diff, then a snapshot. */
  addVersion(certificateId: string, kind: Exclude<VersionKind, 'issued'>, effectiveOn: string, decisionNumber: string, changes: VersionChanges, note: string | null = null): void {
    const state = this.certificates.find((c) => c.row.id === certificateId)!;
    const before = versionSnapshot(this.content(state));
    if (changes.representative) {
      const role = state.row.type === 'rep_office' ? 'head_of_office' : 'representative';
      state.row.representativePersonId = this.addPerson({ ...changes.representative, role, fromDate: changes.representative.fromDate ?? effectiveOn }, effectiveOn).id;
    }
    if (changes.validTo) state.row.validTo = changes.validTo;
    if (changes.officeAddress) state.row.officeAddress = changes.officeAddress;
    state.row.currentVersion += 1;
    if (changes.areas) state.areas = [...changes.areas].sort(byProvince);
    if (changes.fields) state.fields = [...new Set(changes.fields)].sort();
    const after = versionSnapshot(this.content(state));
    const diff = diffCertificateSnapshots(before, after);
    if (!diff.length && kind !== 'reissued') throw new Error(`synthetic ${kind} version without a change`);
    this.out.versions.push({
      id: this.uuid(),
      certificateId,
      versionNo: state.row.currentVersion,
      kind,
      effectiveOn,
      decisionNumber,
      note,
      snapshot: after,
      diff,
      createdAt: this.stamp(effectiveOn),
      createdBy: null,
    });
    this.snapshot(effectiveOn);
  }

  /** recordStatusDecision: the decision, the certificate's decided status, then a snapshot. */
  recordDecision(certificateId: string, decisionStatus: DecisionStatus, effectiveOn: string, decisionNumber: string, reason: string, proposedBy: string | null): void {
    const state = this.certificates.find((c) => c.row.id === certificateId)!;
    state.row.decisionStatus = decisionStatus;
    this.out.decisions.push({ id: this.uuid(), certificateId, decisionStatus, effectiveOn, decisionNumber, reason, proposedBy, createdAt: this.stamp(effectiveOn), createdBy: null });
    this.snapshot(effectiveOn);
  }

  /** The representative of a certificate (to reuse it on the next certificate). */
  representativeOf(certificateId: string): string | null {
    return this.certificates.find((c) => c.row.id === certificateId)?.row.representativePersonId ?? null;
  }

  /** Areas and fields of a certificate as they stand. */
  stateOf(certificateId: string): { areas: AreaValue[]; fields: string[]; validTo: string; officeCityCode: string | null } {
    const s = this.certificates.find((c) => c.row.id === certificateId)!;
    return { areas: s.areas, fields: s.fields, validTo: s.row.validTo, officeCityCode: s.row.officeCityCode ?? null };
  }

  /** Appends the organisation row with its derived columns (refreshDerivedColumns' values) and the final areas and fields. */
  finish(): void {
    this.out.organizations.push({ ...this.org, ...this.derived() });
    for (const { row, areas, fields } of this.certificates) {
      this.out.areas.push(...areas.map((a) => ({ certificateId: row.id, ...a })));
      this.out.fields.push(...fields.map((fieldCode) => ({ certificateId: row.id, fieldCode })));
    }
  }

  /** refreshDerivedColumns: current certificate (latest issued), certificate numbers, representatives' names. */
  private derived() {
    const byIssue = [...this.certificates].sort((a, b) => (a.row.issuedOn < b.row.issuedOn ? -1 : a.row.issuedOn > b.row.issuedOn ? 1 : a.row.createdAt.getTime() - b.row.createdAt.getTime()));
    const names = this.people.filter((p) => p.role === 'representative' || p.role === 'head_of_office').map((p) => p.fullName);
    return {
      currentCertificateId: byIssue.length ? byIssue[byIssue.length - 1]!.row.id : null,
      searchKeywords: byIssue.map((c) => c.row.number).join(' '),
      peopleText: names.length ? vnNormJs(names.join(' ')) : '',
    };
  }

  private content(state: CertificateState): CertificateContent {
    const r = state.row;
    const rep = this.people.find((p) => p.id === r.representativePersonId);
    return {
      id: r.id,
      type: r.type,
      legalBasis: r.legalBasis,
      number: r.number,
      issuedOn: r.issuedOn,
      validFrom: r.validFrom,
      validTo: r.validTo,
      decisionStatus: r.decisionStatus ?? 'in_force',
      officeCityCode: r.officeCityCode ?? null,
      officeAddress: r.officeAddress ?? null,
      representativePersonId: r.representativePersonId ?? null,
      representativeName: rep?.fullName ?? null,
      currentVersion: r.currentVersion,
      areas: state.areas.map((a) => ({ ...a })),
      fields: [...state.fields],
    };
  }

  /** recordRegistryChange: the whole profile as it stands, effective on `on`. */
  private snapshot(on: string): void {
    const { currentCertificateId, searchKeywords: _k, peopleText } = this.derived();
    const { createdAt: _c, updatedAt, currentCertificateId: _cc, searchKeywords: _sk, peopleText: _pt, ...identity } = this.org;
    const content: ProfileContent = {
      organization: { ...(identity as ProfileContent['organization']), peopleText, updatedAt: (updatedAt as Date).toISOString() },
      currentCertificateId,
      certificates: [...this.certificates].sort((a, b) => (a.row.issuedOn < b.row.issuedOn ? -1 : 1)).map((c) => this.content(c)),
      people: this.people.map(({ organizationId: _o, createdAt: _p, ...p }) => p as ProfileContent['people'][number]),
      partners: [...this.partners].sort((a, b) => (a.name < b.name ? -1 : 1)).map((p) => ({ ...p })),
    };
    this.out.snapshots.push({ organizationId: this.org.id, effectiveOn: on, recordedAt: this.stamp(on), snapshot: content });
  }
}

/** What a version snapshot holds: the certificate's content without bookkeeping (as the service's versionSnapshot). */
export function versionSnapshot(c: CertificateContent): Record<string, unknown> {
  const { id: _id, currentVersion: _v, ...content } = c;
  return content;
}
