import { z } from 'zod';
import { AMEND_KINDS, DOSSIER_CHANNELS, PROCEDURE_CODES } from '../../../common/dossiers';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, LEGAL_FORMS, REP_OFFICE_CITY_CODES } from '../../../common/registry';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES } from '../../domain/dossiers/workflow';
import { AMEND_CHANGES } from '../../domain/procedures/procedure-types';
import { isoDateSchema } from '../../platform/http/schemas';

const text = (max: number) => z.string().trim().min(1).max(max).overwrite((s) => s.normalize('NFC').replace(/\s+/g, ' '));
const provinceCode = z.string().regex(/^\d{2}$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** The proposed representative / head of office (Decree 58/2022 Art. 11(1)(đ), 15(1)). Personal data: never public. */
export const applicationPersonSchema = z
  .object({
    fullName: text(200),
    nationality: countryCode.nullish(),
    dateOfBirth: isoDateSchema.nullish(),
    passportNumber: text(50).nullish(),
    passportExpiresOn: isoDateSchema.nullish(),
    email: z.email().max(200).nullish(),
    phone: z.string().trim().regex(/^\+?[0-9 ().-]{6,30}$/).nullish(),
  })
  .meta({ id: 'ApplicationPerson' });

/**
 * The application form's content (đơn đề nghị, brief §8.3 — form text unconfirmed). Everything is optional while a
 * dossier is a draft; `completenessIssues` says what a submission still needs for its procedure.
 */
export const applicationSchema = z
  .object({
    nameOriginal: text(300),
    nameEn: text(300),
    nameVi: text(300),
    abbreviation: text(30),
    countryCode,
    legalForm: z.enum(LEGAL_FORMS),
    homeRegistrationExpiresOn: isoDateSchema,
    hqAddress: text(500),
    email: z.email().max(200),
    phone: z.string().trim().regex(/^\+?[0-9 ().-]{6,30}$/),
    website: z.url({ protocol: /^https?$/ }).max(300),
    purposes: text(4000),
    provinceCodes: z.array(provinceCode).max(34),
    fieldCodes: z.array(z.string().max(50)).max(30),
    representative: applicationPersonSchema,
    officeCityCode: z.enum(REP_OFFICE_CITY_CODES),
    officeAddress: text(500),
    requestedYears: z.number().int().min(1).max(5).describe('Validity asked for (capped by Decree 58/2022 Art. 9)'),
    changes: text(4000).describe('Amendment: the content to change and why'),
    changeKinds: z.array(z.enum(AMEND_CHANGES)).max(10).describe('Amendment: which parts change (decides the components and who is consulted)'),
    plan: text(8000).describe('Programs, projects and aid planned (issue) or for the next term (extension)'),
  })
  .partial()
  .meta({ id: 'DossierApplication' });

/** Create a dossier (an NGO online, or an officer entering a paper dossier). */
export const createDossierBodySchema = z
  .object({
    procedure: z.enum(PROCEDURE_CODES),
    amendKind: z.enum(AMEND_KINDS).optional(),
    targetCertificateId: z.uuid().optional().describe('The certificate amended or extended'),
    application: applicationSchema.default({}),
    clientKey: z.string().trim().min(8).max(100).optional().describe('Idempotency key: a retry with the same key returns the same dossier'),
  })
  .meta({ id: 'CreateDossierRequest' });

/** An officer records a dossier received on paper or by post, with its real day of receipt. */
export const receivePaperDossierBodySchema = createDossierBodySchema
  .extend({
    channel: z.enum(DOSSIER_CHANNELS).exclude(['online']),
    receivedOn: isoDateSchema,
    applicantName: text(300),
    organizationId: z.uuid().optional(),
  })
  .meta({ id: 'ReceivePaperDossierRequest' });

/** Edit a draft's application form. */
export const updateDossierBodySchema = z.object({ application: applicationSchema, lockVersion: z.number().int().optional() }).meta({ id: 'UpdateDossierRequest' });

/** An action on a dossier (see the workflow table). */
export const dossierActionBodySchema = z
  .object({
    action: z.enum(DOSSIER_ACTIONS),
    reason: z.string().trim().max(4000).optional(),
    /** request_supplement: the components asked for. */
    missingComponents: z.array(z.string().max(80)).max(40).optional(),
    /** propose_decision: the draft. */
    decision: z
      .object({
        outcome: z.enum(['approve', 'refuse']),
        validFrom: isoDateSchema.optional(),
        validTo: isoDateSchema.optional(),
        note: z.string().trim().max(4000).optional(),
      })
      .optional(),
    lockVersion: z.number().int().optional().describe('The version the caller saw; a stale one answers 409'),
  })
  .meta({ id: 'DossierActionRequest' });

export const assignBodySchema = z.object({ userId: z.uuid() }).meta({ id: 'AssignDossierRequest' });
export const messageBodySchema = z.object({ body: text(4000) }).meta({ id: 'DossierMessageRequest' });

/** Queue filters. */
export const queueQuerySchema = z.object({
  status: z.enum(DOSSIER_STATUSES).optional(),
  procedure: z.enum(PROCEDURE_CODES).optional(),
  sla: z.enum(['on_time', 'due_soon', 'overdue']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const clockSchema = z
  .object({
    step: z.string(),
    owner: z.string().nullable(),
    enteredOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    workingDaysLeft: z.number().int().nullable(),
    overdue: z.boolean(),
    sla: z.enum(['on_time', 'due_soon', 'overdue', 'paused', 'none']),
    overallDueOn: z.string().nullable(),
    overallWorkingDaysUsed: z.number().int().nullable(),
    paused: z.boolean(),
  })
  .meta({ id: 'DossierClock' });

export const dossierSummarySchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    procedure: z.enum(PROCEDURE_CODES),
    amendKind: z.string().nullable(),
    status: z.enum(DOSSIER_STATUSES),
    channel: z.enum(DOSSIER_CHANNELS),
    applicantName: z.string(),
    organizationId: z.uuid().nullable(),
    assignedTo: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    receivedOn: z.string().nullable(),
    expectedDecisionOn: z.string().nullable(),
    clock: clockSchema,
    updatedAt: z.string(),
  })
  .meta({ id: 'DossierSummary' });

export const dossierDocumentSchema = z
  .object({
    id: z.uuid(),
    componentCode: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    legalised: z.boolean(),
    certifiedTranslation: z.boolean(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'DossierDocument' });

export const dossierEventSchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    actor: z.string().nullable(),
    actorRole: z.string().nullable(),
    reason: z.string().nullable(),
    payload: z.unknown(),
    onDay: z.string(),
    stepDueOn: z.string().nullable(),
    occurredAt: z.string(),
  })
  .meta({ id: 'DossierEvent' });

export const componentStatusSchema = z
  .object({
    code: z.string(),
    name: z.object({ vi: z.string(), en: z.string() }),
    required: z.boolean(),
    foreignDocument: z.boolean(),
    documents: z.number().int(),
  })
  .meta({ id: 'DossierComponentStatus' });

/** The certificate an amend / extend dossier acts on, as the dossier shows it. */
export const dossierTargetCertificateSchema = z
  .object({ id: z.uuid(), type: z.enum(CERTIFICATE_TYPES), number: z.string(), validFrom: z.string(), validTo: z.string() })
  .meta({ id: 'DossierTargetCertificate' });

export const dossierDetailSchema = dossierSummarySchema
  .extend({
    targetCertificateId: z.uuid().nullable(),
    targetCertificate: dossierTargetCertificateSchema.nullable(),
    resultCertificateId: z.uuid().nullable(),
    application: applicationSchema,
    decisionDraft: z.unknown().nullable(),
    components: z.array(componentStatusSchema),
    completenessIssues: z.array(z.object({ path: z.string(), code: z.string(), message: z.object({ vi: z.string(), en: z.string() }) })),
    documents: z.array(dossierDocumentSchema),
    events: z.array(dossierEventSchema),
    messages: z.array(z.object({ id: z.uuid(), author: z.string(), authorParty: z.string(), body: z.string(), createdAt: z.string() })),
    allowedActions: z.array(z.enum(DOSSIER_ACTIONS)),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'DossierDetail' });

export const dossierListSchema = z.object({ items: z.array(dossierSummarySchema) }).meta({ id: 'DossierList' });

/** A certificate of the NGO's own organisations, and the procedures it can be the target of today. */
export const myCertificateSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.object({ en: z.string(), vi: z.string().nullable() }),
    type: z.enum(CERTIFICATE_TYPES),
    number: z.string(),
    issuedOn: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    status: z.enum(CERTIFICATE_STATUSES).describe('Derived from MOFA’s decision and the end date'),
    officeCityCode: z.string().nullable(),
    eligibleProcedures: z.array(z.enum(PROCEDURE_CODES)).describe('Extend / amend procedures this certificate can be the target of (Decree 58/2022 Art. 12, 13, 16, 17)'),
  })
  .meta({ id: 'MyCertificate' });

export const myCertificateListSchema = z.object({ items: z.array(myCertificateSchema) }).meta({ id: 'MyCertificateList' });
