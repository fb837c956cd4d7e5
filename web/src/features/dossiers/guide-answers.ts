import type { AmendChange, AmendKind, CreateDossierBody, GuideQuery, Procedure } from './types';

/** The applicant's answers to the guide's questions (all optional while answering). */
export interface GuideAnswers {
  amendKind?: AmendKind;
  changes?: AmendChange[];
  nationality?: 'foreign' | 'vietnamese';
  legalisationExempt?: boolean;
}

/** The guide's query for the answers (only what applies to the procedure; unanswered questions left out). */
export function toGuideQuery(procedure: Pick<Procedure, 'kind'>, answers: GuideAnswers): GuideQuery {
  const query: GuideQuery = {};
  if (procedure.kind === 'amend' && answers.amendKind) query.amendKind = answers.amendKind;
  if (procedure.kind === 'amend' && answers.changes && answers.changes.length > 0 && !answers.amendKind?.startsWith('reissue')) query.changes = answers.changes.join(',');
  if (answers.nationality) query.nationality = answers.nationality;
  if (answers.legalisationExempt !== undefined) query.legalisationExempt = answers.legalisationExempt ? 'true' : 'false';
  return query;
}

/** The guide's questions to show: the ones still open, plus those already answered (so they can be changed). */
export function visibleQuestions(openQuestions: readonly string[], procedure: Pick<Procedure, 'kind'>, answers: GuideAnswers): Set<keyof GuideAnswers> {
  const shown = new Set<keyof GuideAnswers>();
  if (procedure.kind === 'amend') shown.add('amendKind');
  if (procedure.kind === 'amend' && answers.amendKind && !answers.amendKind.startsWith('reissue')) shown.add('changes');
  if (openQuestions.includes('nationality') || answers.nationality !== undefined) shown.add('nationality');
  if (openQuestions.includes('legalisationExempt') || answers.legalisationExempt !== undefined) shown.add('legalisationExempt');
  return shown;
}

/**
 * The body that opens the draft from the guide: the procedure, the certificate amended or extended (the server
 * prefills the form from the registry), the amendment's kind and changes, the client key.
 */
export function toCreateBody(procedure: Pick<Procedure, 'code' | 'kind'>, answers: GuideAnswers, clientKey: string, targetCertificateId: string | null = null): CreateDossierBody {
  const body: CreateDossierBody = { procedure: procedure.code, application: {}, clientKey };
  if (procedure.kind !== 'issue' && targetCertificateId) body.targetCertificateId = targetCertificateId;
  if (procedure.kind === 'amend' && answers.amendKind) body.amendKind = answers.amendKind;
  if (procedure.kind === 'amend' && answers.changes?.length && !answers.amendKind?.startsWith('reissue')) body.application = { changeKinds: answers.changes };
  return body;
}
