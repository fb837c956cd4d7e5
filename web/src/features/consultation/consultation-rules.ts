import type { ProposedConsultee, ReplyBody, ReplyPosition, SendBody, Timeliness } from './types';

/** What the countdown tag shows: an i18n key under `consultation.countdown`, its count and the antd colour. */
export interface Countdown {
  key: 'left' | 'dueToday' | 'overdue' | 'answered';
  count: number;
  color: 'green' | 'orange' | 'red' | 'default';
}

/**
 * The working-day countdown of a request (Decree 58/2022 Art. 11(2): 10 working days to reply), from the server's
 * `workingDaysLeft`: green with 3 or more days left, orange with 1–2, orange "due today" on the due day, red
 * "overdue N working days" after it; null once answered (the server stops counting).
 */
export function countdownOf(workingDaysLeft: number | null): Countdown {
  if (workingDaysLeft === null) return { key: 'answered', count: 0, color: 'default' };
  if (workingDaysLeft < 0) return { key: 'overdue', count: -workingDaysLeft, color: 'red' };
  if (workingDaysLeft === 0) return { key: 'dueToday', count: 0, color: 'orange' };
  return { key: 'left', count: workingDaysLeft, color: workingDaysLeft >= 3 ? 'green' : 'orange' };
}

/** The antd colour of a request's timeliness (on time / late / missing / pending). */
export function timelinessColor(timeliness: Timeliness): string {
  return { on_time: 'green', late: 'orange', missing: 'red', pending: 'blue' }[timeliness];
}

/** The officer's choice in the consultation card. */
export interface SendChoice {
  /** Proposed unit codes the officer unticked. */
  dropped: readonly string[];
  /** Agencies added by hand with their reason. */
  added: readonly { unitCode: string; reason?: string | null }[];
  adjustReason?: string | null;
  note?: string | null;
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** True when a proposed agency is left out: the server then requires `adjustReason`. */
export function needsAdjustReason(choice: Pick<SendChoice, 'dropped'>): boolean {
  return choice.dropped.length > 0;
}

/**
 * The body of POST /dossiers/{id}/consultation/send: the proposed agencies still ticked, then those added by hand
 * (each once, with its reason), the reason for leaving some out (only when some are) and the note.
 */
export function toSendBody(proposal: readonly Pick<ProposedConsultee, 'unitCode'>[], choice: SendChoice, lockVersion?: number): SendBody {
  const kept = proposal.filter((c) => !choice.dropped.includes(c.unitCode)).map((c) => ({ unitCode: c.unitCode }));
  const seen = new Set(kept.map((c) => c.unitCode));
  const added: { unitCode: string; reason: string | null }[] = [];
  for (const a of choice.added) {
    if (!a.unitCode || seen.has(a.unitCode)) continue;
    seen.add(a.unitCode);
    added.push({ unitCode: a.unitCode, reason: clean(a.reason) });
  }
  const body: SendBody = { consultees: [...kept, ...added] };
  if (needsAdjustReason(choice)) body.adjustReason = clean(choice.adjustReason);
  const note = clean(choice.note);
  if (note) body.note = note;
  if (lockVersion !== undefined) body.lockVersion = lockVersion;
  return body;
}

/** The values of the reply form. */
export interface ReplyFormValues {
  position?: ReplyPosition | null;
  reasons?: string | null;
  items?: { kind?: 'condition' | 'objection'; text?: string }[];
  signerName?: string | null;
  signerTitle?: string | null;
}

/** The body of PUT /consultations/{id}/reply from the form (blank conditions dropped, text trimmed). */
export function toReplyBody(values: ReplyFormValues): ReplyBody {
  return {
    position: values.position ?? null,
    reasons: clean(values.reasons),
    items: (values.items ?? []).filter((i) => i.text?.trim()).map((i) => ({ kind: i.kind ?? 'condition', text: i.text!.trim() })),
    signerName: clean(values.signerName),
    signerTitle: clean(values.signerTitle),
  };
}

/** An ISO day (YYYY-MM-DD) as dd/mm/yyyy, without any time-zone arithmetic. */
export function formatDay(isoDay: string | null | undefined): string {
  return isoDay ? isoDay.slice(0, 10).split('-').reverse().join('/') : '—';
}

/** A server field path (`items.0.text`) as an antd form field name (`['items', 0, 'text']`). */
export function formFieldName(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
