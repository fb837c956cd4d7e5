import type { AmendChange, AmendKind } from '../../domain/procedures/procedure-types';
import { getProcedure, versionKindOf } from '../../domain/procedures/procedure-catalogue';
import { maxValidTo } from '../../domain/registry/validity';
import type { Db, Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';
import { AppError, ConflictError } from '../../platform/http/errors';
import { addCertificateVersion, findCertificate, recordCertificate } from '../certificates/certificates.service';
import { createOrganization, findOrganization } from '../organizations/organizations.service';
import * as repo from './dossiers.repo';
import type { Application, DossierDeps } from './dossiers.service';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** Number prefixes of certificates issued under Decree 58/2022 (as on the register: 112/GĐKHĐ-BNG, 031/GĐKVPĐD-BNG). */
const NUMBER_SUFFIX = { operation: 'GĐKHĐ-BNG', rep_office: 'GĐKVPĐD-BNG' } as const;

/** The next certificate number of a type for the year: '015/2026/GĐKHĐ-BNG' (a per-year sequence per type). */
export async function nextCertificateNumber(tx: Executor, type: 'operation' | 'rep_office', day: string): Promise<string> {
  const year = Number(day.slice(0, 4));
  const n = await repo.nextNumber(tx, `certificate.${type}`, year);
  return `${String(n).padStart(3, '0')}/${year}/${NUMBER_SUFFIX[type]}`;
}

interface DecisionDraft {
  validFrom?: string;
  validTo?: string;
}

/**
 * The registry effect of an approved dossier (brief §3, issue 5 item 5), inside the dossier's transaction:
 * issue → the NGO's record (created from the application when new) and its certificate, with validity capped by
 * Decree 58/2022 Art. 9; amend / supplement → a new version with the diff; re-issue → a copy version; extend → a new
 * end date within the caps.
 */
export async function issueResultCertificate(deps: DossierDeps, tx: Executor, ctx: Ctx, dossier: repo.DossierRow, today: string): Promise<{ certificateId: string; organizationId: string; number: string }> {
  const procedure = getProcedure(dossier.procedure);
  const type = procedure.certificateType;
  const a = dossier.application as Application;
  const draft = (dossier.decisionDraft ?? {}) as DecisionDraft;
  const inTx = { ...deps, db: tx as unknown as Db };
  const representative = a.representative
    ? { fullName: a.representative.fullName, nationality: a.representative.nationality ?? null, dateOfBirth: a.representative.dateOfBirth ?? null, passportNumber: a.representative.passportNumber ?? null, passportExpiresOn: a.representative.passportExpiresOn ?? null }
    : undefined;

  if (procedure.kind === 'issue') {
    const organizationId = dossier.organizationId ?? (await organizationFor(inTx, ctx, dossier, a));
    const organization = await findOrganization(tx, organizationId);
    const number = await nextCertificateNumber(tx, type, today);
    const validFrom = draft.validFrom && draft.validFrom > today ? draft.validFrom : today;
    const validTo = draft.validTo ?? maxValidTo(type, today, organization?.homeRegistrationExpiresOn ?? null)!;
    const created = await recordCertificate(inTx, ctx, organizationId, {
      type,
      number,
      issuedOn: today,
      validFrom,
      validTo,
      decisionNumber: number,
      officeCityCode: a.officeCityCode ?? null,
      officeAddress: a.officeAddress ?? null,
      ...(representative ? { representative } : {}),
      areas: (a.provinceCodes ?? []).map((provinceCode) => ({ provinceCode })),
      fields: a.fieldCodes ?? [],
    });
    return { certificateId: created.id, organizationId, number };
  }

  const target = await findCertificate(tx, dossier.targetCertificateId!);
  if (!target) throw new ConflictError('target_certificate_missing', { vi: 'Không tìm thấy giấy đăng ký cần xử lý.', en: 'The certificate to change was not found.' });
  if (procedure.kind === 'extend') {
    const organization = await findOrganization(tx, target.organizationId);
    const validTo = draft.validTo ?? maxValidTo(type, today, organization?.homeRegistrationExpiresOn ?? null)!;
    await addCertificateVersion(inTx, ctx, target.id, { kind: 'extended', effectiveOn: today, decisionNumber: dossier.code, changes: { validTo } });
  } else {
    const kind = versionKindOf((dossier.amendKind as AmendKind | null) ?? 'amend');
    // The application is prefilled from the registry, so only the contents the applicant declared as changing are
    // applied (a dossier without declared changes, e.g. an older paper one, applies what it holds).
    const declared = a.changeKinds ?? [];
    const changing = (change: AmendChange) => declared.length === 0 || declared.includes(change);
    const changes = kind === 'reissued' ? {} : {
      ...(a.provinceCodes?.length && changing('areas') ? { areas: a.provinceCodes.map((provinceCode) => ({ provinceCode })) } : {}),
      ...(a.fieldCodes?.length && changing('fields') ? { fields: a.fieldCodes } : {}),
      ...(a.officeCityCode && changing('office_address') ? { officeCityCode: a.officeCityCode } : {}),
      ...(a.officeAddress && changing('office_address') ? { officeAddress: a.officeAddress } : {}),
      ...(representative && declared.includes('representative') ? { representative } : {}),
    };
    await addCertificateVersion(inTx, ctx, target.id, { kind, effectiveOn: today, decisionNumber: dossier.code, note: a.changes ?? null, changes });
  }
  return { certificateId: target.id, organizationId: target.organizationId, number: target.number };
}

/** The NGO's registry record for a first issue: the one already known under that name, or a new one. */
async function organizationFor(deps: DossierDeps, ctx: Ctx, dossier: repo.DossierRow, a: Application): Promise<string> {
  try {
    const content = await createOrganization(deps, ctx, {
      unitId: dossier.applicantUnitId,
      nameOriginal: a.nameOriginal ?? a.nameEn ?? dossier.applicantName,
      nameEn: a.nameEn ?? dossier.applicantName,
      nameVi: a.nameVi ?? null,
      abbreviation: a.abbreviation ?? null,
      countryCode: a.countryCode ?? 'US',
      legalForm: a.legalForm ?? 'non_profit',
      homeRegistrationExpiresOn: a.homeRegistrationExpiresOn ?? null,
      hqAddress: a.hqAddress ?? null,
      email: a.email ?? null,
      phone: a.phone ?? null,
      website: a.website ?? null,
      purposes: a.purposes ?? null,
    });
    return content.organization.id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'organization_exists' && typeof error.details?.id === 'string') return error.details.id;
    throw error;
  }
}
