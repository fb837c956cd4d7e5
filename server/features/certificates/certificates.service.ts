import type { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import { isLegacyCertificateType, isRepresentativeOfficeType, type CertificateType } from '../../../common/registry';
import { diffCertificateSnapshots } from '../../domain/registry/certificate-diff';
import { checkRepresentativeOffice } from '../../domain/registry/representative-office';
import { allowedDecisions, isDecisionAllowed } from '../../domain/registry/status-decisions';
import type { RuleIssue } from '../../domain/registry/rule-issue';
import { checkCertificateValidity } from '../../domain/registry/validity';
import type { Executor } from '../../platform/db/client';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { addPersonTo, assertPersonOf, lockOrganization, peopleNamesOf, recordRegistryChange } from '../organizations/organizations.service';
import { PROVINCES } from '../reference/seed/provinces';
import { resolveProvinceName } from '../reference/seed/province-names';
import * as repo from './certificates.repo';
import type { addVersionBodySchema, areaInputSchema, recordCertificateBodySchema, recordDecisionBodySchema } from './certificates.schemas';

type CertDeps = Pick<Deps, 'db' | 'clock'>;
type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;
/** Input of recordCertificate (the request body). */
export type RecordCertificateInput = z.input<typeof recordCertificateBodySchema>;
/** Input of addCertificateVersion (the request body). */
export type AddVersionInput = z.input<typeof addVersionBodySchema>;
/** Input of recordStatusDecision (the request body). */
export type RecordDecisionInput = z.input<typeof recordDecisionBodySchema>;

/** The content of a certificate as kept in its version snapshots and in the organisation's profile snapshots. */
export interface CertificateContent {
  id: string;
  type: CertificateType;
  legalBasis: repo.CertificateRow['legalBasis'];
  number: string;
  issuedOn: string;
  validFrom: string;
  validTo: string;
  decisionStatus: repo.CertificateRow['decisionStatus'];
  officeCityCode: string | null;
  officeAddress: string | null;
  representativePersonId: string | null;
  representativeName: string | null;
  currentVersion: number;
  areas: { provinceCode: string; legacyProvinceCode: string | null; nameAsWritten: string | null }[];
  fields: string[];
}

const CURRENT_CODES = new Set(PROVINCES.map((p) => p.code));
const invalid = (issues: RuleIssue[]) => new ValidationError(issues.map((i) => ({ path: i.path, code: i.code, message: i.message })));

/** Resolves the areas as entered (codes or names as written, old names mapped to today's 34). @throws ValidationError */
function resolveAreas(areas: z.input<typeof areaInputSchema>[], path: string): CertificateContent['areas'] {
  const issues: RuleIssue[] = [];
  const resolved = areas.map((area, i) => {
    if (area.provinceCode) {
      if (!CURRENT_CODES.has(area.provinceCode)) {
        issues.push({ path: `${path}.${i}.provinceCode`, code: 'unknown_province', message: { vi: 'Mã tỉnh không thuộc 34 tỉnh, thành phố hiện hành.', en: 'Not one of the 34 current provinces.' } });
      }
      return { provinceCode: area.provinceCode, legacyProvinceCode: null, nameAsWritten: area.name ?? null };
    }
    const match = resolveProvinceName(area.name!);
    if (!match) {
      issues.push({ path: `${path}.${i}.name`, code: 'unknown_province_name', message: { vi: `Không nhận ra tên tỉnh "${area.name}".`, en: `Unknown province name "${area.name}".` } });
      return { provinceCode: '', legacyProvinceCode: null, nameAsWritten: area.name! };
    }
    return { provinceCode: match.provinceCode, legacyProvinceCode: match.legacyCode, nameAsWritten: area.name! };
  });
  if (issues.length) throw invalid(issues);
  return resolved;
}

async function assertKnownFields(db: Executor, codes: string[], path: string): Promise<string[]> {
  const unique = [...new Set(codes)];
  const known = await repo.selectKnownFieldCodes(db, unique);
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length) {
    throw invalid(unknown.map((c) => ({ path, code: 'unknown_field', message: { vi: `Lĩnh vực "${c}" không có trong danh mục.`, en: `Unknown field "${c}".` } })));
  }
  return unique.sort();
}

