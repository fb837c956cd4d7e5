/**
 * The six administrative procedures of Decree 58/2022/NĐ-CP as data (brief §3): who does what within how many
 * working days, which agencies are consulted, and the dossier. Built from the confirmed rules below plus the
 * configurable values of {@link PROCEDURE_DEFAULTS} (or a settings override).
 */
import type { VersionKind } from '../../../common/registry';
import { componentsOf } from './dossier-components';
import { PROCEDURE_DEFAULTS, type ProcedureSettings, type StepLimits } from './procedure-defaults';
import {
  AMEND_CHANGES,
  AMEND_KINDS,
  PROCEDURE_CODES,
  type AmendKind,
  type Bilingual,
  type ConsultedParty,
  type LegalBasis,
  type Procedure,
  type ProcedureCertificateType,
  type ProcedureCode,
  type ProcedureKind,
  type ProcedureStep,
  type StepCode,
  type StepStart,
} from './procedure-types';

/**
 * Time limits confirmed in the sources (working days): check ≤ 2, consultation letters ≤ 2, replies ≤ 10, MOFA
 * ≤ 10, overall ≤ 30 from a complete dossier — D58 Art. 11 and 15 and Decision 3155/QĐ-BNG; Art. 16(2) applies
 * Art. 15(2)-(7) to the extension of a representative office; Art. 17(2)-(3) for the first two steps of an
 * amendment. They win over settings.
 */
export const CONFIRMED_TIME_LIMITS: Readonly<Record<ProcedureCode, Partial<StepLimits>>> = {
  'operation.issue': { completenessCheck: 2, consultationSend: 2, mofaDecision: 10, total: 30 },
  'operation.extend': {},
  'operation.amend': {},
  'rep_office.issue': { completenessCheck: 2, consultationSend: 2, consultationReply: 10, mofaDecision: 10, total: 30 },
  'rep_office.extend': { completenessCheck: 2, consultationSend: 2, consultationReply: 10, mofaDecision: 10, total: 30 },
  'rep_office.amend': { completenessCheck: 2, consultationSend: 2 },
};

const CERTIFICATE_NAMES: Record<ProcedureCertificateType, Bilingual> = {
  operation: { vi: 'Giấy đăng ký hoạt động', en: 'an operation registration certificate' },
  rep_office: { vi: 'Giấy đăng ký lập Văn phòng đại diện', en: 'a representative office registration certificate' },
};
const KIND_NAMES: Record<ProcedureKind, Bilingual> = {
  issue: { vi: 'Cấp', en: 'Issue' },
  extend: { vi: 'Gia hạn', en: 'Extend' },
  amend: { vi: 'Sửa đổi, bổ sung, cấp lại', en: 'Amend, supplement or re-issue' },
};

/** Articles per procedure: [conditions/procedure article, the processing article]. */
const ARTICLES: Record<ProcedureCode, { readonly basis: readonly string[]; readonly processing: string; readonly processingConfirmed: boolean }> = {
  'operation.issue': { basis: ['Art. 10', 'Art. 11'], processing: 'Art. 11(2)-(7); Decision 3155/QĐ-BNG', processingConfirmed: true },
  'operation.extend': { basis: ['Art. 9(2)', 'Art. 12'], processing: 'Art. 12, by analogy with Art. 16(2)', processingConfirmed: false },
  'operation.amend': { basis: ['Art. 13'], processing: 'Art. 13, mirroring Art. 17', processingConfirmed: false },
  'rep_office.issue': { basis: ['Art. 14', 'Art. 15'], processing: 'Art. 15(2)-(7); Decision 3155/QĐ-BNG section IV', processingConfirmed: true },
  'rep_office.extend': { basis: ['Art. 9(2)', 'Art. 16'], processing: 'Art. 16(2) → Art. 15(2)-(7)', processingConfirmed: true },
  'rep_office.amend': { basis: ['Art. 17'], processing: 'Art. 17(2)-(3); clauses 4, 6, 7 not visible', processingConfirmed: false },
};

const ISSUE_CONSULTATION: readonly ConsultedParty[] = ['mps', 'mof', 'moha', 'sbv', 'line_ministries', 'provinces_of_areas', 'aid_approving_agencies'];

function consultedParties(type: ProcedureCertificateType, kind: ProcedureKind): ConsultedParty[] {
  if (kind === 'amend') return ['agencies_concerned_by_change', 'provinces_concerned_by_change'];
  return type === 'rep_office' ? [...ISSUE_CONSULTATION, 'province_of_office'] : [...ISSUE_CONSULTATION];
}

interface StepDraft {
  readonly code: StepCode;
  readonly actor: ProcedureStep['actor'];
  readonly name: Bilingual;
  readonly limit: keyof StepLimits | null;
  readonly countsFrom: StepStart;
}

const STEPS: readonly StepDraft[] = [
  { code: 'completeness_check', actor: 'comingo', name: { vi: 'Kiểm tra thành phần hồ sơ, yêu cầu bổ sung nếu cần', en: 'Check the components; request a supplement if needed' }, limit: 'completenessCheck', countsFrom: 'receipt' },
  { code: 'consultation_send', actor: 'comingo', name: { vi: 'Gửi văn bản lấy ý kiến', en: 'Send the consultation letters' }, limit: 'consultationSend', countsFrom: 'dossier_complete' },
  { code: 'consultation_reply', actor: 'consulted_agency', name: { vi: 'Trả lời bằng văn bản', en: 'Reply in writing' }, limit: 'consultationReply', countsFrom: 'request_received' },
  { code: 'forward_to_mofa', actor: 'comingo', name: { vi: 'Chuyển hồ sơ và ý kiến đến Bộ Ngoại giao', en: 'Forward the dossier and opinions to MOFA' }, limit: null, countsFrom: 'opinions_received' },
  { code: 'mofa_decision', actor: 'mofa', name: { vi: 'Thẩm định, quyết định cấp hoặc từ chối', en: 'Appraise and decide to issue or refuse' }, limit: 'mofaDecision', countsFrom: 'forwarded_to_mofa' },
  { code: 'delivery', actor: 'comingo', name: { vi: 'Trả kết quả (trực tiếp hoặc qua bưu điện)', en: 'Deliver the result (directly or by post)' }, limit: null, countsFrom: 'decision' },
];

