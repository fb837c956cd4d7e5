import { describe, expect, it } from 'vitest';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES, FINAL_STATUSES, STATUS_INFO, TRANSITIONS, allowedActions, decideTransition, type DossierAction, type DossierStatus, type WorkflowParty } from './workflow';

// Decree 58/2022 Art. 11(2)–(7): the happy path of an issue procedure, action by action, with the party that acts.
const HAPPY_PATH: [DossierAction, WorkflowParty, DossierStatus][] = [
  ['submit', 'applicant', 'submitted'],
  ['request_supplement', 'officer', 'supplement_requested'],
  ['answer_supplement', 'applicant', 'submitted'],
  ['accept', 'officer', 'accepted'],
  ['send_for_consultation', 'officer', 'in_consultation'],
  ['close_consultation', 'officer', 'appraisal'],
  ['propose_decision', 'officer', 'decision_pending'],
  ['approve', 'leader', 'approved'],
  ['issue_certificate', 'officer', 'issued'],
];

describe('dossier workflow (Decree 58/2022 Art. 11)', () => {
  it('walks the statutory path from draft to an issued certificate', () => {
    let status: DossierStatus = 'draft';
    for (const [action, party, expected] of HAPPY_PATH) {
      const decision = decideTransition(status, action, [party], 'reason');
      expect(decision, `${action} from ${status}`).toEqual({ ok: true, to: expected });
      status = expected;
    }
    expect(FINAL_STATUSES).toContain(status);
  });

  it('ends a refusal with the written refusal delivered (Art. 11(7))', () => {
    expect(decideTransition('decision_pending', 'refuse', ['leader'], 'Mục đích hoạt động trái pháp luật')).toEqual({ ok: true, to: 'refused' });
    expect(decideTransition('refused', 'deliver_refusal', ['officer'])).toEqual({ ok: true, to: 'refusal_delivered' });
  });

  it('refuses an action that does not apply to the current status, listing what is allowed', () => {
    const decision = decideTransition('draft', 'approve', ['leader']);
    expect(decision).toEqual({ ok: false, refusal: 'illegal_transition', allowed: [] });
    expect(decideTransition('submitted', 'issue_certificate', ['officer'])).toMatchObject({ ok: false, refusal: 'illegal_transition', allowed: ['request_supplement', 'accept'] });
  });

  it('lets only the leader sign a decision, and only the applicant submit or withdraw', () => {
    expect(decideTransition('decision_pending', 'approve', ['officer'])).toMatchObject({ ok: false, refusal: 'not_your_step' });
    expect(decideTransition('draft', 'submit', ['officer'])).toMatchObject({ ok: false, refusal: 'not_your_step' });
    expect(decideTransition('appraisal', 'withdraw', ['officer'], 'x')).toMatchObject({ ok: false, refusal: 'not_your_step' });
    expect(decideTransition('appraisal', 'withdraw', ['applicant'], 'Không còn nhu cầu')).toEqual({ ok: true, to: 'withdrawn' });
  });

  it('needs a written reason for a refusal, a supplement request, a withdrawal and a returned draft', () => {
    for (const [status, action, party] of [
      ['decision_pending', 'refuse', 'leader'],
      ['submitted', 'request_supplement', 'officer'],
      ['submitted', 'withdraw', 'applicant'],
      ['decision_pending', 'return_for_revision', 'leader'],
    ] as const) {
      expect(decideTransition(status, action, [party], '  ')).toMatchObject({ ok: false, refusal: 'reason_required' });
    }
  });

  it('allows nothing once a dossier is final, and the applicant cannot withdraw after the decision', () => {
    for (const status of FINAL_STATUSES) {
      expect(allowedActions(status, ['applicant', 'officer', 'leader', 'agencies'])).toEqual([]);
    }
    expect(allowedActions('approved', ['applicant'])).toEqual([]);
  });

  it('keeps the tables consistent: every status is reachable, every step has an owner until the end', () => {
    const reachable = new Set<DossierStatus>(['draft']);
    for (const action of DOSSIER_ACTIONS) reachable.add(TRANSITIONS[action].to);
    expect([...reachable].sort()).toEqual([...DOSSIER_STATUSES].sort());
    for (const status of DOSSIER_STATUSES) {
      const info = STATUS_INFO[status];
      expect(info.owner === null, status).toBe(FINAL_STATUSES.includes(status));
      if (info.clock === 'step') expect(info.duration, status).toBeDefined();
    }
  });

  it('stops the clock only while the applicant supplements (brief §3 general rules)', () => {
    expect(DOSSIER_STATUSES.filter((s) => STATUS_INFO[s].paused)).toEqual(['supplement_requested']);
  });
});
