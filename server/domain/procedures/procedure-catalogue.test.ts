/**
 * The six Decree 58/2022 procedures: time limits (Art. 11, 15, 16(2), 17(2)-(3); Decision 3155/QĐ-BNG), consulted
 * agencies, sub-kinds, and the configurable (unconfirmed) defaults.
 */
import { describe, expect, it } from 'vitest';
import {
  buildProcedureCatalogue,
  getProcedure,
  isProcedureCode,
  PROCEDURE_CODES,
  PROCEDURE_DEFAULTS,
  procedureCodeOf,
  resolveProcedureSettings,
  stepsFor,
  versionKindOf,
  type Procedure,
  type ProcedureCode,
  type StepCode,
} from './index';

const limits = (p: Procedure) => Object.fromEntries(p.steps.map((s) => [s.code, s.maxWorkingDays])) as Record<StepCode, number | null>;
const confirmedSteps = (p: Procedure) => p.steps.filter((s) => s.maxWorkingDays !== null && s.basis.confirmed).map((s) => s.code);

describe('the procedure catalogue', () => {
  it('has the six procedures, two certificate types × issue / extend / amend', () => {
    const catalogue = buildProcedureCatalogue();
    expect(catalogue.map((p) => p.code)).toEqual([...PROCEDURE_CODES]);
    expect(catalogue.map((p) => `${p.certificateType}:${p.kind}:${p.planYears}`)).toEqual([
      'operation:issue:3', 'operation:extend:3', 'operation:amend:3', 'rep_office:issue:5', 'rep_office:extend:5', 'rep_office:amend:5',
    ]);
    expect(getProcedure('rep_office.extend').name).toEqual({ vi: 'Gia hạn Giấy đăng ký lập Văn phòng đại diện', en: 'Extend a representative office registration certificate' });
    expect(getProcedure('operation.amend').name).toEqual({ vi: 'Sửa đổi, bổ sung, cấp lại Giấy đăng ký hoạt động', en: 'Amend, supplement or re-issue an operation registration certificate' });
  });

  it.each(PROCEDURE_CODES.map((c) => [c]))('%s: check 2, letters 2, replies 10, MOFA 10, overall 30 WD by default', (code) => {
    const p = getProcedure(code);
    expect(limits(p)).toEqual({ completeness_check: 2, consultation_send: 2, consultation_reply: 10, forward_to_mofa: null, mofa_decision: 10, delivery: null });
    expect(p.totalWorkingDays).toBe(30);
    expect(p.steps.map((s) => s.countsFrom)).toEqual(['receipt', 'dossier_complete', 'request_received', 'opinions_received', 'forwarded_to_mofa', 'decision']);
  });

  it.each([
    ['operation.issue', ['completeness_check', 'consultation_send', 'mofa_decision'], true],
    ['operation.extend', [], false],
    ['operation.amend', [], false],
    ['rep_office.issue', ['completeness_check', 'consultation_send', 'consultation_reply', 'mofa_decision'], true],
    ['rep_office.extend', ['completeness_check', 'consultation_send', 'consultation_reply', 'mofa_decision'], true],
    ['rep_office.amend', ['completeness_check', 'consultation_send'], false],
  ] as const)('%s: confirmed limits %j, overall confirmed %s', (code, confirmed, totalConfirmed) => {
    const p = getProcedure(code);
    expect(confirmedSteps(p)).toEqual(confirmed);
    expect(p.totalBasis.confirmed).toBe(totalConfirmed);
  });

  it('consults the ministries and provinces on issue and extension, plus the office city for a representative office', () => {
    expect(getProcedure('operation.issue').consultedParties).toEqual(['mps', 'mof', 'moha', 'sbv', 'line_ministries', 'provinces_of_areas', 'aid_approving_agencies']);
    expect(getProcedure('rep_office.issue').consultedParties).toContain('province_of_office');
    expect(getProcedure('rep_office.extend').consultedParties).toContain('province_of_office');
    expect(getProcedure('operation.amend').consultedParties).toEqual(['agencies_concerned_by_change', 'provinces_concerned_by_change']);
  });

  it('offers the amend sub-kinds, and the office-address change only for a representative office', () => {
    expect(getProcedure('operation.amend').amendKinds).toEqual(['amend', 'supplement', 'reissue_lost', 'reissue_damaged']);
    expect(getProcedure('operation.issue').amendKinds).toEqual([]);
    expect(getProcedure('operation.amend').amendChanges).not.toContain('office_address');
    expect(getProcedure('rep_office.amend').amendChanges).toContain('office_address');
    expect(['amend', 'supplement', 'reissue_lost', 'reissue_damaged'].map((k) => versionKindOf(k as never))).toEqual(['amended', 'supplemented', 'reissued', 'reissued']);
  });

  it('skips consultation for a re-issue by default, not when configured otherwise', () => {
    const amend = getProcedure('rep_office.amend');
    expect(stepsFor(amend, 'reissue_lost').map((s) => s.code)).toEqual(['completeness_check', 'forward_to_mofa', 'mofa_decision', 'delivery']);
    expect(stepsFor(amend, 'amend')).toHaveLength(6);
    const withConsultation = getProcedure('rep_office.amend', resolveProcedureSettings({ reissueNeedsConsultation: true }));
    expect(stepsFor(withConsultation, 'reissue_damaged')).toHaveLength(6);
  });

  it('uses the confirmed forms 03a / 03b and the configurable ones for the others', () => {
    const form = (code: ProcedureCode) => getProcedure(code).components.find((c) => c.code === 'application')?.formNumber;
    expect(PROCEDURE_CODES.map(form)).toEqual(['02', '02a', '02b', '03', '03a', '03b']);
    const settings = resolveProcedureSettings({ applicationForms: { 'operation.issue': '01' } });
    expect(getProcedure('operation.issue', settings).components[0]?.formNumber).toBe('01');
  });

  it('every component is one copy with the accepted formats and a unique code', () => {
    for (const p of buildProcedureCatalogue()) {
      const codes = p.components.map((c) => c.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
      for (const c of p.components) {
        expect(c.copies).toBe(1);
        expect(c.acceptedFormats).toEqual(PROCEDURE_DEFAULTS.acceptedFileFormats);
      }
    }
  });

  it('has the extension filing rule only on extensions, no fee, and the three submission channels', () => {
    expect(getProcedure('operation.extend').extensionFiling).toMatchObject({ opensDaysBeforeExpiry: 90, warnDaysBeforeExpiry: [90, 60, 30] });
    expect(getProcedure('operation.issue').extensionFiling).toBeNull();
    expect(getProcedure('rep_office.amend').feeVnd).toBe(0);
    expect(getProcedure('operation.issue').submissionChannels).toEqual(['direct', 'post', 'online']);
  });

  it('maps codes', () => {
    expect(procedureCodeOf('rep_office', 'amend')).toBe('rep_office.amend');
    expect(isProcedureCode('operation.issue')).toBe(true);
    expect(isProcedureCode('project_office.issue')).toBe(false);
    expect(() => getProcedure('project_office.issue' as ProcedureCode)).toThrow(RangeError);
  });
});

describe('procedure settings (unconfirmed values)', () => {
  it('overrides an unconfirmed limit but never a confirmed one', () => {
    const settings = resolveProcedureSettings({ timeLimits: { 'operation.extend': { total: 45 }, 'rep_office.issue': { total: 45 }, 'rep_office.amend': { completenessCheck: 5, mofaDecision: 15 } } });
    expect(getProcedure('operation.extend', settings).totalWorkingDays).toBe(45);
    expect(getProcedure('operation.extend', settings).steps[0]?.maxWorkingDays).toBe(2);
    expect(getProcedure('rep_office.issue', settings).totalWorkingDays).toBe(30);
    expect(limits(getProcedure('rep_office.amend', settings))).toMatchObject({ completeness_check: 2, mofa_decision: 15 });
  });

  it('keeps the defaults it is not given', () => {
    expect(resolveProcedureSettings({})).toEqual(PROCEDURE_DEFAULTS);
    expect(resolveProcedureSettings({ extensionFiling: { opensDaysBeforeExpiry: 60 } }).extensionFiling).toEqual({ opensDaysBeforeExpiry: 60, warnDaysBeforeExpiry: [90, 60, 30] });
  });

  it.each([
    [{ timeLimits: { 'operation.amend': { total: -1 } } }],
    [{ feeVnd: 1.5 }],
    [{ extensionFiling: { warnDaysBeforeExpiry: [30, -5] } }],
    [{ supplementMaxDays: -1 }],
    [{ receiptCutoff: '5pm' }],
  ])('rejects %j', (override) => {
    expect(() => resolveProcedureSettings(override)).toThrow(RangeError);
  });

  it('fails loudly when a limit is missing from both the confirmed rules and the settings', () => {
    const settings = { ...PROCEDURE_DEFAULTS, timeLimits: { ...PROCEDURE_DEFAULTS.timeLimits, 'operation.extend': {} } };
    expect(() => getProcedure('operation.extend', settings)).toThrow(/no time limit/);
  });
});
