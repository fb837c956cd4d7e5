import { isRepresentativeOfficeType, type CertificateType, type DecisionStatus } from '../../../common/registry';
import { checkCertificateValidity } from '../../domain/registry/validity';
import { COLUMN_BY_KEY, type ImportColumnKey } from './registry-import.columns';
import type { ImportIssue, OrganizationRecord, RowRecord } from './registry-import.rows';

/** A certificate already in the register, as the import compares it. */
export interface ExistingCertificate {
  organizationId: string;
  number: string;
  type: CertificateType;
  issuedOn: string;
  validFrom: string;
  validTo: string;
  decisionStatus: DecisionStatus;
  officeCityCode: string | null;
  areas: { provinceCode: string; legacyProvinceCode: string | null }[];
  fieldCodes: string[];
}

/** An organisation already in the register, with its certificates. */
export interface ExistingOrganization extends Required<Pick<OrganizationRecord, 'nameOriginal' | 'nameEn' | 'countryCode' | 'legalForm'>> {
  id: string;
  registryCode: string;
  nameVi: string | null;
  abbreviation: string | null;
  homeRegistrationExpiresOn: string | null;
  hqAddress: string | null;
  email: string | null;
  phone: string | null;
  headName: string | null;
  certificates: ExistingCertificate[];
}

/** What the register holds for a chunk of rows: certificates by number, organisations by the names written. */
export interface RegisterMatches {
  certificateByNumber: Map<string, ExistingCertificate>;
  /** Organisation ids whose English or original name equals (vn_norm) a name written in the file. */
  organizationIdsByName: Map<string, string[]>;
  organizations: Map<string, ExistingOrganization>;
}

/** What a commit does with one row. */
export type RowAction = 'create' | 'update' | 'unchanged';

/** The decision for one row: action, target organisation, changes to its identity, whether to record the certificate. */
export interface RowPlan {
  action: RowAction | null;
  organizationId: string | null;
  changes: Partial<OrganizationRecord>;
  recordCertificate: boolean;
  issues: ImportIssue[];
}

const IDENTITY_KEYS = ['nameOriginal', 'nameEn', 'nameVi', 'abbreviation', 'countryCode', 'legalForm', 'homeRegistrationExpiresOn', 'hqAddress', 'email', 'phone', 'headName'] as const;
const COLUMN_OF: Record<string, ImportColumnKey> = {
  validFrom: 'valid_from',
  validTo: 'valid_to',
  type: 'certificate_type',
  officeCityCode: 'office_city',
};

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
const areaKeys = (areas: { provinceCode: string; legacyProvinceCode: string | null }[]) => areas.map((a) => `${a.provinceCode}/${a.legacyProvinceCode ?? ''}`);

/** Columns where a row's certificate differs from the same-numbered certificate in the register. */
function certificateDifferences(record: RowRecord['certificate'], existing: ExistingCertificate): ImportColumnKey[] {
  const out: ImportColumnKey[] = [];
  if (record.type !== existing.type) out.push('certificate_type');
  if (record.issuedOn !== existing.issuedOn) out.push('issued_on');
  if (record.validFrom !== existing.validFrom) out.push('valid_from');
  if (record.validTo !== existing.validTo) out.push('valid_to');
  if (!sameSet(areaKeys(record.areas), areaKeys(existing.areas))) out.push('areas');
  if (!sameSet(record.fieldCodes, existing.fieldCodes)) out.push('fields');
  if ((record.officeCityCode ?? null) !== existing.officeCityCode) out.push('office_city');
  return out;
}

const isInForceOn = (c: ExistingCertificate, today: string) => c.decisionStatus === 'in_force' && c.validTo >= today;

/**
 * Decides what a commit does with a checked row, against the register: a certificate number already recorded,
 * or the same English/original name, means the organisation exists — the row updates its identity (only the
 * values given, never clearing one) and adds the certificate when that number is new, or is `unchanged`.
 * A certificate already recorded is never rewritten (amendments go through the profile); differences are
 * reported as a warning. Checks the validity caps of a certificate to record (Decree 58/2022 Art. 9) and the
 * single representative office (Art. 8(3)).
 */