/** Full content of an organisation's certificates (areas, fields, representative names), oldest first. */
export async function listCertificateContents(db: Executor, organizationId: string, peopleNames: Map<string, string>): Promise<CertificateContent[]> {
  const rows = await repo.selectCertificatesOf(db, organizationId);
  const ids = rows.map((r) => r.id);
  const [areas, fields] = await Promise.all([repo.selectAreas(db, ids), repo.selectFieldCodes(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    legalBasis: r.legalBasis,
    number: r.number,
    issuedOn: r.issuedOn,
    validFrom: r.validFrom,
    validTo: r.validTo,
    decisionStatus: r.decisionStatus,
    officeCityCode: r.officeCityCode,
    officeAddress: r.officeAddress,
    representativePersonId: r.representativePersonId,
    representativeName: r.representativePersonId ? (peopleNames.get(r.representativePersonId) ?? null) : null,
    currentVersion: r.currentVersion,
    areas: areas.filter((a) => a.certificateId === r.id).map(({ provinceCode, legacyProvinceCode, nameAsWritten }) => ({ provinceCode, legacyProvinceCode, nameAsWritten })),
    fields: fields.filter((f) => f.certificateId === r.id).map((f) => f.fieldCode),
  }));
}

/** The version chains of the given certificates. */
export function listVersions(db: Executor, certificateIds: string[]) {
  return repo.selectVersions(db, certificateIds);
}

/** The status decisions on the given certificates. */
export function listDecisions(db: Executor, certificateIds: string[]) {
  return repo.selectDecisions(db, certificateIds);
}

/** What a version snapshot holds: the certificate's content without bookkeeping. */
function versionSnapshot(c: CertificateContent): Record<string, unknown> {
  const { id: _id, currentVersion: _v, ...content } = c;
  return content;
}

async function contentOf(tx: Executor, organizationId: string, certificateId: string): Promise<CertificateContent> {
  const peopleNames = await peopleNamesOf(tx, organizationId);
  const all = await listCertificateContents(tx, organizationId, peopleNames);
  return all.find((c) => c.id === certificateId)!;
}

/**
 * Records an existing certificate (a paper certificate of Decree 58/2022 or a legacy one of Decree 12/2012) for
 * an NGO: checks the validity caps (Art. 9) and, for a representative office, Art. 8; writes the certificate,
 * version 1, the audit entry and a profile snapshot in one transaction.
 * @throws NotFoundError, ValidationError, ConflictError certificate_number_taken
 */
