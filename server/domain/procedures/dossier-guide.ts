/**
 * The dossier guide: from what the NGO wants (which amendment, which content changes, who the proposed
 * Representative / Head of office is) to the list of components to submit (Decree 58/2022 Art. 11(1), 12, 13,
 * 15(1), 16(1), 17(1); brief §3). Unanswered questions leave the dependent components "if applicable".
 */
import type {
  AmendChange,
  AmendKind,
  ComponentCondition,
  DossierComponent,
  ForeignDocumentRule,
  PersonNationality,
  Procedure,
} from './procedure-types';

/** The guide's answers; any may be missing while the applicant is still answering. */
export interface GuideAnswers {
  /** Amend procedures: amend, supplement, or re-issue after loss or damage. */
  readonly amendKind?: AmendKind;
  /** Amend / supplement: the content that changes. */
  readonly changes?: readonly AmendChange[];
  /** Nationality of the proposed Representative / Head of office (decides the identity document). */
  readonly nationality?: PersonNationality;
  /**
   * True when the home country's documents are exempt from consular legalisation under a treaty Vietnam is a
   * party to or on reciprocity (D58 Art. 11, 15): a certified translation is then enough.
   */
  readonly legalisationExempt?: boolean;
}

export type GuideQuestion = keyof GuideAnswers;

/** A component as the guide presents it. */
export interface GuidedComponent extends DossierComponent {
  /** 'if_applicable' while a question it depends on is unanswered. */
  readonly status: 'required' | 'if_applicable';
  /** The questions whose answers decide whether it is needed. */
  readonly openQuestions: readonly GuideQuestion[];
}

/** The guide's result: the components to submit and the questions that would settle the rest. */
export interface DossierGuide {
  readonly components: readonly GuidedComponent[];
  readonly openQuestions: readonly GuideQuestion[];
}

const QUESTION_OF: Record<ComponentCondition['kind'], GuideQuestion> = { amend_kind: 'amendKind', change: 'changes', nationality: 'nationality' };

/** true / false, or null when the answer it needs is missing. */
function holds(condition: ComponentCondition, answers: GuideAnswers): boolean | null {
  switch (condition.kind) {
    case 'amend_kind':
      return answers.amendKind === undefined ? null : condition.anyOf.includes(answers.amendKind);
    case 'change':
      return answers.changes === undefined ? null : answers.changes.some((c) => condition.anyOf.includes(c));
    case 'nationality':
      return answers.nationality === undefined ? null : answers.nationality === condition.is;
  }
}

function assertAnswers(procedure: Procedure, answers: GuideAnswers): void {
  if (answers.amendKind !== undefined && !procedure.amendKinds.includes(answers.amendKind)) {
    throw new RangeError(`${procedure.code} has no amend kind ${answers.amendKind}`);
  }
  const unknown = answers.changes?.find((c) => !procedure.amendChanges.includes(c));
  if (unknown !== undefined) throw new RangeError(`${procedure.code} has no change ${unknown}`);
}

/**
 * The components to submit for these answers, and the questions still open. A component whose conditions
 * fail is left out; one whose conditions hold is 'required'; one waiting for an answer is 'if_applicable'.
 * With `legalisationExempt`, legalisation is dropped and the certified translation kept.
 * @throws RangeError when an answer does not exist for the procedure (e.g. an amend kind on an issue procedure).
 */
export function dossierGuide(procedure: Procedure, answers: GuideAnswers = {}): DossierGuide {
  assertAnswers(procedure, answers);
  const open = new Set<GuideQuestion>();
  const components: GuidedComponent[] = [];
  for (const component of procedure.components) {
    const results = component.when.map((c) => ({ c, result: holds(c, answers) }));
    if (results.some((r) => r.result === false)) continue;
    const questions = [...new Set(results.filter((r) => r.result === null).map((r) => QUESTION_OF[r.c.kind]))];
    questions.forEach((q) => open.add(q));
    let foreignDocuments: ForeignDocumentRule = component.foreignDocuments;
    if (foreignDocuments === 'legalisation_and_translation') {
      if (answers.legalisationExempt === true) foreignDocuments = 'certified_translation';
      else if (answers.legalisationExempt === undefined) open.add('legalisationExempt');
    }
    components.push({ ...component, foreignDocuments, status: questions.length ? 'if_applicable' : 'required', openQuestions: questions });
  }
  const order: GuideQuestion[] = ['amendKind', 'changes', 'nationality', 'legalisationExempt'];
  return { components, openQuestions: order.filter((q) => open.has(q)) };
}

/** The components to submit for these answers ({@link dossierGuide}'s list). @throws RangeError as dossierGuide. */
export function requiredComponents(procedure: Procedure, answers: GuideAnswers = {}): readonly GuidedComponent[] {
  return dossierGuide(procedure, answers).components;
}
