import type { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import { highlightRanges } from '../../../common/highlight';
import { isLegacyCertificateType } from '../../../common/registry';
import { certificateStatus } from '../../domain/registry/certificate-status';
import type { FieldChange } from '../../domain/registry/certificate-diff';
import { addDays } from '../../domain/calendar/iso-day';
import type { certificateSchema } from '../certificates/certificates.schemas';
import type { CertificateContent } from '../certificates/certificates.service';
import type { Actor } from '../../domain/access/policy';
import type { SearchResult } from './organizations-search.service';
import { certificateAbilities, organizationAbilities } from './organizations.policy';
import type { ProfileView } from './organizations.service';
import type { highlightSchema, organizationListItemSchema, organizationListSchema, organizationProfileSchema, timelineEventSchema } from './organizations.schemas';

type ListItem = z.infer<typeof organizationListItemSchema>;

/** Highlight ranges of every searched text that matches the query (empty object without a query). */
function highlightOf(q: string | undefined, texts: Record<keyof z.infer<typeof highlightSchema>, string | null>): z.infer<typeof highlightSchema> {
  if (!q) return {};
  const out: z.infer<typeof highlightSchema> = {};
  for (const [key, value] of Object.entries(texts) as [keyof typeof texts, string | null][]) {
    const ranges = value ? highlightRanges(value, q) : [];
    if (ranges.length) out[key] = ranges;
  }
  return out;
}

/** The rows of a result page in the order the search returned them. */
export function presentListItems(result: SearchResult): ListItem[] {
  const { organizations, areas, fields, people } = result.details;
  const byId = new Map(organizations.map((r) => [r.organization.id, r]));
  const names = new Map(people.map((p) => [p.id, p.fullName]));
  return result.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { organization: o, certificate: c } = row;
    const representativeName = c?.representativePersonId ? (names.get(c.representativePersonId) ?? null) : null;
    const item: ListItem = {
      id: o.id,
      registryCode: o.registryCode,
      nameOriginal: o.nameOriginal,
      nameEn: o.nameEn,
      nameVi: o.nameVi,
      abbreviation: o.abbreviation,
      countryCode: o.countryCode,
      certificate: c
        ? {
            id: c.id,
            type: c.type,
            number: c.number,
            status: certificateStatus(c.decisionStatus, c.validTo, result.today),
            validFrom: c.validFrom,
            validTo: c.validTo,
            officeCityCode: c.officeCityCode,
            isLegacy: isLegacyCertificateType(c.type),
          }
        : null,
      provinceCodes: c ? [...new Set(areas.filter((a) => a.certificateId === c.id).map((a) => a.provinceCode))].sort() : [],
      fieldCodes: c ? fields.filter((f) => f.certificateId === c.id).map((f) => f.fieldCode) : [],
      representativeName,
      highlight: highlightOf(result.q, {
        nameOriginal: o.nameOriginal,
        nameEn: o.nameEn,
        nameVi: o.nameVi,
        abbreviation: o.abbreviation,
        certificateNumber: c?.number ?? null,
        representativeName,
      }),
    };
    return [item];
  });
}

/** The internal look-up response. */
export function presentList(result: SearchResult): z.infer<typeof organizationListSchema> {
  return { items: presentListItems(result), nextCursor: result.nextCursor };
}

/** A certificate with its derived status (on the view's status date), version chain, decisions and abilities. */
export function presentCertificate(c: CertificateContent, view: ProfileView, actor: Pick<Actor, 'role'>): z.infer<typeof certificateSchema> {
  const { versions, decisions, statusDate } = view;
  return {
    id: c.id,
    organizationId: view.content.organization.id,
    type: c.type,
    legalBasis: c.legalBasis,
    number: c.number,
    issuedOn: c.issuedOn,
    validFrom: c.validFrom,
    validTo: c.validTo,
    decisionStatus: c.decisionStatus,
    status: certificateStatus(c.decisionStatus, c.validTo, statusDate),
    officeCityCode: c.officeCityCode,
    officeAddress: c.officeAddress,
    representative: c.representativePersonId ? { id: c.representativePersonId, fullName: c.representativeName ?? '' } : null,
    currentVersion: c.currentVersion,
    areas: c.areas,
    fields: c.fields,
    versions: versions
      .filter((v) => v.certificateId === c.id)
      .map((v) => ({
        versionNo: v.versionNo,
        kind: v.kind,
        effectiveOn: v.effectiveOn,
        decisionNumber: v.decisionNumber,
        note: v.note,
        diff: (v.diff as FieldChange[] | null) ?? null,
        createdAt: v.createdAt.toISOString(),
      })),
    decisions: decisions
      .filter((d) => d.certificateId === c.id)
      .map((d) => ({ decisionStatus: d.decisionStatus, effectiveOn: d.effectiveOn, decisionNumber: d.decisionNumber, reason: d.reason, proposedBy: d.proposedBy, createdAt: d.createdAt.toISOString() })),
    abilities: certificateAbilities(actor, c, view.asOf !== null),
  };
}