export async function recordCertificate(deps: CertDeps, ctx: Ctx, organizationId: string, input: RecordCertificateInput) {
  const today = vnDateOf(deps.clock.now());
  const areas = resolveAreas(input.areas, 'areas');
  return deps.db.transaction(async (tx) => {
    const org = await lockOrganization(tx, organizationId);
    if (!org) throw new NotFoundError('organization');
    const fields = await assertKnownFields(tx, input.fields, 'fields');
    const validFrom = input.validFrom ?? input.issuedOn;
    const issues = checkCertificateValidity({ type: input.type, issuedOn: input.issuedOn, validFrom, validTo: input.validTo, homeRegistrationExpiresOn: org.homeRegistrationExpiresOn });
    if (isRepresentativeOfficeType(input.type)) {
      const others = (input.decisionStatus ?? 'in_force') === 'in_force' && input.validTo >= today ? await repo.countRepresentativeOfficesInForce(tx, organizationId, today) : 0;
      issues.push(...checkRepresentativeOffice({ officeCityCode: input.officeCityCode ?? null, isAtPartyOrStatePremises: input.isAtPartyOrStatePremises ?? false, otherOfficesInForce: others }));
    } else if (input.officeCityCode) {
      issues.push({ path: 'officeCityCode', code: 'office_only_for_rep_office', message: { vi: 'Chỉ Văn phòng đại diện mới có thành phố đặt trụ sở.', en: 'Only a representative office has an office city.' } });
    }
    if (issues.length) throw invalid(issues);
    if (await repo.selectCertificateByNumber(tx, input.number)) {
      throw new ConflictError('certificate_number_taken', { vi: 'Số giấy đăng ký đã tồn tại.', en: 'This certificate number already exists.' }, { field: 'number' });
    }
    let representativePersonId = input.representativePersonId ?? null;
    if (input.representative) {
      const role = isRepresentativeOfficeType(input.type) ? 'head_of_office' : 'representative';
      representativePersonId = (await addPersonTo(tx, organizationId, { ...input.representative, role, fromDate: input.representative.fromDate ?? validFrom })).id;
    } else if (representativePersonId) {
      await assertPersonOf(tx, organizationId, representativePersonId, 'representativePersonId');
    }
    const row = await repo.insertCertificate(tx, {
      organizationId,
      type: input.type,
      legalBasis: isLegacyCertificateType(input.type) ? '12/2012/NĐ-CP' : '58/2022/NĐ-CP',
      number: input.number,
      issuedOn: input.issuedOn,
      validFrom,
      validTo: input.validTo,
      decisionStatus: input.decisionStatus ?? 'in_force',
      officeCityCode: input.officeCityCode ?? null,
      officeAddress: input.officeAddress ?? null,
      representativePersonId,
    });
    await repo.replaceAreas(tx, row.id, dedupeAreas(areas));
    await repo.replaceFields(tx, row.id, fields);
    const content = await contentOf(tx, organizationId, row.id);
    await repo.insertVersion(tx, {
      certificateId: row.id,
      versionNo: 1,
      kind: 'issued',
      effectiveOn: input.issuedOn,
      decisionNumber: input.decisionNumber ?? null,
      snapshot: versionSnapshot(content),
      diff: null,
      createdBy: ctx.actor.userId,
    });
    await appendAudit(tx, ctx, { action: 'certificate.record', entityType: 'certificate', entityId: row.id, after: { organizationId, ...versionSnapshot(content) } });
    await recordRegistryChange(tx, organizationId, input.issuedOn);
    return content;
  });
}

