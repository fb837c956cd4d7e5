/**
 * The dossier guide per procedure: Decree 58/2022 Art. 11(1) (issue), 16(1) (extension, Form 03a), 17(1)
 * (amend/supplement/re-issue, Form 03b: original certificate, or a copy when lost).
 */
import { describe, expect, it } from 'vitest';
import { dossierGuide, getProcedure, requiredComponents, type GuideAnswers, type ProcedureCode } from './index';

const codes = (code: ProcedureCode, answers: GuideAnswers) => requiredComponents(getProcedure(code), answers).map((c) => c.code);

describe('dossierGuide', () => {
  it('issue of an operation certificate with a foreign Representative: the five items of Art. 11(1), passport copy', () => {
    const guide = dossierGuide(getProcedure('operation.issue'), { nationality: 'foreign' });
    expect(guide.components.map((c) => `${c.code}:${c.status}`)).toEqual([
      'application:required', 'charter_copy:required', 'legal_status_proof:required', 'programme_list:required',
      'appointment_decision:required', 'curriculum_vitae:required', 'criminal_record:required', 'passport_copy:required',
    ]);
    expect(guide.openQuestions).toEqual(['legalisationExempt']);
    expect(guide.components.find((c) => c.code === 'charter_copy')?.foreignDocuments).toBe('legalisation_and_translation');
    expect(guide.components.find((c) => c.code === 'programme_list')?.name.en).toContain('3 years');
  });

  it('a representative office with a Vietnamese Head of office: identity document, 5-year list', () => {
    const list = requiredComponents(getProcedure('rep_office.issue'), { nationality: 'vietnamese', legalisationExempt: false });
    expect(list.map((c) => c.code)).toContain('identity_document_copy');
    expect(list.map((c) => c.code)).not.toContain('passport_copy');
    expect(list.find((c) => c.code === 'programme_list')?.name.en).toContain('at least 5 years');
    expect(list.find((c) => c.code === 'appointment_decision')?.name.en).toContain('Head of the Representative Office');
  });

  it('leaves the identity documents "if applicable" until the nationality is known', () => {
    const guide = dossierGuide(getProcedure('operation.issue'));
    expect(guide.components.filter((c) => c.status === 'if_applicable').map((c) => c.code)).toEqual(['passport_copy', 'identity_document_copy']);
    expect(guide.openQuestions).toEqual(['nationality', 'legalisationExempt']);
  });

  it('drops legalisation, keeping the certified translation, when a treaty or reciprocity exempts it', () => {
    const list = requiredComponents(getProcedure('operation.issue'), { nationality: 'foreign', legalisationExempt: true });
    expect(list.find((c) => c.code === 'legal_status_proof')?.foreignDocuments).toBe('certified_translation');
    expect(list.every((c) => c.foreignDocuments !== 'legalisation_and_translation')).toBe(true);
  });

  it.each([
    ['rep_office.extend', ['application', 'certificate_original', 'activity_report_and_plan'], '03a', '5 years'],
    ['operation.extend', ['application', 'certificate_original', 'activity_report_and_plan'], '02a', '3 years'],
  ] as const)('%s: Form %s, original certificate, report and plan', (code, expected, form, years) => {
    const list = requiredComponents(getProcedure(code), {});
    expect(list.map((c) => c.code)).toEqual(expected);
    expect(list[0]?.formNumber).toBe(form);
    expect(list[2]?.name.en).toContain(years);
    expect(list[2]?.foreignDocuments).toBe('certified_translation');
    expect(list.every((c) => c.status === 'required')).toBe(true);
  });

  it.each([
    ['reissue_lost', ['application', 'certificate_copy']],
    ['reissue_damaged', ['application', 'certificate_original']],
  ] as const)('re-issue (%s): application and %j', (amendKind, expected) => {
    expect(codes('rep_office.amend', { amendKind })).toEqual(expected);
    expect(dossierGuide(getProcedure('operation.amend'), { amendKind }).openQuestions).toEqual([]);
  });

  it('amending the Representative asks for the sub-dossier of the new person', () => {
    expect(codes('operation.amend', { amendKind: 'amend', changes: ['representative'], nationality: 'vietnamese' })).toEqual([
      'application', 'certificate_original', 'supporting_documents',
      'appointment_decision', 'curriculum_vitae', 'criminal_record', 'identity_document_copy',
    ]);
  });

  it('supplementing areas and moving the office of a representative office', () => {
    expect(codes('rep_office.amend', { amendKind: 'supplement', changes: ['areas', 'office_address'] })).toEqual([
      'application', 'certificate_original', 'supporting_documents', 'updated_programme_list', 'office_premises_document',
    ]);
  });

  it('before any answer, an amendment needs the application and asks what to do', () => {
    const guide = dossierGuide(getProcedure('rep_office.amend'));
    expect(guide.components.filter((c) => c.status === 'required').map((c) => c.code)).toEqual(['application']);
    expect(guide.openQuestions).toEqual(['amendKind', 'changes', 'nationality', 'legalisationExempt']);
  });

  it('marks the inferred change documents as unconfirmed', () => {
    const list = requiredComponents(getProcedure('rep_office.amend'), { amendKind: 'amend', changes: ['name_or_legal_status'] });
    expect(list.find((c) => c.code === 'legal_change_proof')?.basis.confirmed).toBe(false);
    expect(list.find((c) => c.code === 'certificate_original')?.basis).toEqual({ citation: 'Decree 58/2022 Art. 17(1)', confirmed: true });
  });

  it.each([
    ['operation.issue', { amendKind: 'amend' }],
    ['operation.amend', { changes: ['office_address'] }],
  ] as const)('rejects answers %s cannot have: %j', (code, answers) => {
    expect(() => dossierGuide(getProcedure(code), answers as GuideAnswers)).toThrow(RangeError);
  });
});
