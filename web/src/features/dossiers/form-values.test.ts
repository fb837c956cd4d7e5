import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { toActionBody } from './action-body';
import { toApplication, toFormValues, withoutApplicationPrefix } from './application-form-values';
import { toCreateBody, toGuideQuery, visibleQuestions } from './guide-answers';
import { toQueueQuery } from './queue-filters';

describe('application form values', () => {
  it('round-trips days through the DatePickers and leaves empty fields out', () => {
    const form = toFormValues({ nameEn: 'Mekong Kinderhilfe', homeRegistrationExpiresOn: '2040-12-31', representative: { fullName: 'Anna Schmidt', passportExpiresOn: '2031-01-01' } });
    expect(form.homeRegistrationExpiresOn?.format('DD/MM/YYYY')).toBe('31/12/2040');
    const application = toApplication({ ...form, nameVi: '  ', provinceCodes: [], email: ' office@example.org ' });
    expect(application).toEqual({ nameEn: 'Mekong Kinderhilfe', email: 'office@example.org', homeRegistrationExpiresOn: '2040-12-31', representative: { fullName: 'Anna Schmidt', passportExpiresOn: '2031-01-01' } });
  });

  it('sends the representative only when something of it is filled in', () => {
    expect(toApplication({ representative: { fullName: ' ', dateOfBirth: null } }).representative).toBeUndefined();
    expect(toApplication({ representative: { passportNumber: 'C01X00T47', dateOfBirth: dayjs('1980-02-03') } }).representative).toEqual({ passportNumber: 'C01X00T47', dateOfBirth: '1980-02-03' });
  });

  it('moves server messages for application.* onto the form’s own field names', () => {
    const error = new ApiError(400, 'validation_failed', 'x', { fields: [{ path: 'application.representative.fullName', message: { vi: 'Bắt buộc', en: 'Required' } }] });
    const moved = withoutApplicationPrefix(error) as ApiError;
    expect(moved.details.fields?.[0]?.path).toBe('representative.fullName');
    expect(withoutApplicationPrefix('other')).toBe('other');
  });
});

describe('guide answers', () => {
  const issue = { code: 'operation.issue' as const, kind: 'issue' as const };
  const amend = { code: 'rep_office.amend' as const, kind: 'amend' as const };

  it('asks the open questions and keeps the answered ones on screen', () => {
    expect([...visibleQuestions(['nationality', 'legalisationExempt'], issue, {})].sort()).toEqual(['legalisationExempt', 'nationality']);
    expect([...visibleQuestions([], issue, { nationality: 'foreign', legalisationExempt: false })].sort()).toEqual(['legalisationExempt', 'nationality']);
    expect(visibleQuestions([], issue, {}).size).toBe(0);
  });

  it('asks what changes only for an amendment that is not a re-issue', () => {
    expect(visibleQuestions(['amendKind'], amend, {}).has('changes')).toBe(false);
    expect(visibleQuestions([], amend, { amendKind: 'amend' }).has('changes')).toBe(true);
    expect(visibleQuestions([], amend, { amendKind: 'reissue_lost' }).has('changes')).toBe(false);
  });

  it('builds the guide query and the create body from the answers', () => {
    expect(toGuideQuery(issue, { nationality: 'foreign', legalisationExempt: false, amendKind: 'amend' })).toEqual({ nationality: 'foreign', legalisationExempt: 'false' });
    expect(toGuideQuery(amend, { amendKind: 'supplement', changes: ['areas', 'fields'] })).toEqual({ amendKind: 'supplement', changes: 'areas,fields' });
    expect(toCreateBody(amend, { amendKind: 'amend', changes: ['office_address'] }, 'web-key-0001')).toEqual({ procedure: 'rep_office.amend', amendKind: 'amend', application: { changeKinds: ['office_address'] }, clientKey: 'web-key-0001' });
    expect(toCreateBody(issue, { nationality: 'foreign' }, 'web-key-0002')).toEqual({ procedure: 'operation.issue', application: {}, clientKey: 'web-key-0002' });
  });
});

describe('action bodies and queue filters', () => {
  it('sends the reason, the missing components and the draft decision as the action needs', () => {
    expect(toActionBody('accept', { reason: 'x' }, 4)).toEqual({ action: 'accept', lockVersion: 4 });
    expect(toActionBody('request_supplement', { reason: ' Thiếu ', missingComponents: ['criminal_record'] }, 2)).toEqual({ action: 'request_supplement', lockVersion: 2, reason: 'Thiếu', missingComponents: ['criminal_record'] });
    expect(toActionBody('propose_decision', { outcome: 'approve', validTo: dayjs('2029-03-31'), note: ' ok ' }, 7)).toEqual({ action: 'propose_decision', lockVersion: 7, decision: { outcome: 'approve', validTo: '2029-03-31', note: 'ok' } });
    expect(toActionBody('propose_decision', { outcome: 'refuse', validTo: dayjs('2029-03-31') }, 7).decision).toEqual({ outcome: 'refuse' });
  });

  it('leaves empty queue filters out of the query', () => {
    expect(toQueueQuery({ mine: false, q: '  ' })).toEqual({});
    expect(toQueueQuery({ mine: true, q: ' HS-2026 ', sla: 'overdue', procedure: 'operation.issue', status: 'submitted' })).toEqual({ mine: 'true', q: 'HS-2026', sla: 'overdue', procedure: 'operation.issue', status: 'submitted' });
  });
});
