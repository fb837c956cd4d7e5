/**
 * The dossier workflow of the six Decree 58/2022 procedures as data: status → allowed actions → next status, who may
 * take each action, and the step (owner, clock) each status stands for. Brief §3.1 (steps and limits of Art. 11,
 * applied by Art. 12, 13, 15, 16, 17). The service applies it; nothing else decides what may happen to a dossier.
 */

/** Where a dossier stands. */
export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'supplement_requested',
  'accepted',
  'in_consultation',
  'appraisal',
  'decision_pending',
  'approved',
  'refused',
  'issued',
  'refusal_delivered',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The statuses in which nothing more happens. */
export const FINAL_STATUSES: readonly DossierStatus[] = ['issued', 'refusal_delivered', 'withdrawn'];

/** Who takes part: the applicant NGO, a COMINGO/MOFA officer, a MOFA leader who signs, the consulted agencies. */
export type WorkflowParty = 'applicant' | 'officer' | 'leader' | 'agencies';

/** Actions that move a dossier. */
export const DOSSIER_ACTIONS = [
  'submit',
  'request_supplement',
  'answer_supplement',
  'accept',
  'send_for_consultation',
  'skip_consultation',
  'close_consultation',
  'propose_decision',
  'return_for_revision',
  'approve',
  'refuse',
  'issue_certificate',
  'deliver_refusal',
  'withdraw',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** One legal step of the procedure and its clock; durations come from the procedure's configuration. */
export type StepKey =
  | 'preparation'
  | 'completeness_check'
  | 'supplement'
  | 'consultation_send'
  | 'consultation_replies'
  | 'appraisal'
  | 'delivery';

/** Working-day durations of the steps (brief §3.1; unconfirmed ones are configuration). `null` = no limit. */
export interface StepDurations {
  /** COMINGO checks the components — Decree 58/2022 Art. 11(2): ≤ 2 WD. */
  completenessCheck: number;
  /** Time the applicant has to supplement — not in the sources (brief §3 "unconfirmed"): configuration. */
  supplementAnswer: number | null;
  /** Requests for opinion sent after a complete dossier — Art. 11(3): ≤ 2 WD. */
  consultationSend: number;
  /** Agencies reply in writing — Art. 11(4): ≤ 10 WD. */
  consultationReplies: number;
  /** MOFA appraises and decides — Art. 11(6): ≤ 10 WD from dossier + opinions. */
  appraisal: number;
  /** The whole procedure from a complete valid dossier — Art. 11(7): ≤ 30 WD. */
  overall: number;
}

/** What each status means: the step it belongs to, who holds the dossier, and how its clock behaves. */
export interface StatusInfo {
  step: StepKey;
  owner: WorkflowParty | null;
  /**
   * 'step' = due `duration` WD after entering the status; 'inherit' = keeps the due day of the step before it
   * (the leader signs within the appraisal period); 'overall' = due on the overall deadline; 'none' = no clock.
   */
  clock: 'step' | 'inherit' | 'overall' | 'none';
  duration?: keyof StepDurations;
  /** True while the statutory clock is stopped (waiting for the applicant, brief §3 general rules). */
  paused?: boolean;
}

export const STATUS_INFO: Readonly<Record<DossierStatus, StatusInfo>> = {
  draft: { step: 'preparation', owner: 'applicant', clock: 'none' },
  submitted: { step: 'completeness_check', owner: 'officer', clock: 'step', duration: 'completenessCheck' },
  supplement_requested: { step: 'supplement', owner: 'applicant', clock: 'step', duration: 'supplementAnswer', paused: true },
  accepted: { step: 'consultation_send', owner: 'officer', clock: 'step', duration: 'consultationSend' },
  in_consultation: { step: 'consultation_replies', owner: 'agencies', clock: 'step', duration: 'consultationReplies' },
  appraisal: { step: 'appraisal', owner: 'officer', clock: 'step', duration: 'appraisal' },
  decision_pending: { step: 'appraisal', owner: 'leader', clock: 'inherit' },
  approved: { step: 'delivery', owner: 'officer', clock: 'overall' },
  refused: { step: 'delivery', owner: 'officer', clock: 'overall' },
  issued: { step: 'delivery', owner: null, clock: 'none' },
  refusal_delivered: { step: 'delivery', owner: null, clock: 'none' },
  withdrawn: { step: 'preparation', owner: null, clock: 'none' },
};

/** A row of the transition table. */
export interface Transition {
  from: readonly DossierStatus[];
  to: DossierStatus;
  by: readonly WorkflowParty[];
  /** The action needs a written reason (refusal grounds, supplement list, withdrawal, returning a draft). */
  reasonRequired?: boolean;
}

const OPEN_BEFORE_DECISION: readonly DossierStatus[] = ['draft', 'submitted', 'supplement_requested', 'accepted', 'in_consultation', 'appraisal', 'decision_pending'];

/**
 * The transition table — Decree 58/2022 Art. 11(2)–(7) (and Art. 12, 13, 15–17 which apply the same steps):
 * receive → check components (supplement if needed) → complete → consult → appraise → decide (leader signs) →
 * deliver the certificate or a written refusal with reasons. The applicant may withdraw until the decision.
 */
export const TRANSITIONS: Readonly<Record<DossierAction, Transition>> = {
  submit: { from: ['draft'], to: 'submitted', by: ['applicant'] },
  request_supplement: { from: ['submitted'], to: 'supplement_requested', by: ['officer'], reasonRequired: true },
  answer_supplement: { from: ['supplement_requested'], to: 'submitted', by: ['applicant'] },
  accept: { from: ['submitted'], to: 'accepted', by: ['officer'] },
  send_for_consultation: { from: ['accepted'], to: 'in_consultation', by: ['officer'] },
  skip_consultation: { from: ['accepted'], to: 'appraisal', by: ['officer'], reasonRequired: true },
  close_consultation: { from: ['in_consultation'], to: 'appraisal', by: ['officer'] },
  propose_decision: { from: ['appraisal'], to: 'decision_pending', by: ['officer', 'leader'] },
  return_for_revision: { from: ['decision_pending'], to: 'appraisal', by: ['leader'], reasonRequired: true },
  approve: { from: ['decision_pending'], to: 'approved', by: ['leader'] },
  refuse: { from: ['decision_pending'], to: 'refused', by: ['leader'], reasonRequired: true },
  issue_certificate: { from: ['approved'], to: 'issued', by: ['officer', 'leader'] },
  deliver_refusal: { from: ['refused'], to: 'refusal_delivered', by: ['officer', 'leader'] },
  withdraw: { from: OPEN_BEFORE_DECISION, to: 'withdrawn', by: ['applicant'], reasonRequired: true },
};

/** Why an action is refused. */
export type TransitionRefusal = 'illegal_transition' | 'not_your_step' | 'reason_required';

export type TransitionDecision = { ok: true; to: DossierStatus } | { ok: false; refusal: TransitionRefusal; allowed: DossierAction[] };

/** The actions a party may take on a dossier in `status` (for the UI's buttons and 409 answers). */
export function allowedActions(status: DossierStatus, parties: readonly WorkflowParty[]): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status) && TRANSITIONS[a].by.some((p) => parties.includes(p)));
}