/** Events of the profile's timeline, newest first: versions, status decisions, expiries and record changes. */
function timelineOf(view: ProfileView): z.infer<typeof timelineEventSchema>[] {
  const numberOf = new Map(view.content.certificates.map((c) => [c.id, c.number]));
  const events: z.infer<typeof timelineEventSchema>[] = view.versions.map((v) => ({
    date: v.effectiveOn,
    kind: `certificate.${v.kind}`,
    certificateId: v.certificateId,
    certificateNumber: numberOf.get(v.certificateId) ?? null,
    versionNo: v.versionNo,
    decisionNumber: v.decisionNumber,
    actor: null,
  }));
  for (const d of view.decisions) {
    events.push({
      date: d.effectiveOn,
      kind: d.decisionStatus === 'in_force' ? 'certificate.suspension_lifted' : `certificate.${d.decisionStatus}`,
      certificateId: d.certificateId,
      certificateNumber: numberOf.get(d.certificateId) ?? null,
      versionNo: null,
      decisionNumber: d.decisionNumber,
      actor: null,
    });
  }
  for (const c of view.content.certificates) {
    const status = certificateStatus(c.decisionStatus, c.validTo, view.statusDate);
    if (status === 'expired') {
      events.push({ date: addDays(c.validTo, 1), kind: 'certificate.expired', certificateId: c.id, certificateNumber: c.number, versionNo: null, decisionNumber: null, actor: null });
    }
  }
  for (const e of view.trail) {
    events.push({
      date: vnDateOf(e.occurredAt),
      kind: `record.${e.action}`,
      certificateId: e.entityType === 'certificate' ? e.entityId : null,
      certificateNumber: e.entityType === 'certificate' && e.entityId ? (numberOf.get(e.entityId) ?? null) : null,
      versionNo: null,
      decisionNumber: null,
      actor: e.actorUsername,
    });
  }
  return events.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** The internal NGO profile (with people's personal data: internal only) and what `actor` may do on it. */
export function presentProfile(view: ProfileView, actor: Pick<Actor, 'role'>): z.infer<typeof organizationProfileSchema> {
  const { organization: o, certificates, currentCertificateId, people, partners } = view.content;
  const present = (c: CertificateContent) => presentCertificate(c, view, actor);
  const current = certificates.find((c) => c.id === currentCertificateId);
  return {
    id: o.id,
    registryCode: o.registryCode,
    unitId: o.unitId,
    nameOriginal: o.nameOriginal,
    nameEn: o.nameEn,
    nameVi: o.nameVi,
    abbreviation: o.abbreviation,
    countryCode: o.countryCode,
    legalForm: o.legalForm,
    legalStatus: { docType: o.legalDocType, docNumber: o.legalDocNumber, issuer: o.legalDocIssuer, issuedOn: o.legalDocIssuedOn, homeRegistrationExpiresOn: o.homeRegistrationExpiresOn },
    hqAddress: o.hqAddress,
    phone: o.phone,
    email: o.email,
    website: o.website,
    head: { name: o.headName, title: o.headTitle, nationality: o.headNationality },
    purposes: o.purposes,
    fundingSources: o.fundingSources,
    status: o.status,
    currentCertificate: current ? present(current) : null,
    certificates: [...certificates].reverse().map(present),
    people: people.map((p) => ({
      id: p.id,
      role: p.role,
      fullName: p.fullName,
      nationality: p.nationality,
      dateOfBirth: p.dateOfBirth,
      gender: p.gender,
      passportNumber: p.passportNumber,
      passportExpiresOn: p.passportExpiresOn,
      address: p.address,
      fromDate: p.fromDate,
      toDate: p.toDate,
    })),
    partners,
    timeline: timelineOf(view),
    asOf: view.asOf,
    statusDate: view.statusDate,
    abilities: organizationAbilities(actor, view.asOf !== null),
    reporting: view.reporting,
    updatedAt: o.updatedAt,
  };
}
