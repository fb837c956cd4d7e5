import type { AmendChange, AmendKind, DossierAction, DossierDetail, DossierEvent, ProcedureCode, Sla } from './types';

/**
 * Colours of a step's SLA state in the queue and on a dossier: green on time, amber when due within two working
 * days, red when overdue, grey while the clock is stopped (waiting for the applicant) or there is none.
 * The state itself comes from the server's clock (Decree 58/2022 Art. 11 step limits).
 */
export const SLA_COLORS: Readonly<Record<Sla, { tag: string; bar: string }>> = {
  on_time: { tag: 'green', bar: '#52c41a' },
  due_soon: { tag: 'gold', bar: '#faad14' },
  overdue: { tag: 'red', bar: '#ff4d4f' },
  paused: { tag: 'default', bar: '#bfbfbf' },
  none: { tag: 'default', bar: '#d9d9d9' },
};

/** The antd Tag colour of an SLA state. */
export function slaTagColor(sla: Sla): string {
  return SLA_COLORS[sla].tag;
}

/** `operation.issue` → `issue`. */
export function procedureKindOf(code: ProcedureCode): 'issue' | 'extend' | 'amend' {
  return code.split('.')[1] as 'issue' | 'extend' | 'amend';
}

/** `rep_office.amend` → `rep_office`. */
export function certificateTypeOf(code: ProcedureCode): 'operation' | 'rep_office' {
  return code.split('.')[0] as 'operation' | 'rep_office';
}

/** Parts of the application form. */
export type FormSection = 'organization' | 'contacts' | 'purposes' | 'areas' | 'fields' | 'representative' | 'office' | 'plan' | 'amendment';

/**
 * The sections of the application form for a procedure (brief §3): a first issue asks for the whole NGO, its
 * areas, fields, representative and plan (a representative office also its city and address); an extension asks
 * for the activity summary and next-term plan; an amendment asks what changes and why, plus the section of each
 * content that changes. A re-issue (loss or damage) only asks for the reason.
 */
export function formSections(code: ProcedureCode, amendKind: AmendKind | null | undefined, changeKinds: readonly AmendChange[] = []): FormSection[] {
  const kind = procedureKindOf(code);
  const repOffice = certificateTypeOf(code) === 'rep_office';
  if (kind === 'issue') {
    const sections: FormSection[] = ['organization', 'contacts', 'purposes', 'areas', 'fields', 'representative'];
    if (repOffice) sections.push('office');
    return [...sections, 'plan'];
  }
  if (kind === 'extend') return ['plan'];
  const sections: FormSection[] = ['amendment'];
  if (amendKind === 'reissue_lost' || amendKind === 'reissue_damaged') return sections;
  if (changeKinds.includes('representative')) sections.push('representative');
  if (repOffice && changeKinds.includes('office_address')) sections.push('office');
  if (changeKinds.includes('areas')) sections.push('areas');
  if (changeKinds.includes('fields')) sections.push('fields');
  return sections;
}

/** True when the amendment form asks which contents change (not for a re-issue). */
export function asksForChangeKinds(amendKind: AmendKind | null | undefined): boolean {
  return amendKind !== 'reissue_lost' && amendKind !== 'reissue_damaged';
}

/** What the form of an action asks for before it is sent. */
export interface ActionInputs {
  reason: 'none' | 'optional' | 'required';
  missingComponents: boolean;
  decision: boolean;
  danger: boolean;
}

const REASON_REQUIRED: readonly DossierAction[] = ['request_supplement', 'skip_consultation', 'return_for_revision', 'refuse', 'withdraw'];
const DANGEROUS: readonly DossierAction[] = ['withdraw', 'refuse', 'deliver_refusal', 'return_for_revision'];

/**
 * The inputs of an action's dialog: a written reason where the workflow demands one (supplement request, skipped
 * consultation, refusal grounds, returned draft, withdrawal), the missing components of a supplement request, and
 * the draft decision of a proposal. The server stays the authority (it answers 409 `reason_required`).
 */
export function actionInputs(action: DossierAction): ActionInputs {
  return {
    reason: REASON_REQUIRED.includes(action) ? 'required' : action === 'propose_decision' || action === 'approve' || action === 'close_consultation' ? 'optional' : 'none',
    missingComponents: action === 'request_supplement',
    decision: action === 'propose_decision',
    danger: DANGEROUS.includes(action),
  };
}

/** The applicant may edit the form and the files exactly when the server offers submit or the supplement answer. */
export function canEditContent(detail: Pick<DossierDetail, 'allowedActions'>): boolean {
  return detail.allowedActions.includes('submit') || detail.allowedActions.includes('answer_supplement');
}

/**
 * MOFA adds the documents of a dossier received on paper or by post while it is still being checked (the same rule
 * as the server's content policy; the server stays the authority and answers 409 otherwise).
 */
export function canUploadAsOfficer(detail: Pick<DossierDetail, 'channel' | 'status'>): boolean {
  return detail.channel !== 'online' && ['draft', 'submitted', 'supplement_requested'].includes(detail.status);
}

/** The latest supplement request: its reason, the components asked for and the day. */
export interface SupplementRequest {
  reason: string | null;
  missingComponents: string[];
  onDay: string;
  actor: string | null;
}

/** Reads the latest `request_supplement` entry of the timeline (null when none). */
export function latestSupplementRequest(events: readonly DossierEvent[]): SupplementRequest | null {
  const event = [...events].reverse().find((e) => e.action === 'request_supplement');
  if (!event) return null;
  const payload = (event.payload ?? {}) as { missingComponents?: unknown };
  const missing = Array.isArray(payload.missingComponents) ? payload.missingComponents.filter((c): c is string => typeof c === 'string') : [];
  return { reason: event.reason, missingComponents: missing, onDay: event.onDay, actor: event.actor };
}

/** The draft decision an officer proposed (for the leader), read defensively from `decisionDraft`. */
export interface DecisionDraft {
  outcome: 'approve' | 'refuse' | null;
  validFrom: string | null;
  validTo: string | null;
  maxValidTo: string | null;
  note: string | null;
  reason: string | null;
}

export function readDecisionDraft(value: unknown): DecisionDraft | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (key: string) => (typeof v[key] === 'string' && v[key] !== '' ? (v[key] as string) : null);
  const outcome = v.outcome === 'approve' || v.outcome === 'refuse' ? v.outcome : null;
  return { outcome, validFrom: text('validFrom'), validTo: text('validTo'), maxValidTo: text('maxValidTo'), note: text('note'), reason: text('reason') };
}

/** Every entry the timeline may hold: the workflow actions plus the record-keeping ones. */
export const DOSSIER_EVENT_ACTIONS = [
  'create',
  'update',
  'upload',
  'assign',
  'receive_paper',
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

/** Timeline entries worth showing: the workflow steps and messages of record, not every save or upload. */
export function isMilestone(event: Pick<DossierEvent, 'action'>): boolean {
  return event.action !== 'update' && event.action !== 'upload';
}