/**
 * Builds the six procedures with the given settings.
 * @throws Error when the confirmed limits and the settings together miss a time limit.
 */
export function buildProcedureCatalogue(settings: ProcedureSettings = PROCEDURE_DEFAULTS): Procedure[] {
  return PROCEDURE_CODES.map((code) => buildProcedure(code, settings));
}

function buildProcedure(code: ProcedureCode, settings: ProcedureSettings): Procedure {
  const [type, kind] = code.split('.') as [ProcedureCertificateType, ProcedureKind];
  const confirmed = CONFIRMED_TIME_LIMITS[code];
  const limits: Partial<StepLimits> = { ...settings.timeLimits[code], ...confirmed };
  const articles = ARTICLES[code];
  const citation = `Decree 58/2022 ${articles.processing}`;
  const limitBasis = (key: keyof StepLimits): LegalBasis =>
    key in confirmed ? { citation, confirmed: true } : { citation, confirmed: false, note: 'Configurable default (PROCEDURE_DEFAULTS).' };
  const limitOf = (key: keyof StepLimits): number => {
    const value = limits[key];
    if (value === undefined) throw new Error(`Procedure ${code} has no time limit for ${key}`);
    return value;
  };
  const skipped: AmendKind[] = kind === 'amend' && !settings.reissueNeedsConsultation ? ['reissue_lost', 'reissue_damaged'] : [];
  const steps: ProcedureStep[] = STEPS.map((s) => ({
    code: s.code,
    actor: s.actor,
    name: s.code === 'completeness_check' && kind === 'amend' ? { vi: `${s.name.vi} (cấp lại: kiểm tra cả nội dung)`, en: `${s.name.en} (re-issue: also check the content)` } : s.name,
    maxWorkingDays: s.limit ? limitOf(s.limit) : null,
    countsFrom: s.countsFrom,
    basis: s.limit ? limitBasis(s.limit) : { citation, confirmed: articles.processingConfirmed },
    skippedFor: s.code === 'consultation_send' || s.code === 'consultation_reply' ? skipped : [],
  }));
  const certificate = CERTIFICATE_NAMES[type];
  return {
    code,
    kind,
    certificateType: type,
    name: { vi: `${KIND_NAMES[kind].vi} ${certificate.vi}`, en: `${KIND_NAMES[kind].en} ${certificate.en}` },
    basis: articles.basis.map((a) => ({ citation: `Decree 58/2022 ${a}`, confirmed: true })),
    planYears: type === 'operation' ? 3 : 5,
    amendKinds: kind === 'amend' ? AMEND_KINDS : [],
    amendChanges: kind !== 'amend' ? [] : AMEND_CHANGES.filter((c) => type === 'rep_office' || c !== 'office_address'),
    components: componentsOf(settings, type, kind),
    steps,
    totalWorkingDays: limitOf('total'),
    totalBasis: limitBasis('total'),
    consultedParties: consultedParties(type, kind),
    extensionFiling:
      kind !== 'extend'
        ? null
        : { ...settings.extensionFiling, basis: { citation: `Decree 58/2022 ${type === 'operation' ? 'Art. 12' : 'Art. 16'}`, confirmed: false, note: 'No filing lead time in the sources (brief §3.2).' } },
    submissionChannels: ['direct', 'post', 'online'],
    feeVnd: settings.feeVnd,
  };
}

const defaultCatalogue = new Map<ProcedureCode, Procedure>(buildProcedureCatalogue().map((p) => [p.code, p]));

/**
 * One procedure; the default-settings catalogue is built once.
 * @throws RangeError for an unknown code.
 */
export function getProcedure(code: ProcedureCode, settings?: ProcedureSettings): Procedure {
  if (!isProcedureCode(code)) throw new RangeError(`Unknown procedure ${String(code)}`);
  return settings ? buildProcedure(code, settings) : defaultCatalogue.get(code)!;
}

/** Type guard for procedure codes (e.g. from a request). */
export function isProcedureCode(value: string): value is ProcedureCode {
  return (PROCEDURE_CODES as readonly string[]).includes(value);
}

/** The code of the procedure of a certificate type and kind. */
export function procedureCodeOf(certificateType: ProcedureCertificateType, kind: ProcedureKind): ProcedureCode {
  return `${certificateType}.${kind}`;
}

/** The steps that apply: an amend procedure's re-issue may skip consultation (see `reissueNeedsConsultation`). */
export function stepsFor(procedure: Procedure, amendKind?: AmendKind): ProcedureStep[] {
  return procedure.steps.filter((s) => amendKind === undefined || !s.skippedFor.includes(amendKind));
}

/** The certificate version an amend sub-kind produces (common/registry VERSION_KINDS). */
export function versionKindOf(amendKind: AmendKind): Extract<VersionKind, 'amended' | 'supplemented' | 'reissued'> {
  return amendKind === 'amend' ? 'amended' : amendKind === 'supplement' ? 'supplemented' : 'reissued';
}
