/**
 * Every value of the procedures that the legal brief marks **unconfirmed**, in one typed object, so a settings
 * page can override them (conventions §3: unconfirmed values are configuration). Confirmed time limits are not
 * here; they are fixed in `procedure-catalogue.ts` and win over any setting of the same step.
 */
import type { ForeignDocumentRule, ProcedureCode } from './procedure-types';

/** Time limits in working days; any subset, per procedure. */
export interface StepLimits {
  readonly completenessCheck: number;
  readonly consultationSend: number;
  readonly consultationReply: number;
  readonly mofaDecision: number;
  readonly total: number;
}

/** The configurable (unconfirmed) values of the procedures. */
export interface ProcedureSettings {
  /** Unconfirmed time limits per procedure, completing the confirmed ones of the catalogue. */
  readonly timeLimits: Readonly<Record<ProcedureCode, Partial<StepLimits>>>;
  /** Whether a re-issue after loss or damage goes through consultation. */
  readonly reissueNeedsConsultation: boolean;
  /** Treatment of foreign documents in an operation-certificate extension (Art. 12). */
  readonly operationExtensionForeignDocuments: ForeignDocumentRule;
  /** Extension filing lead time and reminders (calendar days before the last valid day). */
  readonly extensionFiling: { readonly opensDaysBeforeExpiry: number | null; readonly warnDaysBeforeExpiry: readonly number[] };
  /** Calendar days the NGO has to supply missing components before the dossier is closed; null = no closure. */
  readonly supplementMaxDays: number | null;
  /** Fee (phí, lệ phí) in VND. */
  readonly feeVnd: number;
  /** End of office hours ('HH:MM', Vietnam time): a dossier received at or after it counts from the next working day. */
  readonly receiptCutoff: string | null;
  /** File formats accepted for online submission. */
  readonly acceptedFileFormats: readonly string[];
  /** Application form numbers of the Decree's appendix not seen in the sources (03a and 03b are confirmed). */
  readonly applicationForms: Readonly<Record<'operation.issue' | 'operation.extend' | 'operation.amend' | 'rep_office.issue', string | null>>;
}

/** The defaults, each with the reason it is configuration. */
export const PROCEDURE_DEFAULTS: ProcedureSettings = {
  timeLimits: {
    // unconfirmed: the 10-WD reply window is confirmed for Art. 15 (rep. office); "very likely identical" for Art. 11 (brief §0).
    'operation.issue': { consultationReply: 10 },
    // unconfirmed: Art. 12 by analogy with Art. 16(2) → Art. 15(2)-(7): 2 / 2 / 10 / 10 WD, 30 WD overall (brief §3.2).
    'operation.extend': { completenessCheck: 2, consultationSend: 2, consultationReply: 10, mofaDecision: 10, total: 30 },
    // unconfirmed: Art. 13 mirrors Art. 17 (2 WD check, 2 WD consultation); replies, MOFA and overall not visible —
    // recommended 10 / 10 / 30 WD as for issuance (Decree 12/2012 used 30 WD for amendments) (brief §3.3).
    'operation.amend': { completenessCheck: 2, consultationSend: 2, consultationReply: 10, mofaDecision: 10, total: 30 },
    'rep_office.issue': {},
    'rep_office.extend': {},
    // unconfirmed: Art. 17 clauses 4, 6, 7 not visible — assume 10 WD replies, 10 WD MOFA, 30 WD overall (brief §3.6).
    'rep_office.amend': { consultationReply: 10, mofaDecision: 10, total: 30 },
  },
  // unconfirmed: "re-issue for loss/damage probably needs no consultation" (brief §3.3, §10 item 3).
  reissueNeedsConsultation: false,
  // unconfirmed: Art. 12 "presumably the same" as Art. 16(1): certified translation, no legalisation (brief §3).
  operationExtensionForeignDocuments: 'certified_translation',
  // unconfirmed: no filing lead time found; recommended: open 90 days before expiry, warn at 90/60/30 (brief §3.2, §10 item 1).
  extensionFiling: { opensDaysBeforeExpiry: 90, warnDaysBeforeExpiry: [90, 60, 30] },
  // unconfirmed: no maximum time to supplement or automatic closure in the sources (brief §3).
  supplementMaxDays: null,
  // unconfirmed: no fee found in any source; assume free (brief §3, §10 item 11).
  feeVnd: 0,
  // unconfirmed: office hours and the after-hours receipt rule of the one-stop decree are not in the brief (§9.1).
  receiptCutoff: '17:00',
  // unconfirmed: the Decree does not list file formats for online submission.
  acceptedFileFormats: ['pdf', 'jpg', 'jpeg', 'png'],
  // unconfirmed: form numbers not seen; "plausibly 01, 02, 02a, 02b, 03, 04" (brief §8.4) — 02/02a/02b inferred from 03/03a/03b.
  applicationForms: { 'operation.issue': '02', 'operation.extend': '02a', 'operation.amend': '02b', 'rep_office.issue': '03' },
};

/** A partial override of {@link ProcedureSettings}, as a settings page would store it. */
export type ProcedureSettingsOverride = Partial<Omit<ProcedureSettings, 'timeLimits' | 'extensionFiling' | 'applicationForms'>> & {
  readonly timeLimits?: Partial<Record<ProcedureCode, Partial<StepLimits>>>;
  readonly extensionFiling?: Partial<ProcedureSettings['extensionFiling']>;
  readonly applicationForms?: Partial<ProcedureSettings['applicationForms']>;
};

const isCount = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * The defaults with an override applied (time limits merged per procedure and step).
 * @throws RangeError when a number is not a non-negative integer or the cut-off is not 'HH:MM'.
 */
export function resolveProcedureSettings(override: ProcedureSettingsOverride = {}, base: ProcedureSettings = PROCEDURE_DEFAULTS): ProcedureSettings {
  const timeLimits = Object.fromEntries(
    Object.entries(base.timeLimits).map(([code, limits]) => [code, { ...limits, ...override.timeLimits?.[code as ProcedureCode] }]),
  ) as unknown as ProcedureSettings['timeLimits'];
  const settings: ProcedureSettings = {
    ...base,
    ...override,
    timeLimits,
    extensionFiling: { ...base.extensionFiling, ...override.extensionFiling },
    applicationForms: { ...base.applicationForms, ...override.applicationForms },
  };
  const numbers = [
    ...Object.values(settings.timeLimits).flatMap((l) => Object.values(l)),
    ...settings.extensionFiling.warnDaysBeforeExpiry,
    settings.feeVnd,
  ];
  if (settings.extensionFiling.opensDaysBeforeExpiry !== null) numbers.push(settings.extensionFiling.opensDaysBeforeExpiry);
  if (settings.supplementMaxDays !== null) numbers.push(settings.supplementMaxDays);
  const bad = numbers.find((n) => !isCount(n));
  if (bad !== undefined) throw new RangeError(`Procedure settings need non-negative integers, got ${String(bad)}`);
  if (settings.receiptCutoff !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(settings.receiptCutoff)) {
    throw new RangeError(`receiptCutoff must be 'HH:MM', got ${settings.receiptCutoff}`);
  }
  return settings;
}