export function planRow(record: RowRecord, matches: RegisterMatches, today: string): RowPlan {
  const issues: ImportIssue[] = [];
  const error = (column: ImportColumnKey, code: string, vi: string, en: string) => issues.push({ column, code, severity: 'error', message: { vi, en } });
  const warn = (column: ImportColumnKey, code: string, vi: string, en: string) => issues.push({ column, code, severity: 'warning', message: { vi, en } });
  const { organization: org, certificate: cert } = record;

  const byName = [...new Set([...(matches.organizationIdsByName.get(org.nameEn) ?? []), ...(matches.organizationIdsByName.get(org.nameOriginal) ?? [])])];
  const sameNumber = matches.certificateByNumber.get(cert.number);
  const codes = (ids: string[]) => ids.map((id) => matches.organizations.get(id)?.registryCode ?? id).join(', ');
  if (byName.length > 1) {
    error('name_en', 'ambiguous_organization', `Tên trùng với nhiều tổ chức trong CSDL (${codes(byName)}).`, `The names match several organisations in the register (${codes(byName)}).`);
  }
  if (sameNumber && byName.length === 1 && byName[0] !== sameNumber.organizationId) {
    error('certificate_number', 'certificate_of_other_organization', `Số giấy đăng ký đã được ghi cho tổ chức khác (${codes([sameNumber.organizationId])}).`, `This certificate number is recorded for another organisation (${codes([sameNumber.organizationId])}).`);
  }
  if (issues.length) return { action: null, organizationId: null, changes: {}, recordCertificate: false, issues };

  const organizationId = sameNumber?.organizationId ?? byName[0] ?? null;
  const existing = organizationId ? matches.organizations.get(organizationId) : undefined;
  const changes: Partial<OrganizationRecord> = {};
  if (existing) {
    for (const key of IDENTITY_KEYS) {
      const value = org[key];
      if (value !== undefined && value !== (existing[key] ?? undefined)) (changes as Record<string, unknown>)[key] = value;
    }
    if (changes.nameEn !== undefined || changes.nameOriginal !== undefined) {
      warn('name_en', 'name_will_change', `Số giấy đăng ký thuộc tổ chức ${existing.registryCode} "${existing.nameEn}"; tên sẽ được cập nhật theo tệp.`, `The certificate number belongs to ${existing.registryCode} "${existing.nameEn}"; its names will be updated from the file.`);
    }
  }

  const recordCertificate = !sameNumber;
  if (sameNumber) {
    const differs = certificateDifferences(cert, sameNumber);
    if (differs.length) {
      const labels = { vi: differs.map((k) => COLUMN_BY_KEY.get(k)!.vi).join(', '), en: differs.map((k) => COLUMN_BY_KEY.get(k)!.en).join(', ') };
      warn(differs[0]!, 'certificate_differs', `Giấy đăng ký số ${cert.number} đã có trong CSDL với nội dung khác (${labels.vi}); nhập dữ liệu không sửa Giấy đăng ký — hãy ghi sửa đổi, gia hạn trong hồ sơ tổ chức.`, `Certificate ${cert.number} is already recorded with different content (${labels.en}); the import does not change it — record an amendment or extension on the profile.`);
    }
  } else {
    const home = org.homeRegistrationExpiresOn ?? existing?.homeRegistrationExpiresOn ?? null;
    for (const i of checkCertificateValidity({ type: cert.type, issuedOn: cert.issuedOn, validFrom: cert.validFrom, validTo: cert.validTo, homeRegistrationExpiresOn: home })) {
      issues.push({ column: COLUMN_OF[i.path] ?? 'valid_to', code: i.code, severity: 'error', message: i.message });
    }
    const otherOffices = (existing?.certificates ?? []).filter((c) => isRepresentativeOfficeType(c.type) && isInForceOn(c, today));
    if (isRepresentativeOfficeType(cert.type) && cert.validTo >= today && otherOffices.length) {
      error('certificate_type', 'second_representative_office', `Tổ chức đã có Văn phòng đại diện còn hiệu lực (${otherOffices[0]!.number}); mỗi tổ chức chỉ được lập một Văn phòng đại diện — Điều 8 Nghị định 58/2022.`, `The organisation already has a representative office in force (${otherOffices[0]!.number}); only one is allowed — Decree 58/2022 Art. 8.`);
    }
  }
  if (issues.some((i) => i.severity === 'error')) return { action: null, organizationId: null, changes: {}, recordCertificate: false, issues };
  const action: RowAction = !existing ? 'create' : recordCertificate || Object.keys(changes).length ? 'update' : 'unchanged';
  return { action, organizationId: existing?.id ?? null, changes, recordCertificate, issues };
}