/** Decides whether `parties` may take `action` on a dossier in `status` (Decree 58/2022 Art. 11). */
export function decideTransition(status: DossierStatus, action: DossierAction, parties: readonly WorkflowParty[], reason?: string | null): TransitionDecision {
  const t = TRANSITIONS[action];
  const allowed = allowedActions(status, parties);
  if (!t.from.includes(status)) return { ok: false, refusal: 'illegal_transition', allowed };
  if (!t.by.some((p) => parties.includes(p))) return { ok: false, refusal: 'not_your_step', allowed };
  if (t.reasonRequired && !reason?.trim()) return { ok: false, refusal: 'reason_required', allowed };
  return { ok: true, to: t.to };
}

/** Names of the statuses, for messages (the web has its own translations). */
export const STATUS_NAMES: Readonly<Record<DossierStatus, { vi: string; en: string }>> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp, đang kiểm tra thành phần', en: 'Submitted, completeness check' },
  supplement_requested: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  accepted: { vi: 'Hồ sơ đầy đủ, hợp lệ', en: 'Complete and accepted' },
  in_consultation: { vi: 'Đang lấy ý kiến', en: 'In consultation' },
  appraisal: { vi: 'Đang thẩm định', en: 'Under appraisal' },
  decision_pending: { vi: 'Chờ lãnh đạo phê duyệt', en: 'Awaiting leader approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  refused: { vi: 'Từ chối', en: 'Refused' },
  issued: { vi: 'Đã cấp giấy', en: 'Certificate issued' },
  refusal_delivered: { vi: 'Đã gửi văn bản từ chối', en: 'Refusal delivered' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
};
