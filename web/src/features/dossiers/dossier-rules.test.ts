import { describe, expect, it } from 'vitest';
import { actionInputs, canEditContent, canUploadAsOfficer, formSections, latestSupplementRequest, readDecisionDraft, SLA_COLORS, slaTagColor } from './dossier-rules';
import type { DossierEvent } from './types';

describe('SLA colours', () => {
  it.each([
    ['on_time', 'green'],
    ['due_soon', 'gold'],
    ['overdue', 'red'],
    ['paused', 'default'],
    ['none', 'default'],
  ] as const)('%s is shown as a %s tag', (sla, color) => {
    expect(slaTagColor(sla)).toBe(color);
  });

  it('gives paused dossiers a grey bar, distinct from the three live states', () => {
    const bars = new Set([SLA_COLORS.on_time.bar, SLA_COLORS.due_soon.bar, SLA_COLORS.overdue.bar]);
    expect(bars.size).toBe(3);
    expect(bars.has(SLA_COLORS.paused.bar)).toBe(false);
    expect(SLA_COLORS.paused.bar).toBe('#bfbfbf');
  });
});

describe('form sections per procedure', () => {
  it('asks for the whole NGO on a first operation certificate, without an office', () => {
    expect(formSections('operation.issue', null)).toEqual(['organization', 'contacts', 'purposes', 'areas', 'fields', 'representative', 'plan']);
  });

  it('adds the office city and address for a representative office', () => {
    expect(formSections('rep_office.issue', null)).toContain('office');
  });

  it('asks only for the report and plan on an extension', () => {
    expect(formSections('operation.extend', null)).toEqual(['plan']);
    expect(formSections('rep_office.extend', null)).toEqual(['plan']);
  });

  it('asks for the sections of the contents that change in an amendment', () => {
    expect(formSections('operation.amend', 'amend', [])).toEqual(['amendment']);
    expect(formSections('operation.amend', 'amend', ['areas', 'representative'])).toEqual(['amendment', 'representative', 'areas']);
    expect(formSections('rep_office.amend', 'supplement', ['office_address', 'fields'])).toEqual(['amendment', 'office', 'fields']);
  });

  it('never offers an office on an operation certificate, and only the reason on a re-issue', () => {
    expect(formSections('operation.amend', 'amend', ['office_address'])).toEqual(['amendment']);
    expect(formSections('rep_office.amend', 'reissue_lost', ['areas'])).toEqual(['amendment']);
  });
});

describe('action dialogs', () => {
  it('asks for a reason where the workflow requires one', () => {
    for (const action of ['request_supplement', 'skip_consultation', 'return_for_revision', 'refuse', 'withdraw'] as const) {
      expect(actionInputs(action).reason, action).toBe('required');
    }
    expect(actionInputs('accept').reason).toBe('none');
  });

  it('asks for the missing components on a supplement request and for the draft on a proposal', () => {
    expect(actionInputs('request_supplement')).toMatchObject({ missingComponents: true, decision: false });
    expect(actionInputs('propose_decision')).toMatchObject({ missingComponents: false, decision: true, reason: 'optional' });
  });

  it('marks withdrawal and refusal as dangerous', () => {
    expect(actionInputs('withdraw').danger).toBe(true);
    expect(actionInputs('refuse').danger).toBe(true);
    expect(actionInputs('approve').danger).toBe(false);
  });
});

describe('reading the dossier', () => {
  const event = (id: number, action: string, reason: string | null, payload: unknown = null): DossierEvent => ({
    id,
    action,
    fromStatus: 'submitted',
    toStatus: 'supplement_requested',
    actor: 'Nguyễn Văn An',
    actorRole: 'mofa_officer',
    reason,
    payload,
    onDay: `2026-03-0${id}`,
    stepDueOn: null,
    occurredAt: `2026-03-0${id}T03:00:00Z`,
  });

  it('lets the applicant edit exactly when submit or the supplement answer is allowed', () => {
    expect(canEditContent({ allowedActions: ['submit', 'withdraw'] })).toBe(true);
    expect(canEditContent({ allowedActions: ['answer_supplement', 'withdraw'] })).toBe(true);
    expect(canEditContent({ allowedActions: ['withdraw'] })).toBe(false);
  });

  it('lets MOFA add files only to a paper or postal dossier still being checked', () => {
    expect(canUploadAsOfficer({ channel: 'paper', status: 'submitted' })).toBe(true);
    expect(canUploadAsOfficer({ channel: 'post', status: 'accepted' })).toBe(false);
    expect(canUploadAsOfficer({ channel: 'online', status: 'submitted' })).toBe(false);
  });

  it('finds the latest supplement request with its missing components', () => {
    const events = [event(1, 'request_supplement', 'Thiếu lý lịch tư pháp', { missingComponents: ['criminal_record'] }), event(2, 'answer_supplement', null), event(3, 'request_supplement', 'Bản dịch chưa chứng thực', { missingComponents: ['charter_copy', 7] })];
    expect(latestSupplementRequest(events)).toEqual({ reason: 'Bản dịch chưa chứng thực', missingComponents: ['charter_copy'], onDay: '2026-03-03', actor: 'Nguyễn Văn An' });
    expect(latestSupplementRequest([event(1, 'submit', null)])).toBeNull();
  });

  it('reads a draft decision defensively', () => {
    expect(readDecisionDraft({ outcome: 'approve', validTo: '2029-03-31', maxValidTo: '2029-04-01', note: '' })).toEqual({ outcome: 'approve', validFrom: null, validTo: '2029-03-31', maxValidTo: '2029-04-01', note: null, reason: null });
    expect(readDecisionDraft(null)).toBeNull();
    expect(readDecisionDraft({ outcome: 'maybe' })?.outcome).toBeNull();
  });
});
