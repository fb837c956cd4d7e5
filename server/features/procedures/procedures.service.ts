import { receiptDay } from '../../domain/calendar/deadline';
import { getProcedure, buildProcedureCatalogue } from '../../domain/procedures/procedure-catalogue';
import { dossierGuide, type GuideAnswers } from '../../domain/procedures/dossier-guide';
import { plannedTimeline } from '../../domain/procedures/procedure-timeline';
import type { Procedure, ProcedureCode } from '../../domain/procedures/procedure-types';
import type { Deps } from '../../platform/deps';
import { loadWorkingCalendar } from '../reference/reference.service';
import { getProcedureSettings } from '../settings/settings.service';
import { vnDateOf } from '../../../common/dates';

type ProcDeps = Pick<Deps, 'db' | 'clock'>;

const summary = (p: Procedure) => ({
  code: p.code,
  kind: p.kind,
  certificateType: p.certificateType,
  name: p.name,
  basis: p.basis.map((b) => b.citation),
  totalWorkingDays: p.totalWorkingDays,
  amendKinds: [...p.amendKinds],
  amendChanges: [...p.amendChanges],
});

/** The six procedures with the settings in force. */
export async function listProcedures(deps: ProcDeps) {
  return buildProcedureCatalogue(await getProcedureSettings(deps.db)).map(summary);
}

/**
 * The guide for one procedure: the components to submit for the NGO's answers, and the planned dates of every step
 * with the expected decision day, computed by the working-day engine from `day` (today's receipt day when it is
 * today: after office hours it counts from the next working day).
 */
export async function guideFor(deps: ProcDeps, code: ProcedureCode, answers: GuideAnswers, day: string) {
  const [settings, calendar] = await Promise.all([getProcedureSettings(deps.db), loadWorkingCalendar(deps)]);
  const procedure = getProcedure(code, settings);
  const now = deps.clock.now();
  const submittedOn = day === vnDateOf(now) ? receiptDay(calendar, now, settings.receiptCutoff) : day;
  const guide = dossierGuide(procedure, answers);
  const plan = plannedTimeline(calendar, procedure, submittedOn, answers.amendKind);
  return {
    procedure: summary(procedure),
    components: guide.components.map((c) => ({
      code: c.code,
      name: c.name,
      note: c.note,
      status: c.status,
      copyKind: c.copyKind,
      formNumber: c.formNumber,
      foreignDocuments: c.foreignDocuments,
      acceptedFormats: [...c.acceptedFormats],
      basis: c.basis.citation,
    })),
    openQuestions: [...guide.openQuestions],
    submittedOn,
    expectedDecisionOn: plan.overallDueDay,
    steps: plan.steps.map((s) => ({ code: s.step.code, name: s.step.name, startOn: s.startDay, dueOn: s.dueDay, maxWorkingDays: s.step.maxWorkingDays })),
  };
}
