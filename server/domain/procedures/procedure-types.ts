/**
 * Types of the procedure catalogue: the six administrative procedures of Decree 58/2022/NĐ-CP for the two
 * certificate types (brief §3): issue, extend and amend/supplement/re-issue an operation certificate (Giấy đăng
 * ký hoạt động, Art. 10–13) or a representative office certificate (Giấy đăng ký lập Văn phòng đại diện, Art. 14–17).
 */

/** Procedure codes `<certificate type>.<kind>` and amend kinds: one list, shared with the web (common/dossiers.ts). */
export { AMEND_KINDS, PROCEDURE_CODES, type AmendKind, type ProcedureCode } from '../../../common/dossiers';
import type { AmendKind, ProcedureCode } from '../../../common/dossiers';

export type ProcedureKind = 'issue' | 'extend' | 'amend';

/** The two Decree 58/2022 certificate types (the legacy Decree 12/2012 types have no procedures). */
export type ProcedureCertificateType = 'operation' | 'rep_office';

/** Content an amendment may change (typical triggers, brief §3.6 — inferred, not a closed legal list). */
export const AMEND_CHANGES = ['representative', 'office_address', 'areas', 'fields', 'name_or_legal_status', 'headquarters_address', 'other'] as const;
export type AmendChange = (typeof AMEND_CHANGES)[number];

/** Nationality of the proposed Representative / Head of office, which decides the identity document. */
export type PersonNationality = 'foreign' | 'vietnamese';

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** Where a rule comes from; `confirmed` false = inferred or only partly visible (brief's "unconfirmed"). */
export interface LegalBasis {
  readonly citation: string;
  readonly confirmed: boolean;
  readonly note?: string;
}

/**
 * Treatment of a document issued abroad or written in a foreign language: consular legalisation (hợp pháp hóa
 * lãnh sự) plus a certified Vietnamese translation (issue procedures, Art. 11, 15), only the certified translation
 * (extension, Art. 16(1)), or nothing (documents written on the Vietnamese form).
 */
export type ForeignDocumentRule = 'legalisation_and_translation' | 'certified_translation' | 'none';

/** A condition under which a component is needed; a component lists all that must hold. */
export type ComponentCondition =
  | { readonly kind: 'amend_kind'; readonly anyOf: readonly AmendKind[] }
  | { readonly kind: 'change'; readonly anyOf: readonly AmendChange[] }
  | { readonly kind: 'nationality'; readonly is: PersonNationality };

/** One component (thành phần hồ sơ) of a dossier. */
export interface DossierComponent {
  /** Stable snake_case code, unique within a procedure. */
  readonly code: string;
  readonly name: Bilingual;
  /** Practical detail (e.g. where the criminal record must come from). */
  readonly note: Bilingual | null;
  /** Conditions that must all hold; empty = always required. */
  readonly when: readonly ComponentCondition[];
  readonly copyKind: 'original' | 'copy';
  /** Number of copies (each component in one copy, Decree 58/2022 Art. 11(1)). */
  readonly copies: number;
  /** Prescribed form (mẫu) of the Decree's appendix, or null when none. */
  readonly formNumber: string | null;
  readonly foreignDocuments: ForeignDocumentRule;
  /** File formats accepted for online submission (lower-case extensions). */
  readonly acceptedFormats: readonly string[];
  readonly basis: LegalBasis;
}

export type StepCode = 'completeness_check' | 'consultation_send' | 'consultation_reply' | 'forward_to_mofa' | 'mofa_decision' | 'delivery';

/** The event whose day is day 0 of a step's time limit. */
export type StepStart = 'receipt' | 'dossier_complete' | 'request_received' | 'opinions_received' | 'forwarded_to_mofa' | 'decision';

/** One processing step and its time limit in working days (null = no separate limit, within the overall one). */
export interface ProcedureStep {
  readonly code: StepCode;
  readonly actor: 'comingo' | 'consulted_agency' | 'mofa';
  readonly name: Bilingual;
  readonly maxWorkingDays: number | null;
  readonly countsFrom: StepStart;
  readonly basis: LegalBasis;
  /** Amend kinds that skip this step (e.g. re-issue after loss without consultation, when so configured). */
  readonly skippedFor: readonly AmendKind[];
}

/** Agencies COMINGO consults (D58 Art. 11(2), 15(2), 17(3)); MPI's role passed to MOF in 2025. */
export type ConsultedParty =
  | 'mps'
  | 'mof'
  | 'moha'
  | 'sbv'
  | 'line_ministries'
  | 'provinces_of_areas'
  | 'province_of_office'
  | 'aid_approving_agencies'
  | 'agencies_concerned_by_change'
  | 'provinces_concerned_by_change';

/** When an extension may be filed, in calendar days before the certificate's last valid day. */
export interface ExtensionFilingRule {
  /** Days before expiry from which filing is offered; null = any time while valid. */
  readonly opensDaysBeforeExpiry: number | null;
  /** Days before expiry on which reminders go out. */
  readonly warnDaysBeforeExpiry: readonly number[];
  readonly basis: LegalBasis;
}

/** One procedure of the catalogue, with the configuration values in force resolved. */
export interface Procedure {
  readonly code: ProcedureCode;
  readonly kind: ProcedureKind;
  readonly certificateType: ProcedureCertificateType;
  readonly name: Bilingual;
  readonly basis: readonly LegalBasis[];
  /** Years covered by the programme list / activity plan (3 for operation, 5 for a representative office). */
  readonly planYears: 3 | 5;
  /** Sub-kinds of an amend procedure; empty for issue and extend. */
  readonly amendKinds: readonly AmendKind[];
  /** Content changes the guide offers for an amend procedure; empty otherwise. */
  readonly amendChanges: readonly AmendChange[];
  readonly components: readonly DossierComponent[];
  readonly steps: readonly ProcedureStep[];
  /** Overall limit in working days from receipt of a complete, valid dossier. */
  readonly totalWorkingDays: number;
  readonly totalBasis: LegalBasis;
  readonly consultedParties: readonly ConsultedParty[];
  readonly extensionFiling: ExtensionFilingRule | null;
  readonly submissionChannels: readonly ('direct' | 'post' | 'online')[];
  readonly feeVnd: number;
}