function dedupeAreas(areas: CertificateContent['areas']): CertificateContent['areas'] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const key = `${a.provinceCode}|${a.legacyProvinceCode ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Records an amendment, supplement, re-issue or extension decided by MOFA (Decree 58/2022 Art. 12-13, 16-17):
 * checks the rules (only an extension moves valid_to, within the Art. 9 caps counted from its effective date;
 * Art. 8 for a moved office), updates the certificate, appends the version with its field-level diff, the audit
 * entry and a profile snapshot, in one transaction. Legacy Decree 12/2012 certificates are read-only.
 * @throws NotFoundError, ValidationError, ConflictError
 */
export async function addCertificateVersion(deps: CertDeps, ctx: Ctx, certificateId: string, input: AddVersionInput) {
  const changes = input.changes ?? {};
  const areas = changes.areas ? resolveAreas(changes.areas, 'changes.areas') : undefined;
  return deps.db.transaction(async (tx) => {
    const current = await repo.selectCertificate(tx, certificateId);
    if (!current) throw new NotFoundError('certificate');
    const org = await lockOrganization(tx, current.organizationId);
    const cert = (await repo.selectCertificate(tx, certificateId, true))!;
    if (isLegacyCertificateType(cert.type)) {
      throw new ConflictError('legacy_certificate_read_only', { vi: 'Giấy đăng ký theo Nghị định 12/2012 chỉ được lưu, không được sửa đổi.', en: 'Decree 12/2012 certificates are read-only.' }, { type: cert.type });
    }
    if (cert.decisionStatus !== 'in_force') {
      throw new ConflictError('certificate_not_in_force', { vi: 'Giấy đăng ký không còn hiệu lực thi hành.', en: 'The certificate is not in force.' }, { decisionStatus: cert.decisionStatus });
    }
    const versions = await repo.selectVersions(tx, [certificateId]);
    const last = versions[versions.length - 1]!;
    const issues: RuleIssue[] = [];
    if (input.effectiveOn < last.effectiveOn) {
      issues.push({ path: 'effectiveOn', code: 'effective_before_previous_version', message: { vi: `Ngày hiệu lực phải từ ${last.effectiveOn} trở đi.`, en: `The effective date must be on or after ${last.effectiveOn}.` } });
    }
    if (changes.validTo !== undefined && input.kind !== 'extended') {
      issues.push({ path: 'changes.validTo', code: 'valid_to_only_by_extension', message: { vi: 'Chỉ gia hạn mới thay đổi thời hạn.', en: 'Only an extension changes the end date.' } });
    }
    if (input.kind === 'extended') {
      if (!changes.validTo || changes.validTo <= cert.validTo) {
        issues.push({ path: 'changes.validTo', code: 'extension_must_move_valid_to', message: { vi: 'Gia hạn phải có thời hạn mới sau thời hạn hiện tại.', en: 'An extension needs a new end date after the current one.' } });
      } else {
        // The extended term is capped like a new certificate issued on the extension's effective date (Art. 9, 12).
        const capIssues = checkCertificateValidity({ type: cert.type, issuedOn: input.effectiveOn, validFrom: input.effectiveOn, validTo: changes.validTo, homeRegistrationExpiresOn: org!.homeRegistrationExpiresOn });
        issues.push(...capIssues.filter((i) => i.path === 'validTo').map((i) => ({ ...i, path: 'changes.validTo' })));
      }
    }
    if (changes.officeCityCode !== undefined || changes.isAtPartyOrStatePremises !== undefined) {
      if (cert.type !== 'rep_office') {
        issues.push({ path: 'changes.officeCityCode', code: 'office_only_for_rep_office', message: { vi: 'Chỉ Văn phòng đại diện mới có thành phố đặt trụ sở.', en: 'Only a representative office has an office city.' } });
      } else {
        const officeIssues = checkRepresentativeOffice({ officeCityCode: changes.officeCityCode ?? cert.officeCityCode, isAtPartyOrStatePremises: changes.isAtPartyOrStatePremises ?? false, otherOfficesInForce: 0 });
        issues.push(...officeIssues.map((i) => ({ ...i, path: `changes.${i.path}` })));
      }
    }
    if (changes.number && changes.number !== cert.number && (await repo.selectCertificateByNumber(tx, changes.number))) {
      throw new ConflictError('certificate_number_taken', { vi: 'Số giấy đăng ký đã tồn tại.', en: 'This certificate number already exists.' }, { field: 'changes.number' });
    }
    const fields = changes.fields ? await assertKnownFields(tx, changes.fields, 'changes.fields') : undefined;
    if (issues.length) throw invalid(issues);

    const before = await contentOf(tx, cert.organizationId, certificateId);
    let representativePersonId = changes.representativePersonId ?? cert.representativePersonId;
    if (changes.representative) {
      const role = cert.type === 'rep_office' ? 'head_of_office' : 'representative';
      representativePersonId = (await addPersonTo(tx, cert.organizationId, { ...changes.representative, role, fromDate: changes.representative.fromDate ?? input.effectiveOn })).id;
    } else if (changes.representativePersonId) {
      await assertPersonOf(tx, cert.organizationId, changes.representativePersonId, 'changes.representativePersonId');
    }
    await repo.updateCertificateRow(tx, certificateId, {
      number: changes.number ?? cert.number,
      validTo: changes.validTo ?? cert.validTo,
      officeCityCode: changes.officeCityCode ?? cert.officeCityCode,
      officeAddress: changes.officeAddress ?? cert.officeAddress,
      representativePersonId,
      currentVersion: cert.currentVersion + 1,
    });
    if (areas) await repo.replaceAreas(tx, certificateId, dedupeAreas(areas));
    if (fields) await repo.replaceFields(tx, certificateId, fields);
    const after = await contentOf(tx, cert.organizationId, certificateId);
    const diff = diffCertificateSnapshots(versionSnapshot(before), versionSnapshot(after));
    if (!diff.length && input.kind !== 'reissued') {
      throw new ValidationError([{ path: 'changes', code: 'no_change', message: { vi: 'Không có nội dung thay đổi.', en: 'Nothing changes.' } }]);
    }
    const version = await repo.insertVersion(tx, {
      certificateId,
      versionNo: cert.currentVersion + 1,
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      decisionNumber: input.decisionNumber ?? null,
      note: input.note ?? null,
      snapshot: versionSnapshot(after),
      diff,
      createdBy: ctx.actor.userId,
    });
    await appendAudit(tx, ctx, { action: `certificate.${input.kind}`, entityType: 'certificate', entityId: certificateId, before: versionSnapshot(before), after: versionSnapshot(after) });
    await recordRegistryChange(tx, cert.organizationId, input.effectiveOn);
    return { certificate: after, version, organizationId: cert.organizationId };
  });
}

/**
 * Records MOFA's decision to suspend, terminate or revoke a certificate, or to lift a suspension (Decree 58/2022
 * Art. 7, Chapter IV): checks the transition, stores the decision, sets the certificate's decided status, and
 * appends the audit entry and a profile snapshot effective on the decision's date, in one transaction.
 * @throws NotFoundError, ConflictError decision_not_allowed (with the current status and the allowed decisions)
 */
export async function recordStatusDecision(deps: CertDeps, ctx: Ctx, certificateId: string, input: RecordDecisionInput) {
  return deps.db.transaction(async (tx) => {
    const found = await repo.selectCertificate(tx, certificateId);
    if (!found) throw new NotFoundError('certificate');
    await lockOrganization(tx, found.organizationId);
    const cert = (await repo.selectCertificate(tx, certificateId, true))!;
    if (!isDecisionAllowed(cert.decisionStatus, input.decisionStatus)) {
      throw new ConflictError(
        'decision_not_allowed',
        { vi: 'Không thể ra quyết định này với trạng thái hiện tại của Giấy đăng ký.', en: 'This decision is not possible in the certificate’s current status.' },
        { currentStatus: cert.decisionStatus, allowed: allowedDecisions(cert.decisionStatus) },
      );
    }
    const decision = await repo.insertDecision(tx, {
      certificateId,
      decisionStatus: input.decisionStatus,
      effectiveOn: input.effectiveOn,
      decisionNumber: input.decisionNumber,
      reason: input.reason ?? null,
      proposedBy: input.proposedBy ?? null,
      createdBy: ctx.actor.userId,
    });
    await repo.updateCertificateRow(tx, certificateId, { decisionStatus: input.decisionStatus });
    await appendAudit(tx, ctx, {
      action: `certificate.decision.${input.decisionStatus}`,
      entityType: 'certificate',
      entityId: certificateId,
      before: { decisionStatus: cert.decisionStatus },
      after: { decisionStatus: input.decisionStatus, effectiveOn: input.effectiveOn, decisionNumber: input.decisionNumber, reason: decision.reason },
    });
    await recordRegistryChange(tx, cert.organizationId, input.effectiveOn);
    return { decision, organizationId: cert.organizationId };
  });
}

/** A certificate row by id (null when absent), for other features. */
export function findCertificate(db: Executor, id: string) {
  return repo.selectCertificate(db, id);
}
