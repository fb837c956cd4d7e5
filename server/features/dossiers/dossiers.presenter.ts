import type { z } from 'zod';
import { readClock } from '../../domain/dossiers/clock';
import { STATUS_INFO } from '../../domain/dossiers/workflow';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import type * as repo from './dossiers.repo';
import type { MyCertificate } from './dossier-targets.service';
import type { dossierDetailSchema, dossierDocumentSchema, dossierSummarySchema, myCertificateSchema } from './dossiers.schemas';
import { clockStateOf, type DossierView } from './dossiers.service';
import { componentApplies } from '../../domain/dossiers/completeness';

type Summary = z.infer<typeof dossierSummarySchema>;

/** A row of a dossier list, with its clock read on `today`. */
export function presentSummary(row: repo.DossierRow, assigneeName: string | null, calendar: WorkingCalendar, today: string, expectedDecisionOn: string | null = row.overallDueOn): Summary {
  const info = STATUS_INFO[row.status];
  const clock = readClock(calendar, clockStateOf(row), today);
  return {
    id: row.id,
    code: row.code,
    procedure: row.procedure,
    amendKind: row.amendKind,
    status: row.status,
    channel: row.channel,
    applicantName: row.applicantName,
    organizationId: row.organizationId,
    assignedTo: row.assignedTo && assigneeName ? { id: row.assignedTo, fullName: assigneeName } : null,
    receivedOn: row.receivedOn,
    expectedDecisionOn,
    clock: {
      step: info.step,
      owner: info.owner,
      enteredOn: row.stepEnteredOn,
      dueOn: clock.dueOn,
      workingDaysLeft: clock.workingDaysLeft,
      overdue: clock.overdue,
      sla: clock.sla,
      overallDueOn: row.overallDueOn,
      overallWorkingDaysUsed: clock.overallWorkingDaysUsed,
      paused: clock.paused,
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDocument(d: repo.DossierDocumentRow): z.infer<typeof dossierDocumentSchema> {
  return {
    id: d.id,
    componentCode: d.componentCode,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    legalised: d.legalised,
    certifiedTranslation: d.certifiedTranslation,
    uploadedAt: d.uploadedAt.toISOString(),
  };
}

/** The whole dossier as its applicant or MOFA sees it. */
export function presentDetail(view: DossierView): z.infer<typeof dossierDetailSchema> {
  const { row } = view;
  const application = row.application as z.infer<typeof dossierDetailSchema>['application'];
  return {
    ...presentSummary(row, view.assignee?.fullName ?? null, view.rules.calendar, view.today, view.expectedDecisionOn),
    targetCertificateId: row.targetCertificateId,
    targetCertificate: view.targetCertificate
      ? { id: view.targetCertificate.id, type: view.targetCertificate.type, number: view.targetCertificate.number, validFrom: view.targetCertificate.validFrom, validTo: view.targetCertificate.validTo }
      : null,
    resultCertificateId: row.resultCertificateId,
    application,
    decisionDraft: row.decisionDraft ?? null,
    components: view.rules.procedure.components.map((c) => ({
      code: c.code,
      name: c.name,
      required: componentApplies(c, { amendKind: (row.amendKind as never) ?? null, application }),
      foreignDocument: c.foreignDocuments !== 'none',
      documents: view.uploaded.get(c.code) ?? 0,
    })),
    completenessIssues: view.completenessIssues,
    documents: view.documents.map(presentDocument),
    events: view.events.map(({ action: e, actorName }) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: actorName,
      actorRole: e.actorRole,
      reason: e.reason,
      payload: e.payload ?? null,
      onDay: e.onDay,
      stepDueOn: e.stepDueOn,
      occurredAt: e.occurredAt.toISOString(),
    })),
    messages: view.messages.map(({ message: m, authorName }) => ({ id: m.id, author: authorName, authorParty: m.authorParty, body: m.body, createdAt: m.createdAt.toISOString() })),
    allowedActions: view.allowedActions,
    lockVersion: row.lockVersion,
  };
}

/** A certificate of the NGO's own organisations for the amend / extend picker. */
export function presentMyCertificate(c: MyCertificate): z.infer<typeof myCertificateSchema> {
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: { en: c.organizationNameEn, vi: c.organizationNameVi },
    type: c.type,
    number: c.number,
    issuedOn: c.issuedOn,
    validFrom: c.validFrom,
    validTo: c.validTo,
    status: c.status,
    officeCityCode: c.officeCityCode,
    eligibleProcedures: c.eligibleProcedures,
  };
}
